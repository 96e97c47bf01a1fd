import { FileAddOutlined, FileSearchOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useGo } from '@refinedev/core';
import { Empty, Input, Modal, Spin, theme, Typography } from 'antd';
import { useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { InputRef } from 'antd';
import { useLang } from '../../../i18n/lang';
import { RESOURCES } from '../../../resources';
import type { ResourceDef } from '../../../schema/resource';
import { FEATURE_PAGES } from '../../index';
import type { FeaturePage } from '../../types';
import { format, useComfortsText } from '../text';
import { allowedForSession, canReadForSession } from './access';
import { matchItems, navigationItems, type Allowed, type PaletteItem } from './items';
import { useRecordSearch } from './useRecordSearch';

const GROUP_ICON: Record<PaletteItem['group'], ReactNode> = {
  pages: <UnorderedListOutlined />,
  create: <FileAddOutlined />,
  records: <FileSearchOutlined />,
};

interface Props {
  open: boolean;
  onClose(): void;
  /** The product's registry by default; tests give their own. */
  resources?: readonly ResourceDef[];
  pages?: readonly FeaturePage[];
  allowed?: Allowed;
  canRead?: (resource: string) => boolean;
}

/**
 * The command palette (Ctrl+K / ⌘K): type to find any list, dashboard or create form, and the
 * records of the key resources; arrows choose, Enter opens, Esc closes. A combobox with a
 * listbox for screen readers: the active option is announced through aria-activedescendant.
 */
export function CommandPalette({
  open,
  onClose,
  resources = RESOURCES,
  pages = FEATURE_PAGES,
  allowed = allowedForSession,
  canRead = canReadForSession,
}: Props) {
  const t = useComfortsText();
  const lang = useLang();
  const go = useGo();
  const { token } = theme.useToken();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<InputRef>(null);
  const listId = useId();
  const optionId = (i: number) => `${listId}-option-${i}`;

  const navigation = useMemo(
    () => navigationItems(resources, pages, lang, allowed, t),
    [resources, pages, lang, allowed, t],
  );
  const records = useRecordSearch(open ? query : '', lang, canRead);
  const items = useMemo(
    () => [...matchItems(navigation, query), ...records.items],
    [navigation, query, records.items],
  );
  const current = Math.min(active, Math.max(items.length - 1, 0));

  const close = () => {
    setQuery('');
    setActive(0);
    onClose();
  };
  const choose = (item: PaletteItem | undefined) => {
    if (!item) return;
    close();
    go({ to: item.path });
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (items.length === 0) return;
    if (e.key === 'ArrowDown') setActive((current + 1) % items.length);
    else if (e.key === 'ArrowUp') setActive((current - 1 + items.length) % items.length);
    else if (e.key === 'Home' && e.ctrlKey) setActive(0);
    else if (e.key === 'End' && e.ctrlKey) setActive(items.length - 1);
    else if (e.key === 'Enter') choose(items[current]);
    else return;
    e.preventDefault();
    document
      .getElementById(optionId(e.key === 'Enter' ? current : 0))
      ?.scrollIntoView?.({ block: 'nearest' });
  };

  const groupTitle = { pages: t.groupPages, create: t.groupCreate, records: t.groupRecords };
  let lastGroup: string | null = null;

  return (
    <Modal
      open={open}
      onCancel={close}
      footer={null}
      title={t.paletteTitle}
      width={640}
      destroyOnHidden
      // The dialog takes focus when it opens; typing must go to the search box straight away,
      // so there is no opening animation to wait for before the box gets it back.
      transitionName=""
      maskTransitionName=""
      afterOpenChange={(visible) => visible && input.current?.focus()}
      styles={{ body: { paddingTop: 8 } }}
    >
      <Input
        ref={input}
        autoFocus
        size="large"
        role="combobox"
        aria-label={t.paletteInput}
        aria-expanded
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={items.length > 0 ? optionId(current) : undefined}
        placeholder={t.palettePlaceholder}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <div aria-live="polite" className="sq-visually-hidden" style={{ position: 'absolute', left: -9999 }}>
        {format(t.resultCount, { count: items.length })}
      </div>
      <ul
        id={listId}
        role="listbox"
        aria-label={t.paletteResults}
        style={{ listStyle: 'none', margin: '12px 0 0', padding: 0, maxHeight: '55vh', overflowY: 'auto' }}
      >
        {items.map((item, i) => {
          const heading = item.group !== lastGroup ? groupTitle[item.group] : null;
          lastGroup = item.group;
          const selected = i === current;
          return (
            <li key={item.key} role="presentation">
              {heading && (
                <div
                  role="presentation"
                  style={{ padding: '8px 8px 4px', fontSize: 12, color: token.colorTextSecondary }}
                >
                  {heading}
                </div>
              )}
              <div
                id={optionId(i)}
                role="option"
                aria-selected={selected}
                onMouseMove={() => setActive(i)}
                onClick={() => choose(item)}
                style={{
                  display: 'flex',
                  gap: 10,
                  alignItems: 'center',
                  padding: '8px 10px',
                  borderRadius: token.borderRadius,
                  cursor: 'pointer',
                  background: selected ? token.controlItemBgActive : undefined,
                  outline: selected ? `2px solid ${token.colorPrimary}` : undefined,
                  outlineOffset: -2,
                }}
              >
                <span aria-hidden style={{ color: token.colorTextSecondary }}>
                  {GROUP_ICON[item.group]}
                </span>
                <span style={{ flex: 1 }}>{item.label}</span>
                {item.hint && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {item.hint}
                  </Typography.Text>
                )}
              </div>
            </li>
          );
        })}
      </ul>
      {records.searching && (
        <div style={{ padding: 8 }}>
          <Spin size="small" /> <Typography.Text type="secondary">{t.paletteSearching}</Typography.Text>
        </div>
      )}
      {items.length === 0 && !records.searching && (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.paletteEmpty} />
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t.paletteHelp}
      </Typography.Text>
    </Modal>
  );
}

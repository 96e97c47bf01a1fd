import { DeleteOutlined, FilterOutlined, StarOutlined } from '@ant-design/icons';
import { useNotification, type CrudFilter, type CrudSort } from '@refinedev/core';
import { Button, Form, Input, Popover, Space } from 'antd';
import { useId, useState } from 'react';
import { SecondaryText, Separator, StrongText } from '../plainText';
import { MAX_FILTER_NAME, nameProblem, useSavedFilters, type SavedFilter } from './savedFilters';
import { format, useListText } from './text';

interface Props {
  resource: string;
  /** The list's current filters and sort (from the URL). */
  filters: CrudFilter[];
  sorters: CrudSort[];
  onApply(saved: SavedFilter): void;
}

/**
 * Named filters of a list ("my overdue complaints"): the current URL's filters and sort saved
 * under a name, re-applied with one click, deleted. Kept per user and resource.
 */
export function SavedFilters({ resource, filters, sorters, onApply }: Props) {
  const t = useListText();
  const { open: notify } = useNotification();
  const { list, save, remove } = useSavedFilters(resource);
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const titleId = useId();

  const submit = () => {
    const issue = nameProblem(name);
    if (issue) {
      setProblem(format(t[issue], { max: MAX_FILTER_NAME }));
      return;
    }
    const { replaced } = save({ name, filters, sorters });
    notify?.({ type: 'success', message: format(replaced ? t.replaced : t.savedAs, { name: name.trim() }) });
    setName('');
    setProblem(null);
  };

  const content = (
    <div role="group" aria-labelledby={titleId} style={{ width: 280 }}>
      {list.length === 0 ? (
        <SecondaryText>{t.savedFiltersNone}</SecondaryText>
      ) : (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, maxHeight: 240, overflowY: 'auto' }}>
          {list.map((s) => (
            <li key={s.name} style={{ display: 'flex', alignItems: 'center' }}>
              <Button
                type="text"
                icon={<StarOutlined />}
                style={{ flex: 1, justifyContent: 'flex-start', overflow: 'hidden' }}
                aria-label={format(t.applySaved, { name: s.name })}
                onClick={() => {
                  onApply(s);
                  setOpen(false);
                }}
              >
                {s.name}
              </Button>
              <Button
                type="text"
                danger
                size="small"
                icon={<DeleteOutlined />}
                aria-label={format(t.deleteSaved, { name: s.name })}
                title={format(t.deleteSaved, { name: s.name })}
                onClick={() => remove(s.name)}
              />
            </li>
          ))}
        </ul>
      )}
      <Separator style={{ margin: '8px 0' }} />
      <Form layout="vertical" component="div">
        <Form.Item
          label={t.saveCurrent}
          validateStatus={problem ? 'error' : undefined}
          help={problem ?? undefined}
          style={{ marginBottom: 0 }}
        >
          <Space.Compact style={{ width: '100%' }}>
            <Input
              aria-label={t.filterName}
              placeholder={t.filterNamePlaceholder}
              value={name}
              maxLength={MAX_FILTER_NAME + 10}
              onChange={(e) => {
                setName(e.target.value);
                setProblem(null);
              }}
              onPressEnter={submit}
            />
            <Button type="primary" onClick={submit}>
              {t.save}
            </Button>
          </Space.Compact>
        </Form.Item>
      </Form>
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={<StrongText id={titleId}>{t.savedFiltersTitle}</StrongText>}
      content={content}
    >
      <Button icon={<FilterOutlined />} aria-haspopup="dialog" aria-expanded={open}>
        {t.savedFilters}
      </Button>
    </Popover>
  );
}

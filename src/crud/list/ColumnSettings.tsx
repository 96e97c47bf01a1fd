import { ArrowDownOutlined, ArrowUpOutlined, SettingOutlined } from '@ant-design/icons';
import { Button, Checkbox, Popover, Space } from 'antd';
import { useId } from 'react';
import { useLabel } from '../../i18n/lang';
import type { ResourceDef } from '../../schema/resource';
import { StrongText } from '../plainText';
import { columnCandidates, type ColumnChoice } from './columnSettings';
import { format, useListText } from './text';

interface Props {
  resource: ResourceDef;
  choice: ColumnChoice[];
  onChange(next: ColumnChoice[]): void;
  onReset(): void;
}

function moved(choice: ColumnChoice[], from: number, to: number): ColumnChoice[] {
  const next = [...choice];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/**
 * Which columns the list shows and in what order: a checkbox per column and up/down buttons
 * (keyboard-operable, unlike dragging). The last visible column cannot be unticked.
 */
export function ColumnSettings({ resource, choice, onChange, onReset }: Props) {
  const t = useListText();
  const label = useLabel();
  const titleId = useId();
  const labels = new Map(columnCandidates(resource).map((f) => [f.name, label(f.label)]));
  const visibleCount = choice.filter((c) => c.visible).length;

  const content = (
    <div role="group" aria-labelledby={titleId} style={{ maxHeight: 360, overflowY: 'auto', minWidth: 240 }}>
      <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {choice.map((c, i) => {
          const name = labels.get(c.name) ?? c.name;
          return (
            <li key={c.name} style={{ display: 'flex', alignItems: 'center', gap: 4, padding: '2px 0' }}>
              <Checkbox
                checked={c.visible}
                disabled={c.visible && visibleCount === 1}
                aria-label={format(t.showColumn, { column: name })}
                onChange={(e) =>
                  onChange(choice.map((o) => (o.name === c.name ? { ...o, visible: e.target.checked } : o)))
                }
                style={{ flex: 1 }}
              >
                {name}
              </Checkbox>
              <Button
                size="small"
                type="text"
                icon={<ArrowUpOutlined />}
                disabled={i === 0}
                aria-label={format(t.moveUp, { column: name })}
                title={format(t.moveUp, { column: name })}
                onClick={() => onChange(moved(choice, i, i - 1))}
              />
              <Button
                size="small"
                type="text"
                icon={<ArrowDownOutlined />}
                disabled={i === choice.length - 1}
                aria-label={format(t.moveDown, { column: name })}
                title={format(t.moveDown, { column: name })}
                onClick={() => onChange(moved(choice, i, i + 1))}
              />
            </li>
          );
        })}
      </ol>
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      title={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <StrongText id={titleId}>{t.columnsTitle}</StrongText>
          <Button size="small" type="link" onClick={onReset}>
            {t.columnsReset}
          </Button>
        </Space>
      }
      content={content}
    >
      <Button icon={<SettingOutlined />} aria-haspopup="dialog">
        {t.columns}
      </Button>
    </Popover>
  );
}

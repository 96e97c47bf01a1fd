import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, InputNumber, Space } from 'antd';
import { useState } from 'react';
import { useLabel } from '../../../i18n/lang';
import type { ScoreMapField } from '../../../schema/fields';
import { format, useCrudText } from '../../text';
import { FieldItem, type A11y } from '../FieldItem';
import { isNumber } from '../format';
import { asScores, pairs, type Scores } from '../scoreMap';
import type { FormFieldProps } from '../types';
import { sameValue } from '../validation';

interface Entry {
  key: string;
  value: number | null;
}

function toEntries(value: unknown): Entry[] {
  return pairs(value).map(([key, v]) => ({ key, value: isNumber(v) ? v : null }));
}

/** Entries with a key, as the stored map (a row still without a key is kept on screen only). */
function toScores(entries: Entry[]): Scores {
  const out: Scores = {};
  for (const e of entries) if (e.key.trim() !== '') out[e.key.trim()] = e.value;
  return out;
}

interface InputProps extends A11y {
  field: ScoreMapField;
  id?: string;
  value?: unknown;
  onChange?: (value: Scores) => void;
}

/** Key / score rows for a map; keeps rows being typed even before they have a key. */
function ScoreMapInput({ field, id, value, onChange, ...a11y }: InputProps) {
  const t = useCrudText();
  const label = useLabel();
  const [entries, setEntries] = useState<Entry[]>(() => toEntries(value));
  const [seen, setSeen] = useState<unknown>(value);
  if (seen !== value) {
    // The form set a new value (loaded record, reset): show it unless it is what we emitted.
    setSeen(value);
    if (!sameValue(toScores(entries), asScores(value))) setEntries(toEntries(value));
  }
  const update = (next: Entry[]) => {
    setEntries(next);
    onChange?.(toScores(next));
  };
  const name = a11y['aria-label'];
  return (
    <Space direction="vertical" style={{ width: '100%' }} aria-label={name} role="group">
      {entries.map((entry, i) => (
        <Space.Compact key={i}>
          <Input
            id={i === 0 ? id : undefined}
            aria-label={`${t.scoreKey} ${i + 1}`}
            placeholder={t.scoreKey}
            value={entry.key}
            style={{ width: 180 }}
            onChange={(e) => update(entries.map((x, j) => (j === i ? { ...x, key: e.target.value } : x)))}
          />
          <InputNumber
            aria-label={`${t.scoreValue} ${entry.key || i + 1}`}
            placeholder={t.scoreValue}
            min={field.min}
            max={field.max}
            precision={field.integer ? 0 : undefined}
            value={entry.value}
            onChange={(v) => update(entries.map((x, j) => (j === i ? { ...x, value: v } : x)))}
          />
          <Button
            icon={<DeleteOutlined />}
            aria-label={format(t.removeScore, { key: entry.key || String(i + 1) })}
            onClick={() => update(entries.filter((_, j) => j !== i))}
          />
        </Space.Compact>
      ))}
      <Button
        type="dashed"
        icon={<PlusOutlined />}
        id={entries.length === 0 ? id : undefined}
        aria-label={`${label(field.label)}: ${t.addScore}`}
        onClick={() => update([...entries, { key: '', value: null }])}
      >
        {t.addScore}
      </Button>
    </Space>
  );
}

/** The map's rows: a key and a score each, with add and remove buttons. */
export function ScoreMapFormField(props: FormFieldProps<ScoreMapField>) {
  return <FieldItem {...props} control={(a11y) => <ScoreMapInput {...a11y} field={props.field} />} />;
}

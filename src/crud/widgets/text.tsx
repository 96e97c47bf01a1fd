import { Input } from 'antd';
import type { ReactNode } from 'react';
import { useLabel } from '../../i18n/lang';
import type { PhoneField, TextField } from '../../schema/fields';
import { useCrudText } from '../text';
import type { FilterControlProps, ValueProps, Widget } from './types';

type F = TextField | PhoneField;

export const asText = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** A long text cut to one line by CSS; the whole text is the title and stays in the DOM. */
const ONE_LINE = {
  display: 'block',
  maxWidth: 240,
  overflow: 'hidden',
  textOverflow: 'ellipsis',
  whiteSpace: 'nowrap',
} as const;

function cell(field: F, value: unknown): ReactNode {
  const text = asText(value);
  if (field.type !== 'longText') return text;
  // Not antd's Typography ellipsis: it measures every cell after rendering (~0.2 s of a list's
  // first load in a CPU profile) to decide on its tooltip; the browser's title does the same.
  return (
    <span style={ONE_LINE} title={text}>
      {text}
    </span>
  );
}

function Cell({ field, value }: ValueProps<F>) {
  return <>{cell(field, value)}</>;
}

function Filter({ field, id, value, onChange }: FilterControlProps<F>) {
  const t = useCrudText();
  const label = useLabel();
  return (
    <Input
      id={id}
      allowClear
      placeholder={t.searchPlaceholder}
      title={label(field.label)}
      value={typeof value === 'string' ? value : ''}
      onChange={(e) => onChange?.(e.target.value === '' ? null : e.target.value)}
    />
  );
}

/** text, longText, phone: trimmed on submit, a blank one is null. */
export const textWidget: Widget<F> = {
  text: (_f, value) => asText(value),
  Cell,
  cell,
  Filter,
  clean: (_f, value) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  },
};

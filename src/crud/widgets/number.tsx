import { InputNumber, Space } from 'antd';
import { useLabel } from '../../i18n/lang';
import type { NumberField } from '../../schema/fields';
import { useCrudText } from '../text';
import { FieldItem } from './FieldItem';
import { formatDecimal, formatMoney, formatPercent, isNumber, roundTo } from './format';
import type { FilterControlProps, FormFieldProps, ValueProps, Widget } from './types';

function text(field: NumberField, value: unknown): string {
  if (!isNumber(value)) return value === null || value === undefined ? '' : String(value);
  switch (field.type) {
    case 'money':
      return formatMoney(value);
    case 'percent':
      return formatPercent(value);
    case 'integer':
      return String(value);
    case 'number':
      return formatDecimal(value, field.decimals ?? 4);
  }
}

/** How a type is typed in: percents as 0–100 while stored as fractions; money with 2 decimals. */
function inputOf(field: NumberField) {
  const percent = field.type === 'percent';
  const scale = percent ? 100 : 1;
  const bound = (v: number | undefined, fallback: number | undefined) =>
    v === undefined ? fallback : roundTo(v * scale, 6);
  return {
    scale,
    min: bound(field.min, percent ? 0 : undefined),
    max: bound(field.max, percent ? 100 : undefined),
    precision: field.type === 'integer' ? 0 : field.type === 'money' || percent ? 2 : field.decimals,
    prefix: field.type === 'money' ? '¥' : undefined,
    suffix: percent ? '%' : undefined,
  };
}

const toShown = (scale: number) => (v: unknown) => (isNumber(v) ? roundTo(v * scale, 6) : v);
const toStored = (scale: number) => (v: unknown) => (isNumber(v) ? roundTo(v / scale, 8) : null);

function Cell({ field, value }: ValueProps<NumberField>) {
  return <>{text(field, value)}</>;
}

function FormField(props: FormFieldProps<NumberField>) {
  const input = inputOf(props.field);
  const shown = toShown(input.scale);
  return (
    <FieldItem
      {...props}
      itemProps={{
        getValueProps: (v: unknown) => ({ value: shown(v) }),
        normalize: toStored(input.scale),
      }}
      control={(a11y) => (
        <InputNumber
          {...a11y}
          style={{ width: '100%', maxWidth: 240 }}
          min={input.min}
          max={input.max}
          precision={input.precision}
          prefix={input.prefix}
          suffix={input.suffix}
        />
      )}
    />
  );
}

function Filter({ field, id, value, onChange }: FilterControlProps<NumberField>) {
  const t = useCrudText();
  const label = useLabel();
  const input = inputOf(field);
  const shown = toShown(input.scale);
  const stored = toStored(input.scale);
  const [lo, hi] = Array.isArray(value) ? (value as [number | null, number | null]) : [null, null];
  const set = (pair: [number | null, number | null]) =>
    onChange?.(pair[0] === null && pair[1] === null ? null : pair);
  const common = {
    min: input.min,
    max: input.max,
    prefix: input.prefix,
    suffix: input.suffix,
    style: { width: '50%' },
  };
  return (
    <Space.Compact style={{ width: '100%' }}>
      <InputNumber
        {...common}
        id={id}
        aria-label={`${label(field.label)} ${t.min}`}
        placeholder={t.min}
        value={shown(lo) as number | null}
        onChange={(v) => set([stored(v), hi])}
      />
      <InputNumber
        {...common}
        aria-label={`${label(field.label)} ${t.max}`}
        placeholder={t.max}
        value={shown(hi) as number | null}
        onChange={(v) => set([lo, stored(v)])}
      />
    </Space.Compact>
  );
}

/** integer, number, money (yuan, 2 decimals), percent (a fraction typed as %). */
export const numberWidget: Widget<NumberField> = {
  text: (field, value) => text(field, value),
  Cell,
  cell: (field, value) => text(field, value),
  FormField,
  Filter,
  clean: (_f, value) => (value === '' ? null : value),
};

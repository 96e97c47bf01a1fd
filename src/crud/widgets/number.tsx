import { Input, Space } from 'antd';
import { lazy, Suspense } from 'react';
import { useLabel } from '../../i18n/lang';
import type { NumberField } from '../../schema/fields';
import { useCrudText } from '../text';
import { formatDecimal, formatMoney, formatPercent, isNumber, roundTo } from './format';
import type { FilterControlProps, ValueProps, Widget } from './types';
import { IfLoadFails } from '../../app/IfLoadFails';

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
export function inputOf(field: NumberField) {
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

export const toShown = (scale: number) => (v: unknown) => (isNumber(v) ? roundTo(v * scale, 6) : v);
export const toStored = (scale: number) => (v: unknown) => (isNumber(v) ? roundTo(v / scale, 8) : null);

function Cell({ field, value }: ValueProps<NumberField>) {
  return <>{text(field, value)}</>;
}

// antd's InputNumber (~6 KB gzipped with rc-input-number and its decimal maths) loads with the
// first number filter shown: a list's number filters are usually behind "more filters".
const NumberRange = lazy(() => import('./numberRange'));

/**
 * A min–max pair; until its inputs' code is there, two disabled inputs of the same size (not
 * labelled: the labels belong to the inputs that replace them).
 */
function Filter(props: FilterControlProps<NumberField>) {
  const t = useCrudText();
  const label = useLabel();
  const standIn = (
    <Space.Compact style={{ width: '100%' }}>
      <Input disabled placeholder={t.min} style={{ width: '50%' }} aria-hidden="true" />
      <Input disabled placeholder={t.max} style={{ width: '50%' }} aria-hidden="true" />
    </Space.Compact>
  );
  return (
    // Its code failing to load leaves the stand-in, not a broken list.
    <IfLoadFails fallback={standIn}>
      <Suspense fallback={standIn}>
        <NumberRange {...props} label={label(props.field.label)} />
      </Suspense>
    </IfLoadFails>
  );
}

/** integer, number, money (yuan, 2 decimals), percent (a fraction typed as %). */
export const numberWidget: Widget<NumberField> = {
  text: (field, value) => text(field, value),
  Cell,
  cell: (field, value) => text(field, value),
  Filter,
  clean: (_f, value) => (value === '' ? null : value),
};

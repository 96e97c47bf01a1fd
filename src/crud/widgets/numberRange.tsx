import { InputNumber, Space } from 'antd';
import type { NumberField } from '../../schema/fields';
import { useCrudText } from '../text';
import { inputOf, toShown, toStored } from './number';
import type { FilterControlProps } from './types';

/** A number filter's min and max (number.tsx loads this module with the first one shown). */
export default function NumberRange({
  field,
  id,
  value,
  onChange,
  label,
}: FilterControlProps<NumberField> & { label: string }) {
  const t = useCrudText();
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
        aria-label={`${label} ${t.min}`}
        placeholder={t.min}
        value={shown(lo) as number | null}
        onChange={(v) => set([stored(v), hi])}
      />
      <InputNumber
        {...common}
        aria-label={`${label} ${t.max}`}
        placeholder={t.max}
        value={shown(hi) as number | null}
        onChange={(v) => set([lo, stored(v)])}
      />
    </Space.Compact>
  );
}

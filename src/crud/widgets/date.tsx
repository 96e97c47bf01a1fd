import { Input } from 'antd';
import type { RangePickerProps } from 'antd/es/date-picker';
import dayjs, { type Dayjs } from 'dayjs';
import { lazy, Suspense, useState } from 'react';
import { useLabel } from '../../i18n/lang';
import type { DateField } from '../../schema/fields';
import { formatShanghai, parseInstant } from '../../schema/time';
import { useCrudText } from '../text';
import { formatInstant } from './format';
import type { FilterControlProps, ValueProps, Widget } from './types';

/** How a form's picker shows a value of each type. */
export const SHOWN = { date: 'YYYY-MM-DD', month: 'YYYY-MM', datetime: 'YYYY-MM-DD HH:mm' } as const;

export const loadPickers = () => import('./pickers');
const RangePicker = lazy(() => loadPickers().then((m) => ({ default: m.RangePicker })));

/**
 * A stored value as a picker value. An instant becomes a dayjs whose local wall clock is the
 * Shanghai one, so the picker shows Shanghai time in any browser zone without a tz plugin.
 */
export function toPicker(type: DateField['type'], value: unknown): Dayjs | null {
  if (typeof value !== 'string' || value === '') return null;
  if (type === 'datetime') return parseInstant(value) === null ? null : dayjs(formatShanghai(value, true));
  const d = dayjs(value);
  return d.isValid() ? d : null;
}

/** A picked value as stored: `YYYY-MM-DD`, `YYYY-MM`, or the Shanghai wall clock with `+08:00`. */
export function fromPicker(type: DateField['type'], d: Dayjs | null | undefined): string | null {
  if (!d) return null;
  if (type === 'datetime') return `${d.format('YYYY-MM-DDTHH:mm:ss')}+08:00`;
  return d.format(type === 'month' ? 'YYYY-MM' : 'YYYY-MM-DD');
}

function text(field: DateField, value: unknown): string {
  if (typeof value !== 'string') return value === null || value === undefined ? '' : String(value);
  return field.type === 'datetime' ? formatInstant(value) : value;
}

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

function cell(field: DateField, value: unknown) {
  return <span style={NO_WRAP}>{text(field, value)}</span>;
}

function Cell({ field, value }: ValueProps<DateField>) {
  return cell(field, value);
}

/**
 * A filter's range picker, loaded when the user reaches it (pointer over it, focus, touch): a
 * list page does not load the pickers before its first rows. Until then a read-only input with
 * the same label and the current range as text stands in; once the picker is wanted it takes
 * the focus, and the stand-in stays shown while it loads.
 */
function LazyRangePicker({ shown, ...props }: RangePickerProps & { shown: string }) {
  const [wanted, setWanted] = useState(false);
  const standIn = (
    <Input
      readOnly
      id={typeof props.id === 'string' ? props.id : undefined}
      aria-label={props['aria-label']}
      placeholder={`${(props.placeholder as [string, string])[0]} ~ ${(props.placeholder as [string, string])[1]}`}
      value={shown}
      style={props.style}
      onPointerEnter={() => void loadPickers().catch(() => undefined)}
      onFocus={() => setWanted(true)}
      onTouchStart={() => setWanted(true)}
    />
  );
  if (!wanted) return standIn;
  return (
    <Suspense fallback={standIn}>
      <RangePicker {...props} autoFocus />
    </Suspense>
  );
}

/** Ranges of days (for an instant field: Shanghai days, which `toCrudFilters` turns into bounds) or months. */
function Filter({ field, id, value, onChange }: FilterControlProps<DateField>) {
  const t = useCrudText();
  const label = useLabel();
  const unit = field.type === 'month' ? 'month' : 'date';
  const [from, to] = Array.isArray(value) ? (value as [string | null, string | null]) : [null, null];
  return (
    <LazyRangePicker
      shown={from === null && to === null ? '' : `${from ?? ''} ~ ${to ?? ''}`}
      id={id}
      picker={unit}
      allowEmpty={[true, true]}
      placeholder={[t.from, t.to]}
      aria-label={label(field.label)}
      style={{ width: '100%' }}
      value={[toPicker(unit, from), toPicker(unit, to)]}
      onChange={(dates) => {
        const pair: [string | null, string | null] = [
          fromPicker(unit, dates?.[0]),
          fromPicker(unit, dates?.[1]),
        ];
        onChange?.(pair[0] === null && pair[1] === null ? null : pair);
      }}
    />
  );
}

/** date (`YYYY-MM-DD`), month (`YYYY-MM`), datetime (an instant, shown in Asia/Shanghai). */
export const dateWidget: Widget<DateField> = {
  text,
  Cell,
  cell,
  Filter,
  clean: (_f, value) => (value === '' ? null : value),
};

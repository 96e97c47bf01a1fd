import { DatePicker, type DatePickerProps } from 'antd';
import type { RangePickerProps } from 'antd/es/date-picker';

/*
 * antd's date pickers (rc-picker, ~35 KB gzipped with their styles), in a module of their own:
 * `date.tsx` loads it when a picker is first needed, so that a list whose filter bar has a date
 * range does not load it before the user reaches that filter.
 */

export function SinglePicker(props: DatePickerProps) {
  return <DatePicker {...props} />;
}

export function RangePicker(props: RangePickerProps) {
  return <DatePicker.RangePicker {...props} />;
}

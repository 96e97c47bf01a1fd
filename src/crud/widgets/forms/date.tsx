import { Input, type DatePickerProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { lazy, Suspense } from 'react';
import type { DateField } from '../../../schema/fields';
import { fromPicker, loadPickers, SHOWN, toPicker } from '../date';
import { FieldItem } from '../FieldItem';
import type { FormFieldProps } from '../types';

const SinglePicker = lazy(() => loadPickers().then((m) => ({ default: m.SinglePicker })));

/**
 * A form's date control: the picker, loaded with the form; until it arrives a disabled input of
 * the same size (not labelled: the label belongs to the picker that replaces it).
 */
function DateControl(props: DatePickerProps) {
  return (
    <Suspense
      fallback={<Input disabled placeholder={props.placeholder as string | undefined} style={props.style} />}
    >
      <SinglePicker {...props} />
    </Suspense>
  );
}

/** A date, month or date-and-time picker; an instant is picked as Shanghai wall-clock time. */
export function DateFormField(props: FormFieldProps<DateField>) {
  const { type } = props.field;
  return (
    <FieldItem
      {...props}
      itemProps={{
        getValueProps: (v: unknown) => ({ value: toPicker(type, v) }),
        normalize: (d: Dayjs | null) => fromPicker(type, d),
      }}
      control={(a11y) => (
        <DateControl
          {...a11y}
          picker={type === 'month' ? 'month' : 'date'}
          showTime={type === 'datetime' ? { format: 'HH:mm' } : undefined}
          format={SHOWN[type]}
          style={{ minWidth: 200 }}
        />
      )}
    />
  );
}

import { InputNumber } from 'antd';
import type { NumberField } from '../../../schema/fields';
import { FieldItem } from '../FieldItem';
import { inputOf, toShown, toStored } from '../number';
import type { FormFieldProps } from '../types';

/** A number input; a percent is typed as 0–100 and stored as a fraction, money with 2 decimals. */
export function NumberFormField(props: FormFieldProps<NumberField>) {
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

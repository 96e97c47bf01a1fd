import { Input } from 'antd';
import type { PhoneField, TextField } from '../../../schema/fields';
import { FieldItem } from '../FieldItem';
import type { FormFieldProps } from '../types';

/** text and phone: an input (a password input for a secret); longText: a growing text area. */
export function TextFormField(props: FormFieldProps<TextField | PhoneField>) {
  const { field } = props;
  const maxLength = field.type === 'phone' ? undefined : field.maxLength;
  return (
    <FieldItem
      {...props}
      control={(a11y) =>
        field.type === 'longText' ? (
          <Input.TextArea
            {...a11y}
            showCount={maxLength !== undefined}
            maxLength={maxLength}
            autoSize={{ minRows: 3, maxRows: 12 }}
          />
        ) : field.secret ? (
          <Input.Password {...a11y} maxLength={maxLength} autoComplete="new-password" />
        ) : (
          <Input {...a11y} maxLength={maxLength} inputMode={field.type === 'phone' ? 'tel' : undefined} />
        )
      }
    />
  );
}

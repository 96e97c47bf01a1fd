import { Select } from 'antd';
import type { EnumField } from '../../../schema/fields';
import { useCrudText } from '../../text';
import { useOptions } from '../enum';
import { FieldItem } from '../FieldItem';
import type { FormFieldProps } from '../types';

/** enum: a select of one option; enumList: of several. */
export function EnumFormField(props: FormFieldProps<EnumField>) {
  const t = useCrudText();
  const options = useOptions(props.field);
  const multiple = props.field.type === 'enumList';
  return (
    <FieldItem
      {...props}
      control={(a11y) => (
        <Select
          {...a11y}
          options={options}
          mode={multiple ? 'multiple' : undefined}
          allowClear={!props.field.required}
          placeholder={t.selectPlaceholder}
          optionFilterProp="label"
          style={{ minWidth: 200 }}
        />
      )}
    />
  );
}

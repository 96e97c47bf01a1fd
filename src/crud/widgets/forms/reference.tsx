import type { ReferenceField } from '../../../schema/fields';
import { ReferenceSelect } from '../../references/ReferenceSelect';
import { FieldItem } from '../FieldItem';
import type { FormFieldProps } from '../types';

/** reference: a select of one record of the other resource; referenceList: of several. */
export function ReferenceFormField(props: FormFieldProps<ReferenceField>) {
  const { field } = props;
  return (
    <FieldItem
      {...props}
      control={(a11y) => (
        <ReferenceSelect
          {...a11y}
          resource={field.resource}
          multiple={field.type === 'referenceList'}
          allowClear={!field.required}
          style={{ minWidth: 220 }}
        />
      )}
    />
  );
}

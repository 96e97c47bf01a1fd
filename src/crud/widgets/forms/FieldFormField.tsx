import type { FieldDef, FieldType } from '../../../schema/fields';
import type { FieldOf, FormFieldProps, View } from '../types';
import { BooleanFormField } from './boolean';
import { DateFormField } from './date';
import { EnumFormField } from './enum';
import { NumberFormField } from './number';
import { ObjectFormField } from './object';
import { ObjectListFormField } from './objectList';
import { ReferenceFormField } from './reference';
import { ScoreMapFormField } from './scoreMap';
import { TextFormField } from './text';

type Registry = { [T in FieldType]: View<FormFieldProps<FieldOf<T>>> };

/**
 * The form half of the field-type registry, keyed like `WIDGETS`: each type's `Form.Item` (or
 * items) with label, rules and control. Forms and dialogs import it; lists do not, so a list
 * page does not load the controls only forms show (number inputs, switches, row editors).
 */
export const FORM_FIELDS: Registry = {
  text: TextFormField,
  longText: TextFormField,
  phone: TextFormField,
  integer: NumberFormField,
  number: NumberFormField,
  money: NumberFormField,
  percent: NumberFormField,
  date: DateFormField,
  datetime: DateFormField,
  month: DateFormField,
  enum: EnumFormField,
  enumList: EnumFormField,
  boolean: BooleanFormField,
  reference: ReferenceFormField,
  referenceList: ReferenceFormField,
  object: ObjectFormField,
  objectList: ObjectListFormField,
  scoreMap: ScoreMapFormField,
};

/** A field's form item, by its type. */
export function FieldFormField(props: FormFieldProps<FieldDef>) {
  // The mapped type pairs each type with its variant's component; TypeScript cannot follow
  // `field.type` back to the variant through the index, hence the cast.
  const FormField = FORM_FIELDS[props.field.type] as View<FormFieldProps<FieldDef>>;
  return <FormField {...props} />;
}

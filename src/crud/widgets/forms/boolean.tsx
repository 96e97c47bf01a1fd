import { Switch } from 'antd';
import type { BooleanField } from '../../../schema/fields';
import { FieldItem } from '../FieldItem';
import type { FormFieldProps } from '../types';

/** A switch; left off, it submits false (what it shows). */
export function BooleanFormField(props: FormFieldProps<BooleanField>) {
  return (
    <FieldItem {...props} itemProps={{ valuePropName: 'checked' }} control={(a11y) => <Switch {...a11y} />} />
  );
}

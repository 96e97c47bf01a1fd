import { Form, type FormItemProps } from 'antd';
import type { ReactNode } from 'react';
import { useLabel } from '../../i18n/lang';
import type { FieldDef } from '../../schema/fields';
import type { FormFieldProps } from './types';
import { useSchemaRule } from './validation';

export interface A11y {
  'aria-label'?: string;
}

interface Props<F extends FieldDef> extends FormFieldProps<F> {
  /** The control; in a compact row it is named by `aria-label` instead of a visible label. */
  control: (a11y: A11y) => ReactNode;
  itemProps?: Partial<FormItemProps>;
}

/** The `Form.Item` of a single-control field: label bound to the control, rule from the declaration, help. */
export function FieldItem<F extends FieldDef>({ field, name, path, compact, control, itemProps }: Props<F>) {
  const label = useLabel();
  const rule = useSchemaRule(field, path);
  const text = label(field.label);
  return (
    <Form.Item
      name={name}
      label={compact ? undefined : text}
      required={field.required}
      rules={[rule]}
      extra={!compact && field.help ? label(field.help) : undefined}
      style={compact ? { marginBottom: 0 } : undefined}
      {...itemProps}
    >
      {control(compact ? { 'aria-label': text } : {})}
    </Form.Item>
  );
}

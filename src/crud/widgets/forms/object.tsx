import { Col, Form, Row, Switch } from 'antd';
import { useLabel } from '../../../i18n/lang';
import type { ObjectField } from '../../../schema/fields';
import { useCrudText } from '../../text';
import { Fieldset } from '../Fieldset';
import { isWide } from '../render';
import type { FormFieldProps } from '../types';
import { FieldFormField } from './FieldFormField';

/** The sub-fields as a group; when the object is optional, a switch sets it or leaves it null. */
export function ObjectFormField({ field, name, path }: FormFieldProps<ObjectField>) {
  const label = useLabel();
  const t = useCrudText();
  const form = Form.useFormInstance();
  const value: unknown = Form.useWatch(path, { form, preserve: true });
  const present = field.required === true || (value !== null && value !== undefined);
  const legend = label(field.label);
  return (
    <Fieldset legend={legend} required={field.required} help={field.help && label(field.help)}>
      {!field.required && (
        <div style={{ marginBottom: present ? 12 : 0 }}>
          <Switch
            aria-label={`${legend}: ${t.objectPresent}`}
            checked={present}
            checkedChildren={t.objectPresent}
            unCheckedChildren={t.objectAbsent}
            onChange={(on) => form.setFieldValue(path, on ? {} : null)}
          />
        </div>
      )}
      {present && (
        <Row gutter={16}>
          {field.fields.map((sub) => (
            <Col key={sub.name} xs={24} md={isWide(sub) ? 24 : 12}>
              <FieldFormField field={sub} name={[...name, sub.name]} path={[...path, sub.name]} />
            </Col>
          ))}
        </Row>
      )}
    </Fieldset>
  );
}

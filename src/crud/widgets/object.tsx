import { Col, Descriptions, Form, Row, Switch } from 'antd';
import { useLabel, useLang } from '../../i18n/lang';
import type { ObjectField } from '../../schema/fields';
import type { Lang } from '../../schema/labels';
import { useCrudText } from '../text';
import { Fieldset } from './Fieldset';
import { cleanObject, collectReferences, fieldText, locateError, referencedResources } from './registry';
import { FieldDisplay, FieldFormField, isWide } from './render';
import type { FormFieldProps, ValueProps, Widget } from './types';

const asRecord = (value: unknown) => (value ?? {}) as Record<string, unknown>;

function summary(field: ObjectField, value: unknown, lang: Lang): string {
  const record = asRecord(value);
  return field.fields
    .map((sub) => [sub.label[lang], fieldText(sub, record[sub.name], lang)] as const)
    .filter(([, text]) => text !== '')
    .map(([name, text]) => `${name}: ${text}`)
    .join('; ');
}

function Cell({ field, value }: ValueProps<ObjectField>) {
  const text = summary(field, value, useLang());
  return <span title={text}>{text}</span>;
}

function Display({ field, value }: ValueProps<ObjectField>) {
  const label = useLabel();
  const record = asRecord(value);
  return (
    <Descriptions
      size="small"
      column={1}
      items={field.fields.map((sub) => ({
        key: sub.name,
        label: label(sub.label),
        children: <FieldDisplay field={sub} value={record[sub.name]} />,
      }))}
    />
  );
}

/** The sub-fields as a group; when the object is optional, a switch sets it or leaves it null. */
function FormField({ field, name, path }: FormFieldProps<ObjectField>) {
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

/** A nested object of sub-fields, null when absent. */
export const objectWidget: Widget<ObjectField> = {
  text: (field, value, lang) => summary(field, value, lang),
  Cell,
  Display,
  FormField,
  wide: true,
  clean: (field, value) => (value === null || value === undefined ? null : cleanObject(field.fields, value)),
  blank: (field) => (field.required ? {} : null),
  referencedResources: (field) => referencedResources(field.fields),
  references: (field, value, add) => collectReferences(field.fields, asRecord(value), add),
  locate: (field, rest) => locateError(field.fields, rest) ?? { path: [], note: rest.join('.') },
};

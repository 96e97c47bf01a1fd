import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Form, Row } from 'antd';
import { useLabel, useLang } from '../../../i18n/lang';
import type { FieldDef, ObjectListField } from '../../../schema/fields';
import { SecondaryText } from '../../plainText';
import { crudText, format, useCrudText } from '../../text';
import { Fieldset } from '../Fieldset';
import { cleanValue } from '../registry';
import { isWide } from '../render';
import type { FormFieldProps } from '../types';
import { describeIssue, schemaIssues } from '../validation';
import { FieldFormField } from './FieldFormField';

const colFlex = (sub: FieldDef) => (isWide(sub) ? '2 1 240px' : '1 1 140px');

/** The list-level issues (required, too few rows, duplicates); sub-field issues show on their cells. */
function useListRule(field: ObjectListField) {
  const lang = useLang();
  const subNames = new Set(field.fields.map((f) => f.name));
  return {
    validator: async (_rule: unknown, rows: unknown) => {
      const issues = (await schemaIssues(field, lang, cleanValue(field, rows))).filter(
        (i) => i.path.length === 0 || (i.code === 'custom' && subNames.has(String(i.path[1]))),
      );
      if (issues.length === 0) return;
      const issue = issues[0];
      if (issue.path.length === 0) throw new Error(describeIssue(issue));
      const row = format(crudText(lang).rowNumber, { n: Number(issue.path[0]) + 1 });
      throw new Error(`${row}: ${issue.message}`);
    },
  };
}

/** Rows of sub-field controls (antd `Form.List`), with add and remove buttons. */
export function ObjectListFormField({ field, name, path }: FormFieldProps<ObjectListField>) {
  const label = useLabel();
  const t = useCrudText();
  const rule = useListRule(field);
  return (
    <Fieldset legend={label(field.label)} required={field.required} help={field.help && label(field.help)}>
      <Form.List name={name} rules={[rule]}>
        {(rows, { add, remove }, { errors }) => (
          <>
            {rows.length > 0 && (
              <Row gutter={8} wrap={false} aria-hidden="true" style={{ marginBottom: 4 }}>
                {field.fields.map((sub) => (
                  <Col key={sub.name} flex={colFlex(sub)}>
                    <SecondaryText>
                      {sub.required && <span style={{ color: '#ff4d4f' }}>* </span>}
                      {label(sub.label)}
                    </SecondaryText>
                  </Col>
                ))}
                <Col flex="0 0 40px" />
              </Row>
            )}
            {rows.map((row, i) => (
              <Row
                key={row.key}
                gutter={8}
                wrap={false}
                align="top"
                role="group"
                aria-label={format(t.rowNumber, { n: i + 1 })}
                style={{ marginBottom: 8 }}
              >
                {field.fields.map((sub) => (
                  <Col key={sub.name} flex={colFlex(sub)}>
                    <FieldFormField
                      field={sub}
                      name={[row.name, sub.name]}
                      path={[...path, row.name, sub.name]}
                      compact
                    />
                  </Col>
                ))}
                <Col flex="0 0 40px">
                  <Button
                    type="text"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={format(t.removeRow, { n: i + 1 })}
                    title={format(t.removeRow, { n: i + 1 })}
                    onClick={() => remove(row.name)}
                  />
                </Col>
              </Row>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
              {t.addRow}
            </Button>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
    </Fieldset>
  );
}

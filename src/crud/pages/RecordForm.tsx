import { Alert, Col, Form, Row, type FormProps } from 'antd';
import { useMemo } from 'react';
import type { ResourceDef } from '../../schema/resource';
import { useCrudText } from '../text';
import { FieldFormField } from '../widgets/forms/FieldFormField';
import { isWide } from '../widgets/render';
import { FormRecordContext } from '../widgets/validation';
import { formFields } from './fields';
import type { SaveFailure } from './useRecordForm';

interface Props {
  resource: ResourceDef;
  formProps: FormProps;
  /** The record as loaded (edit): values left as they were are not re-checked. */
  loaded?: Record<string, unknown>;
  failure: SaveFailure | null;
  onCloseFailure: () => void;
}

/** The create/edit form: one control per writable field, by its widget, in the declaration's order. */
export function RecordForm({ resource, formProps, loaded, failure, onCloseFailure }: Props) {
  const t = useCrudText();
  const fields = useMemo(() => formFields(resource), [resource]);
  const context = useMemo(() => ({ initial: loaded }), [loaded]);
  return (
    <FormRecordContext.Provider value={context}>
      <Form {...formProps} layout="vertical" scrollToFirstError={{ block: 'center' }}>
        {failure && (
          <Alert
            type="error"
            showIcon
            closable
            onClose={onCloseFailure}
            style={{ marginBottom: 16 }}
            message={failure.message || t.saveFailed}
            description={
              failure.unplaced.length > 0 ? (
                <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                  {failure.unplaced.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              ) : (
                t.fixFields
              )
            }
          />
        )}
        <Row gutter={24}>
          {fields.map((f) => (
            <Col key={f.name} xs={24} md={isWide(f) ? 24 : 12}>
              <FieldFormField field={f} name={[f.name]} path={[f.name]} />
            </Col>
          ))}
        </Row>
      </Form>
    </FormRecordContext.Provider>
  );
}

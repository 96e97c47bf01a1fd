import { RefreshButton, SaveButton } from '@refinedev/antd';
import { useGetIdentity, useParsed } from '@refinedev/core';
import { Alert, Card, Col, Form, Row, Select, Tag, type FormInstance } from 'antd';
import { useEffect, useMemo } from 'react';
import { ConflictAlert } from '../../../crud/pages/ConflictAlert';
import { CrudPage } from '../../../crud/pages/CrudPage';
import { PageFrame } from '../../../crud/pages/PageFrame';
import { PageFrameCard } from '../../../crud/pages/PageFrameCard';
import { useRecordForm } from '../../../crud/pages/useRecordForm';
import { useCrudText } from '../../../crud/text';
import { FieldFormField } from '../../../crud/widgets/forms/FieldFormField';
import { isWide } from '../../../crud/widgets/render';
import { FormRecordContext } from '../../../crud/widgets/validation';
import type { TemplateRecord } from '../../../domain/satisfaction';
import { useLabel } from '../../../i18n/lang';
import type { ResourceDef } from '../../../schema/resource';
import { format, useSatisfactionText } from '../text';
import { NpsControl, RatingControl } from './RatingControl';
import { responseBody } from './responseBody';
import { useTemplates } from './useTemplates';

/** The declaration's fields shown around the ratings, in this order. */
const ABOUT = ['branchId', 'channel', 'submittedAt', 'customerId', 'staffId', 'serviceItemId', 'comment'];

type Values = Record<string, unknown>;

/**
 * Response entry generated from the chosen template: one rating per dimension (stars on 5
 * points, buttons on 10), the NPS row when the template asks it, then comment, channel, branch
 * and the optional customer, staff and service item. A required rating left empty warns but
 * does not block: the backend keeps the response as invalid ("incomplete"). Validity itself
 * is ruled on the show page.
 */
export function ResponseFormPage({ resource, action }: { resource: ResourceDef; action: 'create' | 'edit' }) {
  const t = useSatisfactionText();
  const crud = useCrudText();
  const label = useLabel();
  const parsed = useParsed();
  const id = action === 'edit' ? parsed.id : undefined;
  const recordForm = useRecordForm(resource, action, id);
  const { formProps, saveButtonProps, failure, clearFailure, conflict, loaded } = recordForm;
  const form = formProps.form as FormInstance<Values>;
  const { templates, byId } = useTemplates();
  const { data: me } = useGetIdentity<{ branchIds?: number[] }>();
  const templateId = Form.useWatch('templateId', form) as number | undefined;
  const template: TemplateRecord | undefined =
    templateId === undefined ? undefined : byId.get(Number(templateId));
  const fields = useMemo(
    () => ABOUT.map((name) => resource.fields.find((f) => f.name === name)).filter((f) => f !== undefined),
    [resource],
  );
  const context = useMemo(() => ({ initial: loaded }), [loaded]);

  // A new response: the first active template, now, and the user's branch when they have one.
  useEffect(() => {
    if (action !== 'create' || form.getFieldValue('templateId') !== undefined) return;
    const first = templates.find((x) => x.active !== false);
    if (first) form.setFieldValue('templateId', first.id);
  }, [action, form, templates]);
  useEffect(() => {
    if (action !== 'create') return;
    if (!form.getFieldValue('submittedAt')) form.setFieldValue('submittedAt', new Date().toISOString());
    const own = me?.branchIds ?? [];
    if (own.length === 1 && form.getFieldValue('branchId') == null) form.setFieldValue('branchId', own[0]);
  }, [action, form, me]);

  const onFinish = () => {
    if (!template) return undefined;
    clearFailure();
    const body = responseBody(template, form.getFieldsValue(true), loaded);
    if (typeof loaded?.version === 'number') body.version = loaded.version;
    return recordForm.onFinish(body).catch((error: unknown) => error);
  };

  const choices = templates
    .filter((x) => x.active !== false || Number(x.id) === Number(loaded?.templateId))
    .map((x) => ({
      value: x.id,
      label: (
        <>
          {x.name} {x.active === false && <Tag>{t.inactive}</Tag>}
        </>
      ),
    }));

  const body = (
    <FormRecordContext.Provider value={context}>
      {conflict && (
        <ConflictAlert
          onReload={() => void recordForm.reload()}
          onOverwrite={() => void recordForm.overwrite()}
        />
      )}
      {failure && (
        <Alert
          type="error"
          showIcon
          closable
          onClose={clearFailure}
          style={{ marginBottom: 16 }}
          message={failure.message || crud.saveFailed}
          description={failure.unplaced.length > 0 ? failure.unplaced.join('；') : crud.fixFields}
        />
      )}
      <Form {...formProps} onFinish={onFinish} layout="vertical" scrollToFirstError={{ block: 'center' }}>
        <Form.Item
          name="templateId"
          label={t.template}
          rules={[{ required: true, message: t.chooseTemplate }]}
          style={{ maxWidth: 480 }}
        >
          <Select options={choices} placeholder={t.chooseTemplate} disabled={action === 'edit'} />
        </Form.Item>
        {template && (
          <Card size="small" title={t.ratingsTitle} style={{ marginBottom: 24 }}>
            {template.dimensions.map((d) => (
              <Form.Item
                key={d.key}
                name={['scores', d.key]}
                label={d.label}
                required={d.required}
                rules={
                  d.required
                    ? [
                        {
                          required: true,
                          warningOnly: true,
                          message: format(t.ratingRequired, { label: d.label }),
                        },
                      ]
                    : []
                }
              >
                <RatingControl scale={template.scale} label={d.label} />
              </Form.Item>
            ))}
            {template.hasNps && (
              <Form.Item name="nps" label={t.npsQuestion}>
                <NpsControl />
              </Form.Item>
            )}
            <Alert type="info" showIcon message={t.incompleteWarning} />
          </Card>
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

  const title = `${action === 'create' ? crud.create : crud.edit} · ${label(resource.label)}`;
  const save = { ...saveButtonProps, disabled: saveButtonProps.disabled || !template };
  const editing = action === 'edit';
  // While the record loads, the spinner covers the form and its buttons wait (as refine's Edit had them).
  const loading = editing && recordForm.formLoading;
  const waiting = loading ? { disabled: true } : {};
  return (
    <CrudPage>
      <PageFrame
        title={title}
        back
        extra={
          editing ? <RefreshButton {...waiting} resource={resource.name} recordItemId={id} /> : undefined
        }
      >
        <PageFrameCard
          loading={loading}
          footer={<SaveButton {...waiting} {...save} htmlType={editing ? undefined : 'submit'} />}
        >
          {body}
        </PageFrameCard>
      </PageFrame>
    </CrudPage>
  );
}

export function ResponseCreate({ resource }: { resource: ResourceDef }) {
  return <ResponseFormPage resource={resource} action="create" />;
}

export function ResponseEdit({ resource }: { resource: ResourceDef }) {
  return <ResponseFormPage resource={resource} action="edit" />;
}

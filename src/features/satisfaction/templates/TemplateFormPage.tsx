import { CopyOutlined } from '@ant-design/icons';
import { RefreshButton, SaveButton } from '@refinedev/antd';
import { useList, useParsed, type BaseKey } from '@refinedev/core';
import { Alert, Button, Col, Form, Row, Segmented, type FormInstance } from 'antd';
import { useMemo } from 'react';
import { ConflictAlert } from '../../../crud/pages/ConflictAlert';
import { CrudPage } from '../../../crud/pages/CrudPage';
import { PageFrame } from '../../../crud/pages/PageFrame';
import { PageFrameCard } from '../../../crud/pages/PageFrameCard';
import { formFields } from '../../../crud/pages/fields';
import { toSubmission } from '../../../crud/pages/submission';
import { useRecordForm } from '../../../crud/pages/useRecordForm';
import { useCrudText } from '../../../crud/text';
import { FieldFormField } from '../../../crud/widgets/forms/FieldFormField';
import { isWide } from '../../../crud/widgets/render';
import { FormRecordContext } from '../../../crud/widgets/validation';
import { SCALES } from '../../../domain/satisfaction';
import { useLabel } from '../../../i18n/lang';
import type { ResourceDef } from '../../../schema/resource';
import { useSatisfactionText } from '../text';
import { useCopyTemplate } from './useCopyTemplate';
import { WeightsPreview } from './WeightsPreview';

/** How many responses answer template `id` (their keys and scale then lock its shape). */
function useAnsweredCount(id: BaseKey | undefined): number {
  const { result } = useList({
    resource: 'survey-responses',
    filters: [{ field: 'templateId', operator: 'eq', value: id }],
    pagination: { currentPage: 1, pageSize: 1, mode: 'server' },
    queryOptions: { enabled: id !== undefined },
    errorNotification: false,
  });
  return id === undefined ? 0 : (result.total ?? 0);
}

/**
 * The survey template form (create and edit): the scale as a 5 / 10 choice, the dimensions
 * with their normalised weights shown live, and, on a template with answers, the lock
 * explained and "copy into a new template" offered — up front, and again when the backend
 * refuses a change of keys or scale (409).
 */
export function TemplateFormPage({ resource, action }: { resource: ResourceDef; action: 'create' | 'edit' }) {
  const t = useSatisfactionText();
  const crud = useCrudText();
  const label = useLabel();
  const parsed = useParsed();
  const id = action === 'edit' ? parsed.id : undefined;
  const recordForm = useRecordForm(resource, action, id);
  const { formProps, saveButtonProps, failure, clearFailure, conflict, loaded, mutation } = recordForm;
  const form = formProps.form as FormInstance<Record<string, unknown>>;
  const answered = useAnsweredCount(id);
  const { copy, copying } = useCopyTemplate(id);
  const refused = failure !== null && mutation.error?.statusCode === 409 && !conflict;
  const fields = useMemo(() => formFields(resource), [resource]);
  const context = useMemo(() => ({ initial: loaded }), [loaded]);

  const copyButton = (
    <Button
      icon={<CopyOutlined />}
      loading={copying}
      onClick={() => void copy(toSubmission(resource, form.getFieldsValue(true))).catch(() => undefined)}
    >
      {t.copyButton}
    </Button>
  );

  const body = (
    <FormRecordContext.Provider value={context}>
      {conflict && (
        <ConflictAlert
          onReload={() => void recordForm.reload()}
          onOverwrite={() => void recordForm.overwrite()}
        />
      )}
      {answered > 0 && !refused && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          message={t.answeredLocked}
          action={copyButton}
        />
      )}
      {refused && (
        <Alert
          type="warning"
          showIcon
          closable
          onClose={clearFailure}
          style={{ marginBottom: 16 }}
          message={failure.message || t.shapeRefused}
          description={t.copyOffer}
          action={copyButton}
        />
      )}
      {failure && !refused && (
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
      <Form {...formProps} layout="vertical" scrollToFirstError={{ block: 'center' }}>
        <Row gutter={24}>
          {fields.map((f) =>
            f.name === 'scale' ? (
              <Col key={f.name} xs={24} md={12}>
                <Form.Item name="scale" label={label(f.label)} extra={f.help && label(f.help)} required>
                  <Segmented<number>
                    options={SCALES.map((s) => ({ value: s, label: s === 5 ? t.scaleFive : t.scaleTen }))}
                  />
                </Form.Item>
              </Col>
            ) : (
              <Col key={f.name} xs={24} md={isWide(f) ? 24 : 12}>
                <FieldFormField field={f} name={[f.name]} path={[f.name]} />
                {f.name === 'dimensions' && <WeightsPreview />}
              </Col>
            ),
          )}
        </Row>
      </Form>
    </FormRecordContext.Provider>
  );

  const title = `${action === 'create' ? crud.create : crud.edit} · ${label(resource.label)}`;
  const editing = action === 'edit';
  // While the record loads, the spinner covers the form and its buttons wait (as refine's Edit had them).
  const loading = editing && recordForm.formLoading;
  const waiting = loading ? { disabled: true } : {};
  return (
    <CrudPage>
      <PageFrame
        title={editing && loaded?.name ? `${title} · ${String(loaded.name)}` : title}
        back
        extra={
          editing ? <RefreshButton {...waiting} resource={resource.name} recordItemId={id} /> : undefined
        }
      >
        <PageFrameCard
          loading={loading}
          footer={<SaveButton {...waiting} {...saveButtonProps} htmlType={editing ? undefined : 'submit'} />}
        >
          {body}
        </PageFrameCard>
      </PageFrame>
    </CrudPage>
  );
}

export function TemplateCreate({ resource }: { resource: ResourceDef }) {
  return <TemplateFormPage resource={resource} action="create" />;
}

/** Keyed by the id: opening a copy from here starts a fresh form (no refusal left over). */
export function TemplateEdit({ resource }: { resource: ResourceDef }) {
  const { id } = useParsed();
  return <TemplateFormPage key={String(id)} resource={resource} action="edit" />;
}

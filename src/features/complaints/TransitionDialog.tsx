import {
  useApiUrl,
  useCustomMutation,
  useInvalidate,
  type BaseRecord,
  type HttpError,
} from '@refinedev/core';
import { Alert, Checkbox, Form, Input, Modal } from 'antd';
import { useMemo, useState } from 'react';
import { FieldFormField } from '../../crud/widgets/forms/FieldFormField';
import {
  MISSING_MESSAGES,
  transition,
  TRANSITION_FIELD_NAMES,
  type ComplaintAction,
  type ComplaintStatus,
  type LifecycleState,
  type TransitionFields,
} from '../../domain/complaints';
import { useLang } from '../../i18n/lang';
import { complaints } from '../../resources/complaints';
import { COMPLAINT_STATUSES } from '../../resources/options';
import { format, useComplaintText } from './text';

/** Fields each step records (the rest of the record is edited on the edit page). */
const STEP_FIELDS: Partial<Record<ComplaintAction, (keyof TransitionFields)[]>> = {
  resolve: ['rootCause', 'resolution', 'refundAmount', 'responsibleStaffIds'],
  close: ['handlingSatisfaction'],
};

interface Values extends TransitionFields {
  note?: string;
  unreachable?: boolean;
}

interface Props {
  record: BaseRecord;
  action: ComplaintAction;
  to: ComplaintStatus;
  label: string;
  onClose: () => void;
}

/**
 * One lifecycle step as a small form: the note (a reason where the step needs one), what the
 * step records, then `POST /complaints/:id/transitions`. The same `transition` function the
 * API runs checks the form first; the API's own refusal (409/422) lands on the fields too.
 */
export function TransitionDialog({ record, action, to, label, onClose }: Props) {
  const t = useComplaintText();
  const lang = useLang();
  const apiUrl = useApiUrl();
  const invalidate = useInvalidate();
  const [form] = Form.useForm<Values>();
  const [failure, setFailure] = useState<string | null>(null);
  const { mutateAsync, mutation } = useCustomMutation<BaseRecord>();
  const unreachable = Form.useWatch('unreachable', form) === true;
  const fields = useMemo(
    () => (STEP_FIELDS[action] ?? []).map((name) => complaints.fields.find((f) => f.name === name)!),
    [action],
  );
  const initial = useMemo(() => {
    const out: Record<string, unknown> = {};
    for (const f of fields) if (f.name !== 'handlingSatisfaction') out[f.name] = record[f.name] ?? undefined;
    return out;
  }, [fields, record]);
  const statusLabel = COMPLAINT_STATUSES.find((o) => o.value === to)?.label[lang] ?? to;

  const submit = async () => {
    setFailure(null);
    const values = await form.validateFields();
    const sent: TransitionFields = {};
    for (const name of TRANSITION_FIELD_NAMES)
      if (name in values) Object.assign(sent, { [name]: values[name] ?? null });
    const note = values.note?.trim() || null;
    // The browser mirrors the API's rule, so a missing piece is marked before anything is sent.
    const check = transition(record as unknown as LifecycleState, {
      to,
      at: new Date().toISOString(),
      byUserId: null,
      note,
      unreachable: values.unreachable === true,
      fields: sent,
    });
    if (!check.ok && check.reason === 'incomplete') {
      form.setFields(
        Object.entries(check.missing).map(([name, code]) => ({
          name: name as keyof Values,
          errors: [MISSING_MESSAGES[code][lang]],
        })),
      );
      return;
    }
    try {
      await mutateAsync({
        url: `${apiUrl}/complaints/${record.id}/transitions`,
        method: 'post',
        values: {
          to,
          from: record.status,
          note,
          ...(action === 'close' ? { unreachable: values.unreachable === true } : {}),
          ...sent,
          ...(typeof record.version === 'number' ? { version: record.version } : {}),
        },
        successNotification: () => ({ type: 'success', message: format(t.done, { status: statusLabel }) }),
        errorNotification: false,
      });
      await invalidate({ resource: 'complaints', invalidates: ['list', 'detail'], id: record.id });
      onClose();
    } catch (error) {
      const e = error as HttpError;
      const errors = Object.entries(e.errors ?? {});
      form.setFields(
        errors
          .filter(([name]) => name === 'note' || fields.some((f) => f.name === name))
          .map(([name, messages]) => ({
            name: name as keyof Values,
            errors: ([] as string[]).concat(messages as string | string[]),
          })),
      );
      setFailure(e.message || t.failed);
    }
  };

  return (
    <Modal
      open
      title={label}
      okText={t.confirm}
      cancelText={t.cancel}
      onOk={() => void submit().catch(() => undefined)}
      onCancel={onClose}
      confirmLoading={mutation.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} name={`transition-${action}`}>
        {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 16 }} />}
        {fields.map((f) => (
          <FieldFormField key={f.name} field={f} name={[f.name]} path={[f.name]} />
        ))}
        {action === 'close' && (
          <Form.Item name="unreachable" valuePropName="checked">
            <Checkbox>{t.unreachable}</Checkbox>
          </Form.Item>
        )}
        <Form.Item
          name="note"
          label={t.note}
          required={action === 'reopen' || action === 'withdraw' || action === 'invalidate' || unreachable}
        >
          <Input.TextArea
            rows={3}
            maxLength={2000}
            placeholder={unreachable ? t.unreachableNote : t.notePlaceholder}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

import { useUpdate, usePermissions, type BaseRecord } from '@refinedev/core';
import { Alert, Button, Card, Flex, Form, Modal, Popconfirm, Radio, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { Role } from '../../../domain/access';
import { missingRequired, type TemplateRecord } from '../../../domain/satisfaction';
import { useLabel } from '../../../i18n/lang';
import { INVALID_REASONS } from '../../../resources/survey-responses';
import { mayRuleOnValidity } from '../rights';
import { format, useSatisfactionText } from '../text';

/** A supervisor picks one of these; "incomplete" is the backend's own finding. */
const CHOOSABLE = INVALID_REASONS.filter((o) => o.value !== 'incomplete');

/**
 * Whether the response counts, and — for the roles that rule on it (rights.ts) — "mark
 * invalid" with a reason or "mark valid again". Each is a PATCH of `valid` / `invalidReason`
 * through the generic write path, so the backend checks the role and writes the audit log.
 * A response missing required answers cannot be made valid here: completing them does it.
 */
export function ValidityCard({ record, template }: { record: BaseRecord; template?: TemplateRecord }) {
  const t = useSatisfactionText();
  const label = useLabel();
  const { data: role } = usePermissions<Role>({});
  const judge = mayRuleOnValidity(role);
  const { mutateAsync, mutation } = useUpdate();
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [form] = Form.useForm<{ invalidReason?: string }>();
  const valid = record.valid !== false;
  const reason = INVALID_REASONS.find((o) => o.value === record.invalidReason);
  const missing = template ? missingRequired(template, record.scores as Record<string, unknown>) : [];

  const rule = async (values: { valid: boolean; invalidReason: string | null }) => {
    setFailure(null);
    try {
      await mutateAsync({
        resource: 'survey-responses',
        id: record.id as number,
        values: { ...values, ...(typeof record.version === 'number' ? { version: record.version } : {}) },
        successNotification: () => ({
          type: 'success',
          message: values.valid ? t.markedValid : t.markedInvalid,
        }),
        errorNotification: false,
      });
      return true;
    } catch (error) {
      setFailure((error as { message?: string }).message || t.failed);
      return false;
    }
  };

  const markInvalid = async () => {
    const { invalidReason } = await form.validateFields();
    if (await rule({ valid: false, invalidReason: invalidReason ?? null })) setAsking(false);
  };

  return (
    <Card size="small" title={t.validityTitle} style={{ marginTop: 16 }}>
      <Flex vertical gap={12}>
        <div>
          {valid ? (
            <Tag color="green">{t.validNow}</Tag>
          ) : (
            <Tag color={reason?.color ?? 'orange'}>
              {format(t.invalidNow, {
                reason: reason ? label(reason.label) : String(record.invalidReason ?? ''),
              })}
            </Tag>
          )}
        </div>
        {failure && (
          <Alert type="error" showIcon closable onClose={() => setFailure(null)} message={failure} />
        )}
        {!judge ? (
          <Typography.Text type="secondary">{t.notJudge}</Typography.Text>
        ) : valid ? (
          <div>
            <Button danger onClick={() => setAsking(true)}>
              {t.markInvalid}
            </Button>
          </div>
        ) : missing.length > 0 ? (
          <Typography.Text type="secondary">{t.incompleteCannotBeValid}</Typography.Text>
        ) : (
          <div>
            <Popconfirm
              title={t.confirmValid}
              okText={t.ok}
              cancelText={t.cancel}
              onConfirm={() => rule({ valid: true, invalidReason: null })}
            >
              <Button type="primary" loading={mutation.isPending}>
                {t.markValid}
              </Button>
            </Popconfirm>
          </div>
        )}
      </Flex>
      <Modal
        open={asking}
        title={t.markInvalid}
        okText={t.ok}
        cancelText={t.cancel}
        okButtonProps={{ danger: true }}
        confirmLoading={mutation.isPending}
        onOk={() => void markInvalid().catch(() => undefined)}
        onCancel={() => setAsking(false)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" name="mark-invalid">
          <Form.Item
            name="invalidReason"
            label={t.reason}
            rules={[{ required: true, message: t.reasonRequired }]}
          >
            <Radio.Group options={CHOOSABLE.map((o) => ({ value: o.value, label: label(o.label) }))} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}

import { useNotification, type HttpError } from '@refinedev/core';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Input,
  InputNumber,
  Popconfirm,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { scoreAppraisal, type CycleStep, type IndicatorResult } from '../../domain/kpi';
import { useLang } from '../../i18n/lang';
import { INDICATOR_GROUPS, INDICATOR_SOURCES } from '../../resources/appraisal-templates';
import type { Breakdown } from './api';
import { format, useKpiText } from './text';
import type { StepValues } from './useBreakdown';

type Scores = Record<string, number | null>;

interface Props {
  breakdown: Breakdown;
  take: (values: StepValues) => Promise<Breakdown>;
  busy: boolean;
}

const labelOf = (
  options: { value: string; label: { zh: string; en: string } }[],
  value: string,
  lang: 'zh' | 'en',
) => options.find((o) => o.value === value)?.label[lang] ?? value;

/**
 * The template's indicators as a form: self scores while the appraisal awaits the employee,
 * supervisor scores and comments while it awaits the supervisor, each metric's actual value and
 * score, and a live preview of the final score through the same domain function the API runs.
 * Only the steps the API offers this user are shown; its refusals land on the cells.
 */
export function ScoringPanel({ breakdown, take, busy }: Props) {
  const t = useKpiText();
  const lang = useLang();
  const { open } = useNotification();
  const { appraisal, template, steps } = breakdown;
  const [self, setSelf] = useState<Scores>(() => ({ ...(appraisal.selfScores ?? {}) }));
  const [supervisor, setSupervisor] = useState<Scores>(() => ({ ...(appraisal.supervisorScores ?? {}) }));
  const [comments, setComments] = useState<string>(appraisal.comments ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const editSelf = steps.includes('self');
  const editSupervisor = steps.includes('supervisor');

  const preview = useMemo(
    () =>
      template
        ? scoreAppraisal(template, {
            selfScores: self,
            supervisorScores: supervisor,
            autoValues: appraisal.autoValues,
          })
        : null,
    [template, self, supervisor, appraisal.autoValues],
  );
  if (!template || !preview) return <Alert type="warning" showIcon message={t.failed} />;

  const run = async (step: CycleStep, extra: Partial<StepValues> = {}) => {
    setFailure(null);
    setErrors({});
    try {
      const values: StepValues = { step, version: appraisal.version, ...extra };
      if (step === 'self') values.scores = self;
      if (step === 'supervisor' || step === 'confirm') {
        values.scores = supervisor;
        values.comments = comments.trim() || null;
      }
      const saved = await take(values);
      const message =
        step === 'confirm'
          ? format(t.confirmed, {
              score: String(saved.appraisal.finalScore),
              grade: saved.appraisal.grade ?? '',
            })
          : t.saved;
      open?.({ type: 'success', message });
    } catch (e) {
      const error = e as HttpError;
      const byKey: Record<string, string> = {};
      for (const [field, messages] of Object.entries(error.errors ?? {})) {
        const text = ([] as string[]).concat(messages as string | string[]).join(' ');
        byKey[field.replace(/^scores\./, '')] = text;
      }
      setErrors(byKey);
      setFailure(error.message || t.failed);
    }
  };

  const scoreInput = (
    value: number | null | undefined,
    onChange: (v: number | null) => void,
    key: string,
    label: string,
  ) => (
    <InputNumber
      aria-label={`${label} ${key}`}
      min={0}
      max={100}
      step={1}
      precision={1}
      value={value ?? null}
      status={errors[key] ? 'error' : undefined}
      onChange={(v) => onChange(typeof v === 'number' ? v : null)}
      style={{ width: 90 }}
    />
  );

  const columns = [
    {
      key: 'label',
      title: t.indicator,
      render: (_: unknown, i: IndicatorResult) => (
        <>
          {i.label}
          {errors[i.key] && (
            <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>
              {errors[i.key]}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      key: 'group',
      title: t.group,
      render: (_: unknown, i: IndicatorResult) => labelOf(INDICATOR_GROUPS, i.group, lang),
    },
    { key: 'weight', title: t.weight, dataIndex: 'weight', align: 'right' as const },
    {
      key: 'source',
      title: t.source,
      render: (_: unknown, i: IndicatorResult) =>
        i.source === 'manual' ? (
          <Tag>{t.manual}</Tag>
        ) : (
          <Tag color="blue">
            {labelOf(INDICATOR_SOURCES, i.source, lang)} · {t.target} {i.target}
          </Tag>
        ),
    },
    {
      key: 'actual',
      title: t.actual,
      align: 'right' as const,
      render: (_: unknown, i: IndicatorResult) =>
        i.source === 'manual' ? (
          ''
        ) : i.actual === null ? (
          <Typography.Text type="secondary">{t.notMeasured}</Typography.Text>
        ) : (
          i.actual
        ),
    },
    {
      key: 'self',
      title: t.self,
      render: (_: unknown, i: IndicatorResult) =>
        i.source !== 'manual'
          ? ''
          : editSelf
            ? scoreInput(self[i.key], (v) => setSelf((s) => ({ ...s, [i.key]: v })), i.key, t.self)
            : (i.self ?? '—'),
    },
    {
      key: 'supervisor',
      title: t.supervisor,
      render: (_: unknown, i: IndicatorResult) =>
        i.source !== 'manual'
          ? ''
          : editSupervisor
            ? scoreInput(
                supervisor[i.key],
                (v) => setSupervisor((s) => ({ ...s, [i.key]: v })),
                i.key,
                t.supervisor,
              )
            : (i.supervisor ?? '—'),
    },
    {
      key: 'score',
      title: t.score,
      align: 'right' as const,
      render: (_: unknown, i: IndicatorResult) => (i.score === null ? '—' : i.score),
    },
  ];

  const confirmed = appraisal.status === 'confirmed';
  return (
    <Card size="small" title={t.scoringTitle} style={{ marginTop: 16 }}>
      {failure && <Alert type="error" showIcon message={failure} style={{ marginBottom: 12 }} />}
      <Table<IndicatorResult>
        rowKey="key"
        size="small"
        pagination={false}
        dataSource={preview.indicators}
        columns={columns}
      />
      <Descriptions size="small" column={3} style={{ marginTop: 12 }}>
        <Descriptions.Item label={t.finalScore}>
          {preview.finalScore ?? t.incomplete} {!confirmed && preview.finalScore !== null ? t.preview : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t.grade}>{preview.grade ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t.coefficient}>{preview.bonusCoefficient ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {breakdown.live ? t.liveNote : t.frozenNote} {t.nullRule}
      </Typography.Paragraph>
      {(editSupervisor || (confirmed && appraisal.comments)) && (
        <div style={{ marginBottom: 12 }}>
          <Typography.Text strong>{t.comments}</Typography.Text>
          {editSupervisor ? (
            <Input.TextArea
              aria-label={t.comments}
              rows={2}
              maxLength={2000}
              value={comments}
              onChange={(e) => setComments(e.target.value)}
            />
          ) : (
            <Typography.Paragraph>{appraisal.comments}</Typography.Paragraph>
          )}
        </div>
      )}
      {steps.length === 0 ? (
        <Typography.Text type="secondary">{t.noSteps}</Typography.Text>
      ) : (
        <Flex wrap gap={8}>
          {editSelf && (
            <>
              <Button loading={busy} onClick={() => void run('self')}>
                {t.saveSelf}
              </Button>
              <Button type="primary" loading={busy} onClick={() => void run('self', { submit: true })}>
                {t.submitSelf} {breakdown.isOwner ? '' : t.selfFor}
              </Button>
            </>
          )}
          {editSupervisor && (
            <Button loading={busy} onClick={() => void run('supervisor')}>
              {t.saveSupervisor}
            </Button>
          )}
          {steps.includes('confirm') && (
            <Button type="primary" loading={busy} onClick={() => void run('confirm')}>
              {t.confirm}
            </Button>
          )}
          {steps.includes('return') && (
            <Button loading={busy} onClick={() => void run('return')}>
              {t.return}
            </Button>
          )}
          {steps.includes('reopen') && (
            <Popconfirm title={t.reopen} onConfirm={() => void run('reopen')}>
              <Button danger loading={busy}>
                {t.reopen}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      )}
    </Card>
  );
}

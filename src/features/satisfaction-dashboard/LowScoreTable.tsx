import { Link } from '@refinedev/core';
import { Card, Space, Table, Typography } from 'antd';
import { formatScore } from '../../dashboards/kit/format';
import type { LowScoreRow } from '../../domain/satisfaction';
import { useLang } from '../../i18n/lang';
import { formatShanghai } from '../../schema/time';
import { complaintHref, responseHref } from './query';
import { useDashboardText } from './text';

interface Props {
  rows: LowScoreRow[] | undefined;
  loading: boolean;
}

/**
 * The low-score responses (overall rating ≤ 2), newest first, each opening its response and
 * offering to register a complaint prefilled from it.
 */
export function LowScoreTable({ rows, loading }: Props) {
  const t = useDashboardText();
  const lang = useLang();
  return (
    <Card
      id="low-scores"
      size="small"
      title={`${t.lowScores}（${rows?.length ?? 0}）`}
      extra={<Typography.Text type="secondary">{t.lowScoreNote}</Typography.Text>}
    >
      <Table<LowScoreRow>
        size="small"
        rowKey="responseId"
        loading={loading}
        dataSource={rows ?? []}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 900 }}
        columns={[
          {
            key: 'submittedAt',
            title: t.submittedAt,
            width: 150,
            render: (_, r) => <Link to={responseHref(r.responseId)}>{formatShanghai(r.submittedAt)}</Link>,
          },
          { key: 'branch', title: t.branch, width: 90, render: (_, r) => r.branchCode },
          { key: 'customer', title: t.customer, width: 90, render: (_, r) => r.customerName ?? '—' },
          { key: 'staff', title: t.staff, width: 90, render: (_, r) => r.staffName ?? '—' },
          { key: 'item', title: t.serviceItem, width: 140, render: (_, r) => r.serviceItemName ?? '—' },
          {
            key: 'overall',
            title: t.overall,
            width: 90,
            align: 'right',
            render: (_, r) => (
              <span data-testid={`low-overall-${r.responseId}`}>
                {formatScore(r.overall, lang, 2)} / {r.scale}
              </span>
            ),
          },
          { key: 'comment', title: t.comment, render: (_, r) => r.comment ?? '—' },
          {
            key: 'actions',
            title: t.actions,
            width: 180,
            fixed: 'right',
            render: (_, r) => (
              <Space size="small">
                <Link to={responseHref(r.responseId)}>{t.openResponse}</Link>
                <Link to={complaintHref(r, t.complaintDescription, t.noComment)}>{t.registerComplaint}</Link>
              </Space>
            ),
          },
        ]}
      />
    </Card>
  );
}

import { Link } from '@refinedev/core';
import { Card, Table, Tag, Typography } from 'antd';
import type { ComplaintReport, OverdueItem } from '../../../domain/complaints';
import { LinkButton } from '../../../crud/pages/LinkButton';
import { useLang } from '../../../i18n/lang';
import { COMPLAINT_STATUSES, SEVERITIES } from '../../../resources/options';
import { formatShanghai } from '../../../schema/time';
import { complaintShowHref } from '../links';
import { format, useComplaintText } from '../text';
import type { CardState } from './charts';
import { useFigureFormat } from './figures';
import { labelOf } from './rows';
import { useDashboardText } from './text';

/**
 * The overdue complaints of the selection, each opening its complaint; the header links to the
 * overdue list. The report's json carries the latest of them only (`overdueList`, at most
 * OVERDUE_LIST_LIMIT): the title counts them all (`overall.overdue`) and, when some are not
 * listed, a line under the table says so and links to the complaint list filtered to overdue.
 */
export function OverdueTable({
  report,
  state,
  listHref,
}: {
  report: ComplaintReport | undefined;
  state: CardState;
  listHref: string;
}) {
  const t = useComplaintText();
  const d = useDashboardText();
  const f = useFigureFormat();
  const lang = useLang();
  const branch = new Map(report?.byBranch.map((b) => [b.branchId, `${b.code} ${b.name}`]) ?? []);
  const handler = new Map(report?.byHandler.map((h) => [h.handlerId, h.name]) ?? []);
  const items = report?.overdueList ?? [];
  const total = report ? Math.max(report.overall.overdue, items.length) : 0;
  return (
    <Card
      size="small"
      title={`${t.overdueList}（${f.count(total)}）`}
      extra={
        <LinkButton size="small" type="link" to={listHref}>
          {t.viewList}
        </LinkButton>
      }
    >
      <Table<OverdueItem>
        size="small"
        rowKey="id"
        loading={state.loading}
        dataSource={items}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: true }}
        locale={{ emptyText: t.noData }}
        columns={[
          {
            key: 'no',
            title: d.complaintNo,
            render: (_: unknown, r) => <Link to={complaintShowHref(r.id)}>{r.complaintNo}</Link>,
          },
          { key: 'branch', title: t.branch, render: (_: unknown, r) => branch.get(r.branchId) ?? r.branchId },
          {
            key: 'severity',
            title: t.severity,
            render: (_: unknown, r) => <Tag>{labelOf(SEVERITIES, r.severity, lang)}</Tag>,
          },
          {
            key: 'status',
            title: d.status,
            render: (_: unknown, r) => labelOf(COMPLAINT_STATUSES, r.status, lang),
          },
          {
            key: 'handler',
            title: d.handler,
            render: (_: unknown, r) =>
              r.handlerId === null ? t.unassigned : (handler.get(r.handlerId) ?? r.handlerId),
          },
          { key: 'due', title: d.resolveDue, render: (_: unknown, r) => formatShanghai(r.resolveDueAt) },
          {
            key: 'late',
            title: t.hoursLate,
            align: 'right',
            render: (_: unknown, r) => (
              <Typography.Text type={r.resolvedAt ? undefined : 'danger'}>
                {f.hours(r.hoursLate)}
              </Typography.Text>
            ),
          },
        ]}
        footer={
          items.length < total
            ? () => (
                <Link to={listHref}>
                  {format(d.overdueLatest, { shown: f.count(items.length), total: f.count(total) })}
                </Link>
              )
            : undefined
        }
      />
    </Card>
  );
}

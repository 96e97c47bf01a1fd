import { useGo, useNavigation, useParsed } from '@refinedev/core';
import { Alert, Button, Card, Col, Flex, Row, Spin, Table, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { Link } from '@refinedev/core';
import type { ComplaintFigures, ComplaintReport } from '../../../domain/complaints';
import { useLang } from '../../../i18n/lang';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS } from '../../../resources/complaints';
import { SEVERITIES } from '../../../resources/options';
import type { EnumOption } from '../../../schema/fields';
import { formatShanghai } from '../../../schema/time';
import { complaintListHref, handlerFilter } from '../links';
import { format, useComplaintText } from '../text';
import { useNow } from '../useNow';
import { BreakdownChart, CountsChart, RatesChart, type ChartRow } from './charts';
import { DashboardFilterBar } from './DashboardFilterBar';
import { DownloadXlsxButton } from './DownloadXlsxButton';
import { drillFilters, filtersFromQuery, filtersToQuery, type DashboardFilters } from './filters';
import { FigureGrid } from './FigureGrid';
import { showCount, showHours, showMoney, showRate } from './format';
import { useComplaintReport } from './useComplaintReport';

const figuresOf = <T extends ComplaintFigures>(row: T): ComplaintFigures => row;

/**
 * 投诉统计 dashboard: the `complaints` report's figures for a period, branch, category and
 * severity — the rates, received vs handled and the rates by month and by branch, the breakdowns,
 * handlers, the overdue list — each chart linking to the complaint list it summarises.
 */
export function ComplaintDashboard() {
  const t = useComplaintText();
  const lang = useLang();
  const go = useGo();
  const { showUrl } = useNavigation();
  const { params } = useParsed<Record<string, unknown>>();
  const nowMs = useNow(60_000);
  const filters = filtersFromQuery((params ?? {}) as Record<string, unknown>, nowMs);
  const { report, loading, error, refetch } = useComplaintReport(filters);
  const setFilters = (next: DashboardFilters) =>
    go({ query: filtersToQuery(next), options: { keepQuery: false }, type: 'replace' });

  const charts = useMemo(() => (report ? chartRows(report, filters, lang) : null), [report, filters, lang]);
  const branchName = new Map(report?.byBranch.map((b) => [b.branchId, `${b.code} ${b.name}`]) ?? []);
  const all = drillFilters(filters, branchIdOf(report, filters.branch));

  return (
    <div style={{ padding: 24 }}>
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t.dashboardTitle}
        </Typography.Title>
        <DownloadXlsxButton filters={filters} />
      </Flex>
      <DashboardFilterBar filters={filters} onChange={setFilters} />
      {error ? (
        <Alert
          type="error"
          showIcon
          message={t.loadFailed}
          description={error.message}
          action={<Button onClick={refetch}>{t.retry}</Button>}
        />
      ) : loading || !report || !charts ? (
        <Spin />
      ) : (
        <Flex vertical gap={16}>
          <Typography.Text type="secondary">
            {format(t.asOf, { at: formatShanghai(report.asOf) })}
          </Typography.Text>
          <FigureGrid figures={figuresOf(report.overall)} />
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <CountsChart title={t.byMonth} rows={charts.byMonth} href={complaintListHref(all)} />
            </Col>
            <Col xs={24} lg={12}>
              <RatesChart title={t.ratesByMonth} rows={charts.byMonth} href={complaintListHref(all)} />
            </Col>
            <Col xs={24} lg={12}>
              <RatesChart title={t.ratesByBranch} rows={charts.byBranch} href={complaintListHref(all)} bars />
            </Col>
            <Col xs={24} lg={12}>
              <BreakdownChart title={t.byCategory} rows={charts.byCategory} href={complaintListHref(all)} />
            </Col>
            <Col xs={24} lg={12}>
              <BreakdownChart title={t.bySeverity} rows={charts.bySeverity} href={complaintListHref(all)} />
            </Col>
            <Col xs={24} lg={12}>
              <BreakdownChart title={t.byChannel} rows={charts.byChannel} href={complaintListHref(all)} />
            </Col>
          </Row>
          <Card size="small" title={t.byHandler}>
            <Table
              size="small"
              rowKey={(r) => String(r.handlerId)}
              pagination={false}
              dataSource={report.byHandler}
              locale={{ emptyText: t.noData }}
              columns={[
                {
                  key: 'name',
                  title: t.byHandler,
                  render: (_: unknown, r) => {
                    const label = r.name || t.unassigned;
                    return r.handlerId === null ? (
                      label
                    ) : (
                      <Link to={complaintListHref([...all, handlerFilter(r.handlerId)])}>{label}</Link>
                    );
                  },
                },
                {
                  key: 'received',
                  title: t.received,
                  align: 'right',
                  render: (_: unknown, r) => showCount(r.received),
                },
                {
                  key: 'handled',
                  title: t.handled,
                  align: 'right',
                  render: (_: unknown, r) => showCount(r.handled),
                },
                {
                  key: 'handlingRate',
                  title: t.handlingRate,
                  align: 'right',
                  render: (_: unknown, r) => showRate(r.handlingRate),
                },
                {
                  key: 'onTimeRate',
                  title: t.onTimeRate,
                  align: 'right',
                  render: (_: unknown, r) => showRate(r.onTimeRate),
                },
                {
                  key: 'overdue',
                  title: t.overdueCount,
                  align: 'right',
                  render: (_: unknown, r) => showCount(r.overdue),
                },
                {
                  key: 'mean',
                  title: t.meanHours,
                  align: 'right',
                  render: (_: unknown, r) => showHours(r.meanHoursToResolve),
                },
                {
                  key: 'refunds',
                  title: t.refunds,
                  align: 'right',
                  render: (_: unknown, r) => showMoney(r.refunds),
                },
              ]}
            />
          </Card>
          <Card size="small" title={`${t.overdueList}（${report.overdueList.length}）`}>
            <Table
              size="small"
              rowKey="id"
              dataSource={report.overdueList}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              locale={{ emptyText: t.noData }}
              columns={[
                {
                  key: 'no',
                  title: t.deadline,
                  render: (_: unknown, r) => <Link to={showUrl('complaints', r.id)}>{r.complaintNo}</Link>,
                },
                {
                  key: 'branch',
                  title: t.branch,
                  render: (_: unknown, r) => branchName.get(r.branchId) ?? r.branchId,
                },
                {
                  key: 'severity',
                  title: t.severity,
                  render: (_: unknown, r) => <Tag>{labelOf(SEVERITIES, r.severity, lang)}</Tag>,
                },
                { key: 'due', title: t.deadline, render: (_: unknown, r) => formatShanghai(r.resolveDueAt) },
                {
                  key: 'late',
                  title: t.hoursLate,
                  align: 'right',
                  render: (_: unknown, r) => (
                    <Typography.Text type={r.resolvedAt ? undefined : 'danger'}>
                      {showHours(r.hoursLate)}
                    </Typography.Text>
                  ),
                },
              ]}
            />
          </Card>
        </Flex>
      )}
    </div>
  );
}

function labelOf(options: EnumOption[], value: string, lang: 'zh' | 'en'): string {
  return options.find((o) => o.value === value)?.label[lang] ?? value;
}

function branchIdOf(report: ComplaintReport | undefined, code: string | undefined): number | undefined {
  return code ? report?.byBranch.find((b) => b.code === code)?.branchId : undefined;
}

/** The rows of every chart, each with its label in the current language and its drill-down link. */
function chartRows(report: ComplaintReport, filters: DashboardFilters, lang: 'zh' | 'en') {
  const branchId = branchIdOf(report, filters.branch);
  const row = (key: string, label: string, f: ComplaintFigures, href: string): ChartRow => ({
    ...figuresOf(f),
    key,
    label,
    href,
  });
  const enumRows = <F extends 'category' | 'severity' | 'channel'>(
    field: F,
    options: EnumOption[],
    rows: (ComplaintFigures & Record<F, string>)[],
  ) =>
    rows.map((r) => {
      const value = r[field];
      return row(
        value,
        labelOf(options, value, lang),
        r,
        complaintListHref(drillFilters(filters, branchId, [{ field, operator: 'eq', value }])),
      );
    });
  return {
    byMonth: report.byMonth.map((m) =>
      row(
        m.month,
        m.month,
        m,
        complaintListHref(drillFilters(filters, branchId, [], { from: m.month, to: m.month })),
      ),
    ),
    byBranch: report.byBranch.map((b) =>
      row(b.code, b.code, b, complaintListHref(drillFilters({ ...filters, branch: undefined }, b.branchId))),
    ),
    byCategory: enumRows('category', COMPLAINT_CATEGORIES, report.byCategory),
    bySeverity: enumRows('severity', SEVERITIES, report.bySeverity),
    byChannel: enumRows('channel', COMPLAINT_CHANNELS, report.byChannel),
  };
}

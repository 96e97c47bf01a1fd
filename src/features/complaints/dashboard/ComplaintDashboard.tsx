import { useList } from '@refinedev/core';
import { Alert, Col, Flex, Row, Typography } from 'antd';
import { useMemo } from 'react';
import { ReportFilterBar, type BranchOption } from '../../../dashboards/kit/ReportFilterBar';
import { useReport } from '../../../dashboards/kit/useReport';
import type { ComplaintReport } from '../../../domain/complaints';
import { useLang } from '../../../i18n/lang';
import { COMPLAINT_CATEGORIES } from '../../../resources/complaints';
import { SEVERITIES } from '../../../resources/options';
import { formatShanghai } from '../../../schema/time';
import { CrudPage } from '../../../crud/pages/CrudPage';
import { complaintListHref, overdueFilters } from '../links';
import { format, useComplaintText } from '../text';
import { BreakdownChart, CountsChart, HoursChart, RatesChart, type CardState } from './charts';
import { BreakdownTable } from './BreakdownTable';
import { DownloadXlsxButton } from './DownloadXlsxButton';
import { drillFilters } from './filters';
import { FigureGrid } from './FigureGrid';
import { OverdueTable } from './OverdueTable';
import { branchIdOf, dashboardRows } from './rows';
import { useDashboardText } from './text';
import { useDashboardQuery } from './useDashboardQuery';
import { useNow } from '../useNow';

/**
 * 投诉统计 dashboard: the `complaints` report's JSON (the figures the command and the xlsx give)
 * for a period, branch, category and severity kept in the URL — the §4 rates, received vs
 * handled, handling and on-time rates by month and by branch, resolve hours, the breakdowns,
 * every figure by group, and the overdue list. Each chart links to the complaint list it
 * summarises; a bar opens its own group's list.
 */
export default function ComplaintDashboard() {
  const t = useComplaintText();
  const d = useDashboardText();
  const lang = useLang();
  const [query, setQuery] = useDashboardQuery();
  const nowMs = useNow(60_000);
  const report = useReport<ComplaintReport>('complaints', query);
  const { result: branchList } = useList<{ id: number; code: string; name: string }>({
    resource: 'branches',
    pagination: { mode: 'off' },
    errorNotification: false,
  });
  const branches: BranchOption[] = (branchList.data ?? []).map((b) => ({
    code: String(b.code),
    name: `${String(b.code)} ${String(b.name)}`,
  }));
  const data = report.data;
  const rows = useMemo(() => (data ? dashboardRows(data, query, lang) : undefined), [data, query, lang]);
  const state: CardState = { loading: report.loading, error: report.error, onRetry: report.refetch };
  const all = rows?.all ?? complaintListHref(drillFilters(query, undefined));
  const overdueHref = complaintListHref(
    drillFilters(query, branchIdOf(data, query.branch), overdueFilters(data ? Date.parse(data.asOf) : nowMs)),
  );
  const chart = { href: all, state };

  return (
    <CrudPage>
      <Flex vertical gap={16}>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {t.dashboardTitle}
          </Typography.Title>
          <DownloadXlsxButton query={query} asOf={data?.asOf} />
        </Flex>
        <ReportFilterBar
          query={query}
          onChange={setQuery}
          branches={branches}
          extra={[
            { key: 'category', label: { zh: '投诉类别', en: 'Category' }, options: COMPLAINT_CATEGORIES },
            { key: 'severity', label: { zh: '严重程度', en: 'Severity' }, options: SEVERITIES },
          ]}
        />
        {report.error && (
          <Alert type="error" showIcon message={t.loadFailed} description={report.error.message} />
        )}
        {data && (
          <Typography.Text type="secondary">
            {format(t.asOf, { at: formatShanghai(data.asOf) })}
            {` · ${data.period.from} – ${data.period.to}`}
            {report.computedIn === 'browser' && ` · ${d.computedInBrowser}`}
          </Typography.Text>
        )}
        <FigureGrid figures={data?.overall} />
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={12}>
            <CountsChart title={t.byMonth} rows={rows?.byMonth ?? []} {...chart} />
          </Col>
          <Col xs={24} xl={12}>
            <RatesChart title={t.ratesByMonth} rows={rows?.byMonth ?? []} {...chart} />
          </Col>
          <Col xs={24} xl={12}>
            <RatesChart title={t.ratesByBranch} rows={rows?.byBranch ?? []} {...chart} bars />
          </Col>
          <Col xs={24} xl={12}>
            <HoursChart title={d.hoursByMonth} rows={rows?.byMonth ?? []} {...chart} />
          </Col>
          <Col xs={24} xl={8}>
            <BreakdownChart title={t.byCategory} rows={rows?.byCategory ?? []} {...chart} />
          </Col>
          <Col xs={24} xl={8}>
            <BreakdownChart title={t.bySeverity} rows={rows?.bySeverity ?? []} {...chart} />
          </Col>
          <Col xs={24} xl={8}>
            <BreakdownChart title={t.byChannel} rows={rows?.byChannel ?? []} {...chart} />
          </Col>
        </Row>
        <BreakdownTable rows={rows} state={state} />
        <OverdueTable report={data} state={state} listHref={overdueHref} />
      </Flex>
    </CrudPage>
  );
}

import { useList } from '@refinedev/core';
import { Alert, Col, Flex, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { ReportFilterBar, type ExtraFilter } from '../../dashboards/kit/ReportFilterBar';
import { useReport } from '../../dashboards/kit/useReport';
import { useReportQuery } from '../../dashboards/kit/useReportQuery';
import type { SatisfactionReport, SatisfactionSummary } from '../../domain/satisfaction';
import { useLang } from '../../i18n/lang';
import { SURVEY_CHANNELS } from '../../resources/survey-responses';
import { addMonths, monthFirstDay, monthLastDay, shanghaiMonth } from '../../schema/time';
import { canReport, isRole } from '../../domain/access';
import { readSession } from '../../providers/session';
import { CompareChart } from './CompareChart';
import { FollowUpCard } from './FollowUpCard';
import { DimensionChart } from './DimensionChart';
import { DownloadButton } from './DownloadButton';
import type { FigureRow } from './FigureTooltip';
import { Headline } from './Headline';
import { LowScoreTable } from './LowScoreTable';
import { NpsChart } from './NpsChart';
import { reportQueryOf, responsesHref, trendQueryOf, type DrillDown } from './query';
import { TrendChart } from './TrendChart';
import { useDashboardText } from './text';

interface Named {
  id: number;
  name: string;
  code?: string;
  branchId?: number;
  leftOn?: string | null;
}

/** Rows of a comparison, best composite first (no composite last), each with its responses link. */
function ranked<T extends SatisfactionSummary>(
  rows: readonly T[],
  key: (r: T) => string,
  label: (r: T) => string,
  href: (r: T) => string,
): FigureRow[] {
  return rows
    .map((r) => ({ ...r, key: key(r), label: label(r), href: href(r) }))
    .sort((a, b) => (b.composite ?? -1) - (a.composite ?? -1));
}

/**
 * 满意度看板 (DOMAIN §3) for quality supervisors: the `satisfaction` report's figures for a
 * period, branch, staff member, service item and channel (all kept in the URL) — headline
 * figures, the monthly trend with the CSAT confidence band, dimension scores, NPS shares,
 * comparisons by branch, staff, service item and channel, the low-score list. Every figure
 * comes from the report's JSON (the same computation as the json and xlsx outputs), every
 * chart links to the responses behind it; small samples are greyed and say so.
 */
export default function SatisfactionDashboard() {
  const t = useDashboardText();
  const lang = useLang();
  // The last complete month by default: the month a monthly review reads.
  const [lastMonth] = useState(() => addMonths(shanghaiMonth(Date.now()), -1));
  const [query, setQuery] = useReportQuery(lastMonth);
  const reportQuery = reportQueryOf(query);
  const report = useReport<SatisfactionReport>('satisfaction', reportQuery);
  const trend = useReport<SatisfactionReport>('satisfaction', trendQueryOf(query) ?? reportQuery);

  const branches = useList<Named>({ resource: 'branches', pagination: { mode: 'off' } });
  const employees = useList<Named>({ resource: 'employees', pagination: { mode: 'off' } });
  const items = useList<Named>({ resource: 'service-items', pagination: { mode: 'off' } });
  const branchList = branches.result?.data ?? [];
  const branchId = branchList.find((b) => b.code === query.branch)?.id;
  const codeOf = new Map(branchList.map((b) => [b.id, b.code ?? '']));

  const extra: ExtraFilter[] = [
    {
      key: 'staffId',
      label: { zh: t.staff, en: t.staff },
      options: (employees.result?.data ?? [])
        .filter((e) => branchId === undefined || e.branchId === branchId)
        .map((e) => {
          const name = `${e.name}（${codeOf.get(e.branchId ?? -1) ?? ''}）`;
          return { value: String(e.id), label: { zh: name, en: name } };
        }),
    },
    {
      key: 'serviceItemId',
      label: { zh: t.serviceItem, en: t.serviceItem },
      options: (items.result?.data ?? []).map((s) => {
        const name = `${s.code ?? ''} ${s.name}`.trim();
        return { value: String(s.id), label: { zh: name, en: name } };
      }),
    },
    { key: 'channel', label: { zh: t.channel, en: t.channel }, options: SURVEY_CHANNELS },
  ];

  const data = report.data;
  const drill = (d: DrillDown = {}) => responsesHref(query, branchId, d);
  const channelLabel = (c: string) => SURVEY_CHANNELS.find((o) => o.value === c)?.label[lang] ?? c;
  const compare = (rows: FigureRow[], title: string) => (
    <CompareChart
      title={title}
      rows={rows}
      loading={report.loading}
      error={report.error}
      onRetry={report.refetch}
      href={drill()}
    />
  );
  const trendPeriod = trend.data?.period;
  // The follow-up figures are another report, read under its own right (managers, administrators).
  const role = readSession()?.user.role;
  const mayReadFollowUps = isRole(role) && canReport(role, 'follow-ups');

  return (
    // `position` + `overflow: clip`: the kit's screen-reader tables are positioned absolutely and
    // a <table> ignores its 1px width; clipped here, they no longer widen the page.
    <div style={{ padding: 24, position: 'relative', overflow: 'clip' }}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Flex justify="space-between" align="center" wrap gap={12}>
          <div>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t.title}
            </Typography.Title>
            <Typography.Text type="secondary">{t.subtitle}</Typography.Text>
          </div>
          <DownloadButton query={reportQuery} />
        </Flex>
        <ReportFilterBar
          query={query}
          onChange={setQuery}
          branches={branchList.map((b) => ({ code: b.code ?? '', name: `${b.code ?? ''} ${b.name}` }))}
          extra={extra}
        />
        {report.computedIn === 'browser' && <Alert type="info" showIcon message={t.computedInBrowser} />}
        {report.error && <Alert type="error" showIcon message={report.error.message} role="alert" />}
        <Headline
          overall={data?.overall}
          lowScores={data?.lowScores.length}
          loading={report.loading}
          href={drill()}
          excludedHref={drill({ invalid: true })}
        />
        <Row gutter={[16, 16]}>
          <Col xs={24}>
            <TrendChart
              trend={trend}
              href={drill({ period: trendPeriod })}
              monthHref={(m) => drill({ period: { from: monthFirstDay(m), to: monthLastDay(m) } })}
            />
          </Col>
          <Col xs={24} lg={12}>
            <DimensionChart report={report} href={drill()} />
          </Col>
          <Col xs={24} lg={12}>
            <NpsChart report={report} href={drill()} />
          </Col>
          <Col xs={24} lg={12}>
            {compare(
              ranked(
                data?.byBranch ?? [],
                (b) => b.code,
                (b) => b.code,
                (b) => drill({ branchId: b.branchId }),
              ),
              t.byBranch,
            )}
          </Col>
          <Col xs={24} lg={12}>
            {compare(
              ranked(
                data?.byChannel ?? [],
                (c) => c.channel,
                (c) => channelLabel(c.channel),
                (c) => drill({ channel: c.channel }),
              ),
              t.byChannel,
            )}
          </Col>
          <Col xs={24} lg={12}>
            {compare(
              ranked(
                data?.byStaff ?? [],
                (s) => String(s.staffId),
                (s) => s.name,
                (s) => drill({ staffId: s.staffId }),
              ),
              t.byStaff,
            )}
          </Col>
          <Col xs={24} lg={12}>
            {compare(
              ranked(
                data?.byServiceItem ?? [],
                (s) => String(s.serviceItemId),
                (s) => s.name,
                (s) => drill({ serviceItemId: s.serviceItemId }),
              ),
              t.byServiceItem,
            )}
          </Col>
        </Row>
        {mayReadFollowUps && (
          <Row gutter={[16, 16]}>
            <Col xs={24} lg={12}>
              <FollowUpCard query={reportQuery} branchId={branchId} />
            </Col>
          </Row>
        )}
        <LowScoreTable rows={data?.lowScores} loading={report.loading} />
      </Space>
    </div>
  );
}

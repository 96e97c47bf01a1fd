import { Link } from '@refinedev/core';
import { Space, Statistic, Typography } from 'antd';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from '../../dashboards/kit/ChartCard';
import { ChartTooltip } from '../../dashboards/kit/ChartTooltip';
import { formatCount, formatPercent } from '../../dashboards/kit/format';
import { listHref } from '../../dashboards/kit/listHref';
import { useReport } from '../../dashboards/kit/useReport';
import type { ReportQuery } from '../../dashboards/kit/useReportQuery';
import type { FollowUpReport } from '../../domain/followUps';
import { useLang } from '../../i18n/lang';
import { COLORS } from './FigureTooltip';
import { periodOf } from './query';
import { format, useDashboardText } from './text';

const HEIGHT = 320;

/**
 * The follow-up success rate (回访统计, reached ÷ due by dueOn) of the same period and branch,
 * by branch: the `follow-ups` report's figures. Shown only to the roles that may read that
 * report (the page hides the card otherwise).
 */
export function FollowUpCard({ query, branchId }: { query: ReportQuery; branchId: number | undefined }) {
  const t = useDashboardText();
  const lang = useLang();
  const { month, from, to, branch } = query;
  const report = useReport<FollowUpReport>('follow-ups', month ? { month, branch } : { from, to, branch });
  const o = report.data?.overall;
  const rows = (report.data?.byBranch ?? []).map((b) => ({ ...b, label: b.code }));
  const period = periodOf(query);
  const href = listHref('follow-ups', {
    dueOn: period ? [period.from, period.to] : undefined,
    branchId: branchId === undefined ? undefined : [branchId],
  });
  return (
    <ChartCard
      title={t.followUps}
      loading={report.loading}
      error={report.error}
      onRetry={report.refetch}
      empty={!o || o.due === 0}
      height={HEIGHT}
      extra={<Link to={href}>{t.openFollowUps}</Link>}
      summary={`${t.successRate} ${formatPercent(o?.successRate, lang)}`}
      table={{
        columns: [
          { key: 'code', title: t.branch },
          { key: 'due', title: t.due },
          { key: 'reached', title: t.reached },
          { key: 'rate', title: t.successRate },
          { key: 'overdue', title: t.overdue },
        ],
        rows: rows.map((r) => ({
          code: r.code,
          due: formatCount(r.due, lang),
          reached: formatCount(r.reached, lang),
          rate: formatPercent(r.successRate, lang),
          overdue: formatCount(r.overdue, lang),
        })),
      }}
    >
      <Space align="baseline" size="large" wrap>
        <Statistic
          title={t.successRate}
          value={formatPercent(o?.successRate, lang)}
          valueRender={() => <span data-testid="followup-rate">{formatPercent(o?.successRate, lang)}</span>}
        />
        <Typography.Text type="secondary">
          {format(t.followUpCounts, {
            due: formatCount(o?.due, lang),
            reached: formatCount(o?.reached, lang),
            overdue: formatCount(o?.overdue, lang),
          })}
        </Typography.Text>
      </Space>
      <ResponsiveContainer width="100%" height={HEIGHT - 90}>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" />
          <YAxis domain={[0, 1]} tickFormatter={(v: number) => formatPercent(v, lang, 0)} width={44} />
          <Tooltip
            content={<ChartTooltip kind={{ successRate: 'percent', due: 'count' }} />}
            cursor={{ fill: 'rgba(0,0,0,0.04)' }}
          />
          <Bar
            dataKey="successRate"
            name={t.successRate}
            fill={COLORS.csat}
            maxBarSize={56}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

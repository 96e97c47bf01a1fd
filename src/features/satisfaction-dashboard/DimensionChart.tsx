import { Link } from '@refinedev/core';
import { Typography } from 'antd';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartCard } from '../../dashboards/kit/ChartCard';
import { ChartTooltip } from '../../dashboards/kit/ChartTooltip';
import { formatScore } from '../../dashboards/kit/format';
import type { ReportState } from '../../dashboards/kit/useReport';
import type { SatisfactionReport } from '../../domain/satisfaction';
import { useLang } from '../../i18n/lang';
import { COLORS, SMALL_SAMPLE_COLOR } from './FigureTooltip';
import { useDashboardText } from './text';

const HEIGHT = 260;

/** The 0–100 score of each dimension over the filter's valid responses (grey on a small sample). */
export function DimensionChart({ report, href }: { report: ReportState<SatisfactionReport>; href: string }) {
  const t = useDashboardText();
  const lang = useLang();
  const overall = report.data?.overall;
  const rows = (report.data?.dimensionLabels ?? []).map((d) => ({
    key: d.key,
    label: d.label,
    score: overall?.dimensions[d.key] ?? null,
  }));
  const small = overall?.smallSample ?? false;
  return (
    <ChartCard
      title={t.dimensions}
      loading={report.loading}
      error={report.error}
      onRetry={report.refetch}
      empty={!overall || overall.valid === 0}
      height={HEIGHT}
      extra={<Link to={href}>{t.openList}</Link>}
      table={{
        columns: [
          { key: 'label', title: t.dimension },
          { key: 'score', title: t.score },
        ],
        rows: rows.map((r) => ({ label: r.label, score: formatScore(r.score, lang) })),
      }}
    >
      <ResponsiveContainer width="100%" height={HEIGHT - 24}>
        <BarChart data={rows} margin={{ top: 16, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="label" interval={0} />
          <YAxis domain={[0, 100]} width={36} />
          <Tooltip content={<ChartTooltip kind="score" />} cursor={{ fill: 'rgba(0,0,0,0.04)' }} />
          <Bar dataKey="score" name={t.score} isAnimationActive={false} maxBarSize={56}>
            {rows.map((r) => (
              <Cell key={r.key} fill={small ? SMALL_SAMPLE_COLOR : COLORS.composite} />
            ))}
            <LabelList
              dataKey="score"
              position="top"
              formatter={(v: unknown) => (typeof v === 'number' ? formatScore(v, lang) : '')}
            />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {small ? t.smallSampleNote : `0–100 = 100 × (mean − 1) ÷ (scale − 1)`}
      </Typography.Text>
    </ChartCard>
  );
}

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

const HEIGHT = 320;

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
  // CJK labels: about 13 px a character.
  const labelWidth = Math.min(120, 16 + Math.max(0, ...rows.map((r) => r.label.length)) * 13);
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
        <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 40, bottom: 0, left: 4 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" domain={[0, 100]} />
          <YAxis type="category" dataKey="label" width={labelWidth} interval={0} />
          <Tooltip content={<ChartTooltip kind="score" />} cursor={{ fill: 'rgba(0,0,0,0.04)' }} />
          <Bar dataKey="score" name={t.score} isAnimationActive={false} maxBarSize={32}>
            {rows.map((r) => (
              <Cell key={r.key} fill={small ? SMALL_SAMPLE_COLOR : COLORS.composite} />
            ))}
            <LabelList
              dataKey="score"
              position="right"
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

import { Link } from '@refinedev/core';
import { Typography } from 'antd';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartCard } from '../../dashboards/kit/ChartCard';
import { formatCount, formatPercent, formatScore } from '../../dashboards/kit/format';
import type { ReportState } from '../../dashboards/kit/useReport';
import type { SatisfactionReport } from '../../domain/satisfaction';
import { useLang } from '../../i18n/lang';
import { COLORS, FigureTooltip, SMALL_SAMPLE_COLOR, type FigureRow } from './FigureTooltip';
import { useDashboardText } from './text';

const HEIGHT = 320;

type TrendRow = FigureRow & { month: string; band: [number, number] | null };

interface Props {
  trend: ReportState<SatisfactionReport>;
  /** Month → its responses list. */
  monthHref(month: string): string;
  /** The responses of the whole trend. */
  href: string;
}

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: TrendRow;
  index?: number;
}

/** A point of a line, grey when its month has a small sample (none for a month without value). */
function dot(color: string, key: 'composite' | 'csat') {
  function TrendDot({ cx, cy, payload, index }: DotProps) {
    if (cx === undefined || cy === undefined || !payload || payload[key] === null)
      return <g key={`${key}-${index}`} />;
    return (
      <circle
        key={`${key}-${index}`}
        cx={cx}
        cy={cy}
        r={4}
        stroke="#fff"
        strokeWidth={1}
        fill={payload.smallSample ? SMALL_SAMPLE_COLOR : color}
      />
    );
  }
  return TrendDot;
}

/**
 * Composite score (left axis, 0–100) and CSAT (right axis, 0–100 %) by month, CSAT with its
 * Wilson 95 % band as a shaded range; months with a small sample get grey points.
 */
export function TrendChart({ trend, monthHref, href }: Props) {
  const t = useDashboardText();
  const lang = useLang();
  const rows: TrendRow[] = (trend.data?.byMonth ?? []).map((m) => ({
    ...m,
    key: m.month,
    label: m.month,
    href: monthHref(m.month),
    band: m.csatLow === null || m.csatHigh === null ? null : [m.csatLow, m.csatHigh],
  }));
  const pct = (v: number) => formatPercent(v, lang, 0);
  return (
    <ChartCard
      title={t.trend}
      loading={trend.loading}
      error={trend.error}
      onRetry={trend.refetch}
      empty={!rows.some((r) => r.valid > 0)}
      height={HEIGHT}
      extra={<Link to={href}>{t.openList}</Link>}
      summary={t.trendNote}
      table={{
        columns: [
          { key: 'month', title: t.month },
          { key: 'composite', title: t.composite },
          { key: 'csat', title: t.csat },
          { key: 'band', title: t.band },
          { key: 'valid', title: t.valid },
        ],
        rows: rows.map((r) => ({
          month: <Link to={r.href}>{r.month}</Link>,
          composite: formatScore(r.composite, lang),
          csat: formatPercent(r.csat, lang),
          band: r.band ? `${formatPercent(r.band[0], lang)} – ${formatPercent(r.band[1], lang)}` : '—',
          valid: `${formatCount(r.valid, lang)}${r.smallSample ? ` (${t.smallSample})` : ''}`,
        })),
      }}
    >
      <ResponsiveContainer width="100%" height={HEIGHT - 24}>
        <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" />
          <YAxis yAxisId="score" domain={[0, 100]} width={36} />
          <YAxis yAxisId="rate" orientation="right" domain={[0, 1]} tickFormatter={pct} width={44} />
          <Tooltip content={<FigureTooltip />} />
          <Legend />
          <Area
            yAxisId="rate"
            dataKey="band"
            name={t.band}
            stroke="none"
            fill={COLORS.band}
            fillOpacity={0.45}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            yAxisId="rate"
            dataKey="csat"
            name={t.csat}
            stroke={COLORS.csat}
            dot={dot(COLORS.csat, 'csat')}
            connectNulls
            isAnimationActive={false}
          />
          <Line
            yAxisId="score"
            dataKey="composite"
            name={t.composite}
            stroke={COLORS.composite}
            dot={dot(COLORS.composite, 'composite')}
            connectNulls
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t.trendNote}
      </Typography.Text>
    </ChartCard>
  );
}

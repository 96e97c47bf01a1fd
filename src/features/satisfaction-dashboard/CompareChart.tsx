import { Link, useGo } from '@refinedev/core';
import { Typography } from 'antd';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartCard } from '../../dashboards/kit/ChartCard';
import { formatCount, formatPercent, formatScore } from '../../dashboards/kit/format';
import { useLang } from '../../i18n/lang';
import { COLORS, FigureTooltip, SMALL_SAMPLE_COLOR, type FigureRow } from './FigureTooltip';
import { format, useDashboardText } from './text';

interface Props {
  title: string;
  rows: FigureRow[];
  loading: boolean;
  error?: Error;
  onRetry(): void;
  /** The responses behind the whole chart. */
  href: string;
}

const ROW_HEIGHT = 26;
const VISIBLE = 300;

/**
 * Groups compared on their composite score (bars), greyed when their sample is small; the
 * tooltip gives every figure, a click on a bar opens the group's responses. Long lists
 * (staff, service items) scroll inside the card.
 */
export function CompareChart({ title, rows, loading, error, onRetry, href }: Props) {
  const t = useDashboardText();
  const lang = useLang();
  const go = useGo();
  const shown = rows.filter((r) => r.responses > 0);
  const small = shown.filter((r) => r.smallSample).length;
  const inner = Math.max(VISIBLE - 24, shown.length * ROW_HEIGHT + 40);
  const labelWidth = Math.min(160, 24 + Math.max(0, ...shown.map((r) => r.label.length)) * 12);
  return (
    <ChartCard
      title={title}
      loading={loading}
      error={error}
      onRetry={onRetry}
      empty={shown.length === 0}
      height={VISIBLE}
      extra={<Link to={href}>{t.openList}</Link>}
      table={{
        columns: [
          { key: 'label', title: t.name },
          { key: 'composite', title: t.composite },
          { key: 'csat', title: t.csat },
          { key: 'nps', title: t.nps },
          { key: 'valid', title: t.valid },
        ],
        rows: shown.map((r) => ({
          label: <Link to={r.href}>{r.label}</Link>,
          composite: formatScore(r.composite, lang),
          csat: formatPercent(r.csat, lang),
          nps: formatScore(r.nps, lang),
          valid: `${formatCount(r.valid, lang)}${r.smallSample ? ` (${t.smallSample})` : ''}`,
        })),
      }}
    >
      <div style={{ height: VISIBLE - 24, overflowY: inner > VISIBLE - 24 ? 'auto' : 'hidden' }}>
        <ResponsiveContainer width="100%" height={inner}>
          <BarChart data={shown} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" domain={[0, 100]} />
            <YAxis type="category" dataKey="label" width={labelWidth} interval={0} />
            <Tooltip content={<FigureTooltip />} cursor={{ fill: 'rgba(0,0,0,0.04)' }} />
            <Bar
              dataKey="composite"
              name={t.composite}
              isAnimationActive={false}
              cursor="pointer"
              onClick={(entry: { payload?: FigureRow }) => entry.payload && go({ to: entry.payload.href })}
            >
              {shown.map((r) => (
                <Cell key={r.key} fill={r.smallSample ? SMALL_SAMPLE_COLOR : COLORS.composite} />
              ))}
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {small > 0 ? format(t.greyNote, { n: small }) : t.clickNote}
      </Typography.Text>
    </ChartCard>
  );
}

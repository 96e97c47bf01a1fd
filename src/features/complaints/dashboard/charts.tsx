import { useGo } from '@refinedev/core';
import type { ReactNode } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { ChartCard, type ChartTable } from '../../../dashboards/kit/ChartCard';
import { ChartTooltip } from '../../../dashboards/kit/ChartTooltip';
import type { ComplaintFigures } from '../../../domain/complaints';
import { LinkButton } from '../../../crud/pages/LinkButton';
import { useComplaintText } from '../text';
import { useFigureFormat, type FigureFormat } from './figures';
import { useDashboardText } from './text';

/** One bar or point of a chart: its label, the complaint list it drills into, and its figures. */
export interface ChartRow extends ComplaintFigures {
  key: string;
  label: string;
  /** The axis label when `label` is too long for it (a branch's code); the tooltip shows `label`. */
  axis?: string;
  href: string;
}

/** The report's loading state, shared by every card. */
export interface CardState {
  loading: boolean;
  error: Error | undefined;
  onRetry(): void;
}

interface ChartProps {
  title: string;
  rows: ChartRow[];
  /** The complaint list the whole chart summarises. */
  href: string;
  state: CardState;
}

const COLORS = {
  received: '#c0487a',
  handled: '#2f7ed8',
  handlingRate: '#52c41a',
  onTimeRate: '#fa8c16',
  meanHoursToResolve: '#722ed1',
  medianHoursToResolve: '#13c2c2',
};

const rateTick = (v: number) => `${Math.round(v * 100)}%`;

const axisOf = (r: ChartRow) => r.axis ?? r.label;

/** The tooltip's title: the row's full label for its (maybe shortened) axis label. */
const fullLabel = (rows: ChartRow[]) => (axis: ReactNode) =>
  rows.find((r) => axisOf(r) === axis)?.label ?? axis;

/** Opens the list behind a bar or a point when it is clicked. */
function useDrill() {
  const go = useGo();
  return (data: unknown) => {
    const href = (data as { payload?: ChartRow } | undefined)?.payload?.href;
    if (href) go({ to: href, type: 'push' });
  };
}

type Column = { key: keyof ComplaintFigures; title: string; show: (v: number | null) => string };

/** The exact figures of a chart as the kit's data table (read by screen readers and tests). */
function tableOf(rows: ChartRow[], groupTitle: string, columns: Column[]): ChartTable {
  return {
    columns: [{ key: 'label', title: groupTitle }, ...columns.map((c) => ({ key: c.key, title: c.title }))],
    rows: rows.map((r) => ({
      label: r.label,
      ...Object.fromEntries(columns.map((c) => [c.key, c.show(r[c.key])])),
    })),
  };
}

function useColumns(f: FigureFormat) {
  const t = useComplaintText();
  const d = useDashboardText();
  return {
    received: { key: 'received', title: t.received, show: f.count },
    handled: { key: 'handled', title: t.handled, show: f.count },
    handlingRate: { key: 'handlingRate', title: t.handlingRate, show: f.rate },
    onTimeRate: { key: 'onTimeRate', title: t.onTimeRate, show: f.rate },
    overdue: { key: 'overdue', title: t.overdueCount, show: f.count },
    mean: { key: 'meanHoursToResolve', title: `${t.meanHours}`, show: f.hours },
    median: { key: 'medianHoursToResolve', title: `${t.medianHours}`, show: f.hours },
    meanShort: d.meanHoursShort,
    medianShort: d.medianHoursShort,
  } satisfies Record<string, Column | string>;
}

function Card({
  title,
  rows,
  href,
  state,
  table,
  empty,
  children,
}: ChartProps & { table: ChartTable; empty: boolean; children: ReactNode }) {
  const t = useComplaintText();
  return (
    <ChartCard
      title={title}
      loading={state.loading}
      error={state.error}
      onRetry={state.onRetry}
      empty={empty || rows.length === 0}
      table={table}
      extra={
        <LinkButton size="small" type="link" to={href}>
          {t.viewList}
        </LinkButton>
      }
    >
      {children}
    </ChartCard>
  );
}

/** Received and handled side by side (by month). */
export function CountsChart(props: ChartProps) {
  const t = useComplaintText();
  const f = useFigureFormat();
  const c = useColumns(f);
  const drill = useDrill();
  const { rows, title } = props;
  return (
    <Card
      {...props}
      empty={rows.every((r) => r.received === 0)}
      table={tableOf(rows, title, [c.received, c.handled, c.overdue])}
    >
      <ResponsiveContainer>
        <BarChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey={axisOf} />
          <YAxis allowDecimals={false} />
          <Tooltip content={<ChartTooltip kind="count" labelFormatter={fullLabel(rows)} />} />
          <Legend />
          <Bar dataKey="received" name={t.received} fill={COLORS.received} onClick={drill} cursor="pointer" />
          <Bar dataKey="handled" name={t.handled} fill={COLORS.handled} onClick={drill} cursor="pointer" />
        </BarChart>
      </ResponsiveContainer>
    </Card>
  );
}

/** Handling rate and on-time rate (by month as lines, by branch as bars); a null rate is a gap, not 0 %. */
export function RatesChart(props: ChartProps & { bars?: boolean }) {
  const t = useComplaintText();
  const f = useFigureFormat();
  const c = useColumns(f);
  const drill = useDrill();
  const go = useGo();
  const { rows, title, bars } = props;
  const series = [
    { key: 'handlingRate' as const, name: t.handlingRate },
    { key: 'onTimeRate' as const, name: t.onTimeRate },
  ];
  const common = [
    <CartesianGrid key="grid" strokeDasharray="3 3" />,
    <XAxis key="x" dataKey={axisOf} />,
    <YAxis key="y" domain={[0, 1]} tickFormatter={rateTick} />,
    <Tooltip key="tip" content={<ChartTooltip kind="percent" labelFormatter={fullLabel(rows)} />} />,
    <Legend key="legend" />,
  ];
  return (
    <Card
      {...props}
      empty={rows.every((r) => r.received === 0)}
      table={tableOf(rows, title, [c.received, c.handled, c.handlingRate, c.onTimeRate])}
    >
      <ResponsiveContainer>
        {bars ? (
          <BarChart data={rows}>
            {common}
            {series.map((s) => (
              <Bar
                key={s.key}
                dataKey={s.key}
                name={s.name}
                fill={COLORS[s.key]}
                onClick={drill}
                cursor="pointer"
              />
            ))}
          </BarChart>
        ) : (
          <LineChart
            data={rows}
            style={{ cursor: 'pointer' }}
            onClick={(state) => {
              const row = rows.find((r) => axisOf(r) === state?.activeLabel);
              if (row) go({ to: row.href, type: 'push' });
            }}
          >
            {common}
            {series.map((s) => (
              <Line key={s.key} dataKey={s.key} name={s.name} stroke={COLORS[s.key]} connectNulls={false} />
            ))}
          </LineChart>
        )}
      </ResponsiveContainer>
    </Card>
  );
}

/** Mean and median hours from receipt to resolution (by month); a month without resolutions is a gap. */
export function HoursChart(props: ChartProps) {
  const f = useFigureFormat();
  const c = useColumns(f);
  const drill = useDrill();
  const { rows, title } = props;
  return (
    <Card
      {...props}
      empty={rows.every((r) => r.handled === 0)}
      table={tableOf(rows, title, [c.handled, c.mean, c.median])}
    >
      <ResponsiveContainer>
        <BarChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey={axisOf} />
          <YAxis />
          <Tooltip content={<ChartTooltip kind="hours" labelFormatter={fullLabel(rows)} />} />
          <Legend />
          <Bar
            dataKey="meanHoursToResolve"
            name={c.meanShort}
            fill={COLORS.meanHoursToResolve}
            onClick={drill}
            cursor="pointer"
          />
          <Bar
            dataKey="medianHoursToResolve"
            name={c.medianShort}
            fill={COLORS.medianHoursToResolve}
            onClick={drill}
            cursor="pointer"
          />
        </BarChart>
      </ResponsiveContainer>
    </Card>
  );
}

/** How many complaints fell in each group (category, severity, channel), and how many were handled. */
export function BreakdownChart(props: ChartProps) {
  const t = useComplaintText();
  const f = useFigureFormat();
  const c = useColumns(f);
  const drill = useDrill();
  const { rows, title } = props;
  return (
    <Card
      {...props}
      empty={rows.every((r) => r.received === 0)}
      table={tableOf(rows, title, [c.received, c.handled, c.handlingRate, c.onTimeRate, c.overdue])}
    >
      <ResponsiveContainer>
        <BarChart data={rows} layout="vertical" margin={{ left: 24 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={130} tick={{ fontSize: 12 }} />
          <Tooltip content={<ChartTooltip kind="count" labelFormatter={fullLabel(rows)} />} />
          <Legend />
          <Bar dataKey="received" name={t.received} fill={COLORS.received} onClick={drill} cursor="pointer" />
          <Bar dataKey="handled" name={t.handled} fill={COLORS.handled} onClick={drill} cursor="pointer" />
        </BarChart>
      </ResponsiveContainer>
    </Card>
  );
}

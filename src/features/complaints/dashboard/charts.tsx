import { useGo } from '@refinedev/core';
import { Table } from 'antd';
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
import type { ComplaintFigures } from '../../../domain/complaints';
import { complaintListHref } from '../links';
import { useComplaintText } from '../text';
import { ChartCard } from './ChartCard';
import { showCount, showRate } from './format';

/** One bar or point of a chart: its label, the list it drills into, and its figures. */
export interface ChartRow extends ComplaintFigures {
  key: string;
  label: string;
  href: string;
}

const COLORS = { received: '#c0487a', handled: '#2f7ed8', handlingRate: '#52c41a', onTimeRate: '#fa8c16' };

const rateTick = (v: number) => `${Math.round(v * 100)}%`;

/** The figure table under a chart: exact values, each row a link to its list. */
function FigureTable({ rows, keys }: { rows: ChartRow[]; keys: (keyof ComplaintFigures)[] }) {
  const t = useComplaintText();
  const go = useGo();
  const title: Record<string, string> = {
    received: t.received,
    handled: t.handled,
    handlingRate: t.handlingRate,
    onTimeRate: t.onTimeRate,
    overdue: t.overdueCount,
  };
  return (
    <Table<ChartRow>
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      columns={[
        {
          key: 'label',
          title: '',
          render: (_: unknown, r) => (
            <a
              href={r.href}
              onClick={(e) => {
                e.preventDefault();
                go({ to: r.href, type: 'push' });
              }}
            >
              {r.label}
            </a>
          ),
        },
        ...keys.map((k) => ({
          key: k,
          title: title[k] ?? k,
          align: 'right' as const,
          render: (_: unknown, r: ChartRow) => (k.endsWith('Rate') ? showRate(r[k]) : showCount(r[k])),
        })),
      ]}
    />
  );
}

/** Opens the list behind a bar or a point when it is clicked. */
function useDrill() {
  const go = useGo();
  return (data: unknown) => {
    const href = (data as { payload?: ChartRow } | undefined)?.payload?.href;
    if (href) go({ to: href, type: 'push' });
  };
}

interface ChartProps {
  title: string;
  rows: ChartRow[];
  href: string;
}

/** Received and handled side by side (by month). */
export function CountsChart({ title, rows, href }: ChartProps) {
  const t = useComplaintText();
  const drill = useDrill();
  return (
    <ChartCard
      title={title}
      href={href}
      empty={rows.every((r) => r.received === 0)}
      table={<FigureTable rows={rows} keys={['received', 'handled', 'overdue']} />}
    >
      <ResponsiveContainer>
        <BarChart data={rows}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="label" />
          <YAxis allowDecimals={false} />
          <Tooltip formatter={(v) => showCount(v as number)} />
          <Legend />
          <Bar dataKey="received" name={t.received} fill={COLORS.received} onClick={drill} cursor="pointer" />
          <Bar dataKey="handled" name={t.handled} fill={COLORS.handled} onClick={drill} cursor="pointer" />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

/** Handling rate and on-time rate (by month as lines, by branch as bars); a null rate is a gap, not 0 %. */
export function RatesChart({ title, rows, href, bars }: ChartProps & { bars?: boolean }) {
  const t = useComplaintText();
  const drill = useDrill();
  const series = [
    { key: 'handlingRate' as const, name: t.handlingRate },
    { key: 'onTimeRate' as const, name: t.onTimeRate },
  ];
  const common = (
    <>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="label" />
      <YAxis domain={[0, 1]} tickFormatter={rateTick} />
      <Tooltip formatter={(v) => showRate(v as number | null)} />
      <Legend />
    </>
  );
  return (
    <ChartCard
      title={title}
      href={href}
      empty={rows.every((r) => r.received === 0)}
      table={<FigureTable rows={rows} keys={['received', 'handlingRate', 'onTimeRate']} />}
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
          <LineChart data={rows}>
            {common}
            {series.map((s) => (
              <Line key={s.key} dataKey={s.key} name={s.name} stroke={COLORS[s.key]} connectNulls={false} />
            ))}
          </LineChart>
        )}
      </ResponsiveContainer>
    </ChartCard>
  );
}

/** How many complaints fell in each group (category, severity, channel). */
export function BreakdownChart({ title, rows, href }: ChartProps) {
  const t = useComplaintText();
  const drill = useDrill();
  return (
    <ChartCard
      title={title}
      href={href}
      empty={rows.every((r) => r.received === 0)}
      table={
        <FigureTable rows={rows} keys={['received', 'handled', 'handlingRate', 'onTimeRate', 'overdue']} />
      }
    >
      <ResponsiveContainer>
        <BarChart data={rows} layout="vertical" margin={{ left: 24 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="label" width={110} />
          <Tooltip formatter={(v) => showCount(v as number)} />
          <Bar dataKey="received" name={t.received} fill={COLORS.received} onClick={drill} cursor="pointer" />
          <Bar dataKey="handled" name={t.handled} fill={COLORS.handled} onClick={drill} cursor="pointer" />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}

export { complaintListHref };

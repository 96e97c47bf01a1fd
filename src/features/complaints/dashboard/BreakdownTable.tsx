import { Link } from '@refinedev/core';
import { Card, Segmented, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { ComplaintFigures } from '../../../domain/complaints';
import { useComplaintText } from '../text';
import type { CardState, ChartRow } from './charts';
import { useFigureFormat } from './figures';
import type { DashboardRows } from './rows';
import { useDashboardText } from './text';

type Dimension = 'byBranch' | 'byCategory' | 'bySeverity' | 'byChannel' | 'byHandler';

/**
 * Every §4 figure of one breakdown (branch, category, severity, channel or handler) as exact
 * values — refunds, resolve hours and handling satisfaction included — each group linking to
 * its complaint list.
 */
export function BreakdownTable({ rows, state }: { rows: DashboardRows | undefined; state: CardState }) {
  const t = useComplaintText();
  const d = useDashboardText();
  const f = useFigureFormat();
  const [dimension, setDimension] = useState<Dimension>('byBranch');
  const figure = (key: keyof ComplaintFigures, title: string, show: (v: number | null) => string) => ({
    key,
    title,
    align: 'right' as const,
    render: (_: unknown, r: ChartRow) => show(r[key]),
  });
  const columns: ColumnsType<ChartRow> = [
    {
      key: 'label',
      title: d.group,
      width: 200,
      render: (_: unknown, r) => <Link to={r.href}>{r.label}</Link>,
    },
    figure('received', t.received, f.count),
    figure('handled', t.handled, f.count),
    figure('handlingRate', t.handlingRate, f.rate),
    figure('onTimeRate', t.onTimeRate, f.rate),
    figure('respondOnTimeRate', t.respondOnTimeRate, f.rate),
    figure('overdue', t.overdueCount, f.count),
    figure('meanHoursToResolve', t.meanHours, f.hours),
    figure('medianHoursToResolve', t.medianHours, f.hours),
    figure('reopenRate', t.reopenRate, f.rate),
    figure('handlingSatisfaction', t.handlingSatisfaction, f.satisfaction),
    figure('handlingSatisfactionTop2', t.handlingSatisfactionTop2, f.rate),
    figure('refunds', t.refunds, f.money),
  ];
  return (
    <Card
      size="small"
      title={d.breakdownTable}
      extra={
        <Segmented<Dimension>
          aria-label={d.dimension}
          value={dimension}
          onChange={setDimension}
          options={[
            { value: 'byBranch', label: d.dimBranch },
            { value: 'byCategory', label: d.dimCategory },
            { value: 'bySeverity', label: d.dimSeverity },
            { value: 'byChannel', label: d.dimChannel },
            { value: 'byHandler', label: d.dimHandler },
          ]}
        />
      }
    >
      <Table<ChartRow>
        size="small"
        rowKey="key"
        loading={state.loading}
        pagination={false}
        scroll={{ x: true }}
        dataSource={rows?.[dimension] ?? []}
        columns={columns}
        locale={{ emptyText: t.noData }}
      />
    </Card>
  );
}

import { Card, Empty, Skeleton, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { ErrorState } from '../../../crud/pages/ListStates';
import { useAppraisalText } from '../text';

interface Props<Row> {
  title: string;
  loading: boolean;
  /** The report's failure (the kit's ReportRequestError carries the backend's message). */
  error: Error | null;
  onRetry(): void;
  /** The chart (decorative for screen readers: the table carries the same figures). */
  chart?: ReactNode;
  columns: ColumnsType<Row>;
  rows: Row[];
  rowKey(row: Row): string | number;
}

/** One figure of the dashboard: a chart and, under it, the table of the same numbers. */
export function FigureCard<Row extends object>({
  title,
  loading,
  error,
  onRetry,
  chart,
  columns,
  rows,
  rowKey,
}: Props<Row>) {
  const t = useAppraisalText();
  const slug = title.replace(/\s+/g, '-');
  return (
    <Card title={<span id={`fig-${slug}`}>{title}</span>} size="small" style={{ height: '100%' }}>
      {error ? (
        <ErrorState
          error={{ message: error.message, statusCode: (error as { status?: number }).status ?? 500 }}
          onRetry={onRetry}
        />
      ) : loading ? (
        <Skeleton active />
      ) : rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t.noData} />
      ) : (
        <section aria-labelledby={`fig-${slug}`}>
          {chart && <div aria-hidden="true">{chart}</div>}
          <Table<Row> size="small" pagination={false} columns={columns} dataSource={rows} rowKey={rowKey} />
        </section>
      )}
    </Card>
  );
}

import { Alert, Button, Card, Empty, Spin } from 'antd';
import { useId, type CSSProperties, type ReactNode } from 'react';
import { format } from '../../schema/labels';
import { useReportsText } from './text';

/** The figures of a chart as a table, for screen readers (and anyone who wants the numbers). */
export interface ChartTable {
  columns: { key: string; title: string }[];
  /** Cells already formatted (use the kit's format helpers). */
  rows: Record<string, ReactNode>[];
}

interface Props {
  title: string;
  loading?: boolean;
  error?: Error;
  onRetry?(): void;
  /** True when there is nothing to draw: an empty state instead of an empty chart. */
  empty?: boolean;
  /** One sentence summing the chart up, read by screen readers before the table. */
  summary?: string;
  table?: ChartTable;
  /** Shown in the card's header (a download button, a link to the list). */
  extra?: ReactNode;
  height?: number;
  children?: ReactNode;
}

const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  padding: 0,
  margin: -1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};

/**
 * One chart of a dashboard with its states: loading, error with retry, empty, and the chart.
 * The chart itself is hidden from screen readers, which read `summary` and the data table
 * instead (a drawing of bars says nothing to them).
 */
export function ChartCard({
  title,
  loading,
  error,
  onRetry,
  empty,
  summary,
  table,
  extra,
  height = 280,
  children,
}: Props) {
  const t = useReportsText();
  const titleId = useId();
  let body: ReactNode;
  if (loading) {
    body = (
      <div role="status" aria-live="polite" style={{ height, display: 'grid', placeItems: 'center' }}>
        <Spin tip={t.loading}>
          <span style={visuallyHidden}>{t.loading}</span>
        </Spin>
      </div>
    );
  } else if (error) {
    body = (
      <Alert
        type="error"
        showIcon
        role="alert"
        message={t.loadFailed}
        description={error.message}
        action={
          onRetry && (
            <Button size="small" onClick={onRetry}>
              {t.retry}
            </Button>
          )
        }
      />
    );
  } else if (empty) {
    body = <Empty description={t.empty} style={{ height, display: 'grid', placeContent: 'center' }} />;
  } else {
    body = (
      <>
        {summary && <p style={visuallyHidden}>{summary}</p>}
        <div aria-hidden="true" style={{ width: '100%', height }}>
          {children}
        </div>
        {table && (
          // The wrapper hides it: a table ignores a 1 px width and would widen the page.
          <div style={visuallyHidden}>
            <table>
              <caption>{format(t.dataTable, { title })}</caption>
              <thead>
                <tr>
                  {table.columns.map((c) => (
                    <th key={c.key} scope="col">
                      {c.title}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row, i) => (
                  <tr key={i}>
                    {table.columns.map((c) => (
                      <td key={c.key}>{row[c.key]}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </>
    );
  }
  return (
    <Card
      title={<span id={titleId}>{title}</span>}
      extra={extra}
      role="figure"
      aria-labelledby={titleId}
      aria-busy={loading || undefined}
    >
      {body}
    </Card>
  );
}

import { Card, Empty } from 'antd';
import type { ReactNode } from 'react';
import { LinkButton } from '../../../crud/pages/LinkButton';
import { useComplaintText } from '../text';

interface Props {
  title: string;
  /** The complaint list this chart summarises (drill-down). */
  href: string;
  empty: boolean;
  children: ReactNode;
  /** The exact figures as a table, for keyboard and screen-reader users (and anyone checking). */
  table?: ReactNode;
}

/** A chart with its title, a link to the list it summarises, an empty state and its data table. */
export function ChartCard({ title, href, empty, children, table }: Props) {
  const t = useComplaintText();
  return (
    <Card
      title={title}
      size="small"
      extra={
        <LinkButton size="small" type="link" to={href}>
          {t.viewList}
        </LinkButton>
      }
    >
      {empty ? (
        <Empty description={t.noData} />
      ) : (
        <>
          <div style={{ width: '100%', height: 260 }} aria-hidden="true">
            {children}
          </div>
          {table && (
            <details>
              <summary>{title}</summary>
              {table}
            </details>
          )}
        </>
      )}
    </Card>
  );
}

import type { BaseRecord } from '@refinedev/core';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import { GenericList } from '../../crud/pages';
import type { ComplaintStatus } from '../../domain/complaints';
import type { ResourceDef } from '../../schema/resource';
import { DeadlineTag } from './DeadlineTag';
import { QuickFilters } from './QuickFilters';
import { useComplaintText } from './text';
import { useNow } from './useNow';

/** The generated complaint list, with quick filters and a live deadline column (overdue tag, time left). */
export function ComplaintList({ resource }: { resource: ResourceDef }) {
  const t = useComplaintText();
  const nowMs = useNow();
  const extraColumns = useMemo<ColumnsType<BaseRecord>>(
    () => [
      {
        key: '__deadline',
        title: t.deadline,
        render: (_: unknown, row: BaseRecord) => (
          <DeadlineTag
            nowMs={nowMs}
            complaint={{
              status: row.status as ComplaintStatus,
              resolveDueAt: (row.resolveDueAt as string | null) ?? null,
              resolvedAt: (row.resolvedAt as string | null) ?? null,
            }}
          />
        ),
      },
    ],
    [t, nowMs],
  );
  return (
    <GenericList resource={resource} extraColumns={extraColumns} toolbar={<QuickFilters nowMs={nowMs} />} />
  );
}

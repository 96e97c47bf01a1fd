import type { BaseRecord } from '@refinedev/core';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { useLocation, useNavigationType } from 'react-router';
import { GenericList } from '../../crud/pages';
import type { ComplaintStatus } from '../../domain/complaints';
import type { ResourceDef } from '../../schema/resource';
import { deadlineTag } from './DeadlineTag';
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
        // Elements, not a component per row: the texts and the time are the list's.
        render: (_: unknown, row: BaseRecord) =>
          deadlineTag(
            {
              status: row.status as ComplaintStatus,
              resolveDueAt: (row.resolveDueAt as string | null) ?? null,
              resolvedAt: (row.resolvedAt as string | null) ?? null,
            },
            nowMs,
            t,
          ),
      },
    ],
    [t, nowMs],
  );
  const listKey = useListGeneration();
  return (
    <GenericList
      key={listKey}
      resource={resource}
      extraColumns={extraColumns}
      toolbar={<QuickFilters nowMs={nowMs} />}
    />
  );
}

/**
 * refine's table reads its filters from the URL only when it mounts, then writes them back with
 * `replace`. A quick filter (or the back button) changes the URL of the list already on screen:
 * a new list generation on every navigation that is not the table's own `replace`, so the list
 * shows what the URL now says.
 */
function useListGeneration(): string {
  const location = useLocation();
  const navigation = useNavigationType();
  const [generation, setGeneration] = useState(location.key);
  const [seen, setSeen] = useState(location.key);
  if (location.key !== seen) {
    setSeen(location.key);
    if (navigation !== 'REPLACE') setGeneration(location.key);
  }
  return generation;
}

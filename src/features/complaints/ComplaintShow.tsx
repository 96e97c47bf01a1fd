import { CanAccess, useOne, useParsed, type BaseRecord, type HttpError } from '@refinedev/core';
import { Card } from 'antd';
import { useMemo } from 'react';
import { GenericShow } from '../../crud/pages';
import { CrudPage } from '../../crud/pages/CrudPage';
import { RelatedList } from '../../crud/pages/RelatedList';
import { retryTransient } from '../../crud/pages/retry';
import type { ComplaintStatus, HistoryEntry } from '../../domain/complaints';
import type { ResourceDef } from '../../schema/resource';
import { ComplaintActions } from './ComplaintActions';
import { ComplaintTimeline } from './ComplaintTimeline';
import { DeadlineTag } from './DeadlineTag';
import { useComplaintText } from './text';
import { useNow } from './useNow';

/**
 * The generated show page, then the lifecycle — deadline, the allowed actions, the timeline —
 * and only then the related lists, each shown to the roles that may read it (a customer-service
 * clerk does not see sanctions: no "access denied" block on every complaint). The history is
 * drawn as the timeline, not repeated as a table in the details.
 */
export function ComplaintShow({ resource }: { resource: ResourceDef }) {
  const { id } = useParsed();
  const t = useComplaintText();
  const nowMs = useNow();
  // The same query as the generic page's: one request, shared through refine's cache.
  const { result: record } = useOne<BaseRecord, HttpError>({
    resource: resource.name,
    id,
    queryOptions: { enabled: id !== undefined, retry: retryTransient },
    errorNotification: false,
  });
  const details = useMemo(
    () => ({ ...resource, fields: resource.fields.filter((f) => f.name !== 'history'), related: [] }),
    [resource],
  );
  return (
    <>
      <GenericShow resource={details} />
      {record && (
        <CrudPage>
          <Card size="small" title={t.deadline} style={{ marginTop: 16 }}>
            <DeadlineTag
              nowMs={nowMs}
              complaint={{
                status: record.status as ComplaintStatus,
                resolveDueAt: (record.resolveDueAt as string | null) ?? null,
                resolvedAt: (record.resolvedAt as string | null) ?? null,
              }}
            />
          </Card>
          <ComplaintActions record={record} />
          <ComplaintTimeline history={(record.history as HistoryEntry[] | undefined) ?? []} />
          {resource.related?.map((r) => (
            <CanAccess key={`${r.resource}.${r.field}`} resource={r.resource} action="list" fallback={null}>
              <RelatedList related={r} parentId={record.id ?? (id as string | number)} />
            </CanAccess>
          ))}
        </CrudPage>
      )}
    </>
  );
}

import { useOne, useParsed, type BaseRecord, type HttpError } from '@refinedev/core';
import { Card } from 'antd';
import { GenericShow } from '../../crud/pages';
import { retryTransient } from '../../crud/pages/retry';
import type { ComplaintStatus, HistoryEntry } from '../../domain/complaints';
import type { ResourceDef } from '../../schema/resource';
import { ComplaintActions } from './ComplaintActions';
import { ComplaintTimeline } from './ComplaintTimeline';
import { DeadlineTag } from './DeadlineTag';
import { useComplaintText } from './text';
import { useNow } from './useNow';

/** The generated show page, then the lifecycle: deadline, the allowed actions and the timeline. */
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
  return (
    <>
      <GenericShow resource={resource} />
      {record && (
        <div className="sq-crud" style={{ padding: '0 24px 24px' }}>
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
        </div>
      )}
    </>
  );
}

import { useMany, type BaseKey, type BaseRecord } from '@refinedev/core';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { FieldDef } from '../../schema/fields';
import { roleMay } from '../../providers/accessControl';
import { collectReferences, referencedResources } from '../widgets/registry';
import { ReferenceLinks } from './ReferenceLinks';

interface Loaded {
  records: ReadonlyMap<string, BaseRecord>;
  pending: boolean;
  /** False when the signed-in role may not read the resource: nothing is asked, ids stay ids. */
  readable: boolean;
}

const ScopeContext = createContext<ReadonlyMap<string, Loaded>>(new Map());

export interface ReferenceRequest {
  resource: string;
  ids: BaseKey[];
}

/** Ids in numeric order: one collator (`localeCompare` with options makes one per comparison). */
const BY_ID = new Intl.Collator('en', { numeric: true });

/**
 * The references a page shows, one request per resource the fields can refer to (a fixed
 * list, so the tree below never remounts) with the unique ids found in the records, sorted.
 */
export function referenceRequests(
  fields: FieldDef[],
  records: readonly Record<string, unknown>[],
): ReferenceRequest[] {
  const ids = new Map<string, Map<string, BaseKey>>(referencedResources(fields).map((r) => [r, new Map()]));
  for (const record of records) {
    collectReferences(fields, record, (resource, id) => ids.get(resource)?.set(String(id), id));
  }
  return [...ids].map(([resource, byKey]) => ({
    resource,
    ids: [...byKey.values()].sort((a, b) => BY_ID.compare(String(a), String(b))),
  }));
}

/** Loads the records of one resource that the page refers to: one `useMany`, one request. */
function ManyLoader({ request, children }: { request: ReferenceRequest; children: ReactNode }) {
  const parent = useContext(ScopeContext);
  const { resource, ids } = request;
  // A request the backend would refuse (403) is not sent: a role sees ids of what it may not read.
  const readable = roleMay(resource, 'read');
  const { result, query } = useMany({
    resource,
    ids,
    queryOptions: { enabled: ids.length > 0 && readable },
    errorNotification: false,
  });
  const value = useMemo(() => {
    const records = new Map(result.data.map((r) => [String(r.id), r]));
    return new Map(parent).set(resource, { records, pending: query.isFetching, readable });
  }, [parent, resource, result.data, query.isFetching, readable]);
  return <ScopeContext.Provider value={value}>{children}</ScopeContext.Provider>;
}

/** Makes the referred records of a page available to its cells, batched per resource. */
export function ReferenceScope({
  requests,
  children,
}: {
  requests: ReferenceRequest[];
  children: ReactNode;
}) {
  return (
    <ReferenceLinks>
      {requests.reduceRight<ReactNode>(
        (inner, request) => (
          <ManyLoader request={request}>{inner}</ManyLoader>
        ),
        children,
      )}
    </ReferenceLinks>
  );
}

/** The referred record, if loaded; `pending` while its resource's request runs. */
export function useReferencedRecord(
  resource: string,
  id: BaseKey,
): { record?: BaseRecord; pending: boolean; readable: boolean } {
  const loaded = useContext(ScopeContext).get(resource);
  return {
    record: loaded?.records.get(String(id)),
    pending: loaded?.pending ?? false,
    readable: loaded?.readable ?? true,
  };
}

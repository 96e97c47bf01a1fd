import type { BaseRecord, DataProvider, GetListParams, GetListResponse } from '@refinedev/core';
import type { QueryClient } from '@tanstack/react-query';

/**
 * A list request fetched before the page that makes it has rendered (the first page of a list
 * opened by its address: see src/app/firstListRequest.ts), so that its answer travels while the
 * console's code loads and renders instead of after. One at a time, answered once.
 */
interface Ahead {
  key: string;
  at: number;
  response: Promise<GetListResponse>;
  /** The answer, once it has arrived. */
  answer?: GetListResponse;
}

let ahead: Ahead | undefined;

/** Older than this, an answer fetched ahead is not used (the page would show stale rows). */
const FRESH_MS = 15_000;

/** What identifies a list request: its resource, page, order and filters (not refine's meta). */
export function listRequestKey(
  p: Pick<GetListParams, 'resource' | 'pagination' | 'sorters' | 'filters'>,
): string {
  const page = p.pagination ?? {};
  return JSON.stringify([
    p.resource,
    page.currentPage ?? 1,
    page.pageSize ?? 10,
    page.mode ?? 'server',
    p.sorters ?? [],
    p.filters ?? [],
  ]);
}

export function fetchListAhead(provider: DataProvider, params: GetListParams, now = Date.now()): void {
  const response = provider.getList(params);
  const entry: Ahead = { key: listRequestKey(params), at: now, response };
  // A failure is reported by the page's own request, made afresh (see below), not here.
  response.then((answer) => (entry.answer = answer)).catch(() => undefined);
  ahead = entry;
}

/**
 * Puts an answer that has already arrived into refine's query the moment the list creates it
 * (refine's key: `['data', provider, resource, 'list', params]`), so that the table's first
 * render has its rows instead of rendering empty and waiting a round for its own request. That
 * request still runs (the data counts as stale) and is answered from the same fetch.
 */
export function seedListsFetchedAhead(queryClient: QueryClient, clock: () => number = Date.now): void {
  queryClient.getQueryCache().subscribe((event) => {
    const taken = ahead;
    if (event.type !== 'added' || !taken?.answer || clock() - taken.at >= FRESH_MS) return;
    const [scope, , resource, action, params] = event.query.queryKey;
    if (scope !== 'data' || action !== 'list' || typeof resource !== 'string') return;
    if (typeof params !== 'object' || params === null) return;
    const request = params as Pick<GetListParams, 'pagination' | 'sorters' | 'filters'>;
    if (listRequestKey({ ...request, resource }) !== taken.key) return;
    queryClient.setQueryData(event.query.queryKey, taken.answer, { updatedAt: taken.at });
  });
}

/** `provider`, answering the request fetched ahead from that fetch (once; afresh if it failed). */
export function withListFetchedAhead(provider: DataProvider, clock: () => number = Date.now): DataProvider {
  return {
    ...provider,
    getList: <TData extends BaseRecord = BaseRecord>(params: GetListParams) => {
      const taken = ahead;
      if (!taken || taken.key !== listRequestKey(params) || clock() - taken.at >= FRESH_MS)
        return provider.getList<TData>(params);
      ahead = undefined;
      // The rows are the resource's records, as the page's own request would type them.
      const response = taken.response as Promise<GetListResponse<TData>>;
      return response.catch(() => provider.getList<TData>(params));
    },
  };
}

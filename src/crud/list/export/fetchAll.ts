import type { BaseKey, BaseRecord, CrudFilter, CrudSort, DataProvider } from '@refinedev/core';
import type { FieldDef } from '../../../schema/fields';
import type { Lang } from '../../../schema/labels';
import type { ResourceDef } from '../../../schema/resource';
import { recordTitle } from '../../references/title';
import { collectReferences } from '../../widgets/registry';
import type { ReferenceNames } from './rows';

/** Rows per request while exporting: few requests, each small enough for the mock API's JSON. */
export const EXPORT_PAGE_SIZE = 1000;
/** Ids per `getMany` (they travel in the query string). */
const IDS_PER_REQUEST = 100;

export interface FetchProgress {
  signal?: AbortSignal;
  /** Rows read so far and the list's total (as the API counts it). */
  onRows?(done: number, total: number): void;
}

/**
 * Every record of a list, page after page, with the list's own filters and sort: exactly what
 * the user sees, in the user's view (the API filters by branch and masks by role).
 */
export async function fetchAllRecords(
  provider: DataProvider,
  resource: string,
  query: { filters: CrudFilter[]; sorters: CrudSort[] },
  { signal, onRows }: FetchProgress = {},
  pageSize = EXPORT_PAGE_SIZE,
): Promise<BaseRecord[]> {
  const out: BaseRecord[] = [];
  for (let page = 1; ; page++) {
    signal?.throwIfAborted();
    const { data, total } = await provider.getList({
      resource,
      pagination: { currentPage: page, pageSize, mode: 'server' },
      filters: query.filters,
      sorters: query.sorters,
    });
    signal?.throwIfAborted();
    out.push(...data);
    onRows?.(out.length, Math.max(total, out.length));
    if (data.length < pageSize || out.length >= total) return out;
  }
}

/**
 * The names of the records the exported fields refer to, one `getMany` per resource and batch
 * of ids. A resource the user may not read is left out (its cells show `#id`, as the list does).
 */
export async function fetchReferenceNames(
  provider: DataProvider,
  fields: FieldDef[],
  records: readonly BaseRecord[],
  lookup: (name: string) => ResourceDef | undefined,
  lang: Lang,
  signal?: AbortSignal,
): Promise<ReferenceNames> {
  const wanted = new Map<string, Map<string, BaseKey>>();
  for (const record of records) {
    collectReferences(fields, record, (resource, id) => {
      const ids = wanted.get(resource) ?? new Map<string, BaseKey>();
      ids.set(String(id), id);
      wanted.set(resource, ids);
    });
  }
  const names = new Map<string, Map<string, string>>();
  for (const [resource, byKey] of wanted) {
    const def = lookup(resource);
    const found = new Map<string, string>();
    const ids = [...byKey.values()];
    for (let i = 0; i < ids.length; i += IDS_PER_REQUEST) {
      signal?.throwIfAborted();
      try {
        const data = await getMany(provider, resource, ids.slice(i, i + IDS_PER_REQUEST));
        for (const r of data) found.set(String(r.id), recordTitle(def, r, lang));
      } catch (error) {
        if (signal?.aborted) throw error;
        break; // forbidden or failed: ids stay as they are
      }
    }
    names.set(resource, found);
  }
  return names;
}

async function getMany(provider: DataProvider, resource: string, ids: BaseKey[]): Promise<BaseRecord[]> {
  if (provider.getMany) return (await provider.getMany({ resource, ids })).data;
  return Promise.all(ids.map(async (id) => (await provider.getOne({ resource, id })).data));
}

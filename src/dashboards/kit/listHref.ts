import { stringifyTableParams, type CrudFilter } from '@refinedev/core';
import { getResource } from '../../resources';
import { crudFiltersOf } from '../../crud/pages/FilterBar';
import type { FilterValue } from '../../schema/filters';
import type { ResourceDef } from '../../schema/resource';

/**
 * The URL of a resource's generic list with filters applied — "drill down" from a chart to the
 * records behind a figure. Values are given as the list's filter bar holds them (field name →
 * control value: `{ status: ['received'], receivedAt: ['2026-03-01', '2026-03-31'] }`), turned
 * into refine filters by the same function the filter bar uses, and written in refine's
 * `syncWithLocation` format, which the generic list reads back on open.
 */
export function listHref(
  resource: ResourceDef | string,
  filters: Record<string, FilterValue | null | undefined> | CrudFilter[],
): string {
  const def = typeof resource === 'string' ? getResource(resource) : resource;
  if (!def) throw new Error(`listHref: unknown resource ${String(resource)}`);
  const crud = Array.isArray(filters)
    ? filters
    : crudFiltersOf(
        def.fields.filter((f) => f.name in filters),
        filters,
      );
  // refine writes the query without encoding: encode each value so `&`, `#`, `%` or `+` in it
  // survive; refine's parser decodes them once.
  const encoded = crud.map((f) => encodeFilter(f));
  const query = stringifyTableParams({ pagination: { currentPage: 1 }, sorters: [], filters: encoded });
  return `/${def.name}?${query}`;
}

function encodeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(encodeValue);
  return typeof value === 'string' ? encodeURIComponent(value) : value;
}

function encodeFilter(filter: CrudFilter): CrudFilter {
  if ('field' in filter) return { ...filter, value: encodeValue(filter.value) };
  return { ...filter, value: filter.value.map(encodeFilter) } as CrudFilter;
}

import { stringifyTableParams, type CrudFilter } from '@refinedev/core';
import { OPEN_STATUSES } from '../../domain/complaints';

/**
 * Links to the complaint list with filters, in refine's URL form (the list restores its filters
 * from the URL): the quick filters and the dashboard's drill-downs.
 */
export function complaintListHref(filters: CrudFilter[]): string {
  const query = stringifyTableParams({
    filters,
    sorters: [{ field: 'resolveDueAt', order: 'asc' }],
    pagination: { currentPage: 1, pageSize: 20 },
  });
  return `/complaints?${query}`;
}

/** Still being worked on: received, acknowledged or investigating. */
export const openFilter: CrudFilter = { field: 'status', operator: 'eq', value: [...OPEN_STATUSES] };

/** Unresolved and past the deadline at `nowMs`. */
export function overdueFilters(nowMs: number): CrudFilter[] {
  return [openFilter, { field: 'resolveDueAt', operator: 'lte', value: new Date(nowMs).toISOString() }];
}

/** Unresolved and due within the next 24 hours of `nowMs`. */
export function dueSoonFilters(nowMs: number): CrudFilter[] {
  return [
    openFilter,
    { field: 'resolveDueAt', operator: 'gte', value: new Date(nowMs).toISOString() },
    { field: 'resolveDueAt', operator: 'lte', value: new Date(nowMs + 24 * 3_600_000).toISOString() },
  ];
}

export function handlerFilter(employeeId: number): CrudFilter {
  return { field: 'handlerId', operator: 'eq', value: employeeId };
}

/** The filters of a received-in-period drill-down (Shanghai days, as the list's date filter sends them). */
export function receivedBetween(fromInstant: string, toInstant: string): CrudFilter[] {
  return [
    { field: 'receivedAt', operator: 'gte', value: fromInstant },
    { field: 'receivedAt', operator: 'lte', value: toInstant },
  ];
}

/** A complaint's show page (the console's `/{resource}/show/:id` routes). */
export function complaintShowHref(id: number): string {
  return `/complaints/show/${id}`;
}

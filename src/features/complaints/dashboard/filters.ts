import type { CrudFilter } from '@refinedev/core';
import { addMonths, isMonth, monthLastDay, shanghaiDayEnd, shanghaiDayStart } from '../../../schema/time';
import { receivedBetween } from '../links';

/** The dashboard's filters, as kept in the URL: months of receipt, branch code, category, severity. */
export interface DashboardFilters {
  fromMonth: string;
  toMonth: string;
  branch?: string;
  category?: string;
  severity?: string;
}

/** The last full month before `nowMs` (Shanghai), the default period. */
export function lastMonth(nowMs: number): string {
  const shanghai = new Date(nowMs + 8 * 3_600_000).toISOString().slice(0, 7);
  return addMonths(shanghai, -1);
}

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined);

/** Filters from URL query values; anything malformed falls back to the default. */
export function filtersFromQuery(query: Record<string, unknown>, nowMs: number): DashboardFilters {
  const fallback = lastMonth(nowMs);
  const from = text(query.from);
  const to = text(query.to);
  const fromMonth = from && isMonth(from) ? from : fallback;
  const toMonth = to && isMonth(to) && to >= fromMonth ? to : fromMonth;
  return {
    fromMonth,
    toMonth,
    branch: text(query.branch),
    category: text(query.category),
    severity: text(query.severity),
  };
}

export function filtersToQuery(f: DashboardFilters): Record<string, string> {
  const out: Record<string, string> = { from: f.fromMonth, to: f.toMonth };
  if (f.branch) out.branch = f.branch;
  if (f.category) out.category = f.category;
  if (f.severity) out.severity = f.severity;
  return out;
}

/** The report route's query for these filters (`GET /api/reports/complaints`). */
export function reportQuery(f: DashboardFilters): Record<string, string> {
  const out: Record<string, string> = { from: `${f.fromMonth}-01`, to: monthLastDay(f.toMonth) };
  if (f.branch) out.branch = f.branch;
  if (f.category) out.category = f.category;
  if (f.severity) out.severity = f.severity;
  return out;
}

/**
 * The complaint-list filters of a figure: received in the period (Shanghai day bounds, as the
 * list's own date filter sends them), in the branch, category and severity — plus `extra`.
 */
export function drillFilters(
  f: DashboardFilters,
  branchId: number | undefined,
  extra: CrudFilter[] = [],
  months?: { from: string; to: string },
): CrudFilter[] {
  const period = months ?? { from: f.fromMonth, to: f.toMonth };
  const out = receivedBetween(shanghaiDayStart(`${period.from}-01`), shanghaiDayEnd(monthLastDay(period.to)));
  if (branchId !== undefined) out.push({ field: 'branchId', operator: 'eq', value: branchId });
  if (f.category) out.push({ field: 'category', operator: 'eq', value: f.category });
  if (f.severity) out.push({ field: 'severity', operator: 'eq', value: f.severity });
  return [...out, ...extra];
}

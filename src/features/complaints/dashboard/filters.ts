import type { CrudFilter } from '@refinedev/core';
import type { ReportQuery } from '../../../dashboards/kit/useReportQuery';
import {
  addMonths,
  isDate,
  isMonth,
  monthFirstDay,
  monthLastDay,
  shanghaiDayEnd,
  shanghaiDayStart,
  shanghaiMonth,
} from '../../../schema/time';
import { receivedBetween } from '../links';

/** How many full months the dashboard shows when the URL names no period. */
export const DEFAULT_MONTHS = 6;

/** The last `DEFAULT_MONTHS` full Shanghai months before `nowMs`: a trend, not a single bar. */
export function defaultPeriod(nowMs: number): { from: string; to: string } {
  const last = addMonths(shanghaiMonth(nowMs), -1);
  return { from: monthFirstDay(addMonths(last, 1 - DEFAULT_MONTHS)), to: monthLastDay(last) };
}

/** The Shanghai days a dashboard query covers (month, year or from–to), or null when malformed. */
export function periodOf(query: ReportQuery): { from: string; to: string } | null {
  if (query.month)
    return isMonth(query.month) ? { from: monthFirstDay(query.month), to: monthLastDay(query.month) } : null;
  if (query.year)
    return /^\d{4}$/.test(query.year) ? { from: `${query.year}-01-01`, to: `${query.year}-12-31` } : null;
  if (query.from && query.to && isDate(query.from) && isDate(query.to))
    return { from: query.from, to: query.to };
  return null;
}

/**
 * The complaint-list filters of a figure: received in the period (Shanghai day bounds, as the
 * list's own date filter sends them), in the branch, category and severity of the dashboard —
 * plus `extra`. `period` narrows to one month of a by-month chart.
 */
export function drillFilters(
  query: ReportQuery,
  branchId: number | undefined,
  extra: CrudFilter[] = [],
  period: { from: string; to: string } | null = periodOf(query),
): CrudFilter[] {
  const out: CrudFilter[] = period
    ? receivedBetween(shanghaiDayStart(period.from), shanghaiDayEnd(period.to))
    : [];
  if (branchId !== undefined) out.push({ field: 'branchId', operator: 'eq', value: branchId });
  if (query.category) out.push({ field: 'category', operator: 'eq', value: query.category });
  if (query.severity) out.push({ field: 'severity', operator: 'eq', value: query.severity });
  return [...out, ...extra];
}

/** A month of a by-month chart as a period (clipped to the dashboard's own period). */
export function monthWithin(month: string, period: { from: string; to: string } | null) {
  const from = monthFirstDay(month);
  const to = monthLastDay(month);
  if (!period) return { from, to };
  return { from: from < period.from ? period.from : from, to: to > period.to ? period.to : to };
}

import { fen } from '../../../src/resources/rules';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS } from '../../../src/resources/complaints';
import { codes, SEVERITIES } from '../../../src/resources/options';
import { addMonths, shanghaiDate, shanghaiMonth } from '../../../src/schema/time';
import { EXCLUDED_STATUSES } from '../../../src/domain/complaints/lifecycle';
import type {
  ComplaintFacts,
  ComplaintFigures,
  ComplaintReport,
  ComplaintReportFilter,
  ComplaintReportInput,
  NamedRecord,
  OverdueItem,
  ServiceFacts,
} from '../../../src/domain/complaints';

/**
 * The complaint report as it was computed before the single-pass version (commit c13bc23):
 * `complaintFigures` over each group's rows, every instant read with `Date.parse` and
 * `shanghaiDate`. Kept verbatim as the independent path the fast one is compared with.
 */

const HOUR_MS = 3_600_000;

/** Half-up rounding to `places` decimals (the tiny nudge keeps 2.05 from becoming 2.0). */
function roundHalfUp(value: number, places: number): number {
  const f = 10 ** places;
  return Math.round(value * f + Math.sign(value) * 1e-9) / f;
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

/** Withdrawn and invalid complaints are in no rate. */
function isCounted(c: Pick<ComplaintFacts, 'status'>): boolean {
  return !EXCLUDED_STATUSES.includes(c.status);
}

/** Handled = resolvedAt set (resolved, closed, or reopened after resolving). */
function isHandled(c: Pick<ComplaintFacts, 'resolvedAt'>): boolean {
  return c.resolvedAt !== null && c.resolvedAt !== undefined;
}

/** Not resolved and now > resolveDueAt, or resolvedAt > resolveDueAt (resolved exactly at the deadline is on time). */
function isOverdue(
  c: Pick<ComplaintFacts, 'status' | 'resolvedAt' | 'resolveDueAt'>,
  asOfMs: number,
): boolean {
  if (!isCounted(c)) return false;
  const due = Date.parse(c.resolveDueAt);
  return isHandled(c) ? Date.parse(c.resolvedAt as string) > due : asOfMs > due;
}

/** Calendar hours from receipt to (first) resolution. */
function hoursToResolve(c: Pick<ComplaintFacts, 'receivedAt' | 'resolvedAt'>): number | null {
  return isHandled(c) ? (Date.parse(c.resolvedAt as string) - Date.parse(c.receivedAt)) / HOUR_MS : null;
}

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The figures of a set of complaints (already limited to the cohort and filter; withdrawn and
 * invalid ones are dropped here). `services` = care records performed in the same period and
 * filter (null when unknown).
 */
function complaintFigures(
  complaints: readonly ComplaintFacts[],
  asOfMs: number,
  services: number | null,
): ComplaintFigures {
  let received = 0;
  let respondedOnTime = 0;
  let overdue = 0;
  let refundFen = 0;
  const hours: number[] = [];
  let onTime = 0;
  let reopened = 0;
  let ratingSum = 0;
  let ratings = 0;
  let top2 = 0;
  for (const c of complaints) {
    if (!isCounted(c)) continue;
    received++;
    if (c.acknowledgedAt && Date.parse(c.acknowledgedAt) <= Date.parse(c.respondDueAt)) respondedOnTime++;
    if (isOverdue(c, asOfMs)) overdue++;
    if (typeof c.refundAmount === 'number') refundFen += fen(c.refundAmount);
    if (typeof c.handlingSatisfaction === 'number') {
      ratings++;
      ratingSum += c.handlingSatisfaction;
      if (c.handlingSatisfaction >= 4) top2++;
    }
    const h = hoursToResolve(c);
    if (h === null) continue;
    hours.push(h);
    if (Date.parse(c.resolvedAt as string) <= Date.parse(c.resolveDueAt)) onTime++;
    if ((c.reopenedCount ?? 0) >= 1) reopened++;
  }
  const handled = hours.length;
  hours.sort((a, b) => a - b);
  const mid = median(hours);
  const mean = ratio(
    hours.reduce((s, h) => s + h, 0),
    handled,
  );
  const rating = ratio(ratingSum, ratings);
  return {
    received,
    handled,
    handlingRate: ratio(handled, received),
    onTimeRate: ratio(onTime, handled),
    respondOnTimeRate: ratio(respondedOnTime, received),
    overdue,
    meanHoursToResolve: mean === null ? null : roundHalfUp(mean, 1),
    medianHoursToResolve: mid === null ? null : roundHalfUp(mid, 1),
    reopenRate: ratio(reopened, handled),
    per1000Services: services === null || services === 0 ? null : (received / services) * 1000,
    handlingSatisfaction: rating === null ? null : roundHalfUp(rating, 2),
    handlingSatisfactionTop2: ratio(top2, ratings),
    refunds: refundFen / 100,
  };
}

const within = <T>(list: readonly T[] | undefined, value: T) =>
  !list || list.length === 0 || list.includes(value);

/** Does a complaint belong to the filter's cohort (received in the period, matching every filter)? */
function inComplaintFilter(c: ComplaintFacts, f: ComplaintReportFilter): boolean {
  const day = shanghaiDate(c.receivedAt);
  return (
    day >= f.from &&
    day <= f.to &&
    within(f.branchIds, c.branchId) &&
    within(f.categories, c.category) &&
    within(f.severities, c.severity) &&
    within(f.channels, c.channel) &&
    within(f.handlerIds, c.handlerId ?? -1)
  );
}

function groupBy<K>(
  rows: readonly ComplaintFacts[],
  key: (c: ComplaintFacts) => K,
): Map<K, ComplaintFacts[]> {
  const out = new Map<K, ComplaintFacts[]>();
  for (const c of rows) {
    const k = key(c);
    const list = out.get(k);
    if (list) list.push(c);
    else out.set(k, [c]);
  }
  return out;
}

/** The months a period touches, `YYYY-MM`, in order. */
function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = addMonths(m, 1)) out.push(m);
  return out;
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'zh-CN');

export function referenceComplaintReport(
  input: ComplaintReportInput,
  f: ComplaintReportFilter,
): ComplaintReport {
  const asOfMs = Date.parse(f.asOf);
  const cohort = input.complaints.filter((c) => inComplaintFilter(c, f));
  const services = input.services.filter((s) => {
    const day = shanghaiDate(s.performedAt);
    return day >= f.from && day <= f.to && within(f.branchIds, s.branchId);
  });
  // Services have no category, severity, channel or handler: those rows share the filter's total.
  const allServices = services.length;
  const servicesBy = (key: (s: ServiceFacts) => string | number) => {
    const counts = new Map<string | number, number>();
    for (const s of services) counts.set(key(s), (counts.get(key(s)) ?? 0) + 1);
    return counts;
  };
  const branchServices = servicesBy((s) => s.branchId);
  const monthServices = servicesBy((s) => shanghaiMonth(s.performedAt));
  const figures = (rows: readonly ComplaintFacts[] | undefined, svc: number) =>
    complaintFigures(rows ?? [], asOfMs, svc);

  const branches = input.branches.filter((b) => within(f.branchIds, b.id));
  const byBranchRows = groupBy(cohort, (c) => c.branchId);
  const byEnum = (key: 'category' | 'severity' | 'channel', values: string[], only?: readonly string[]) => {
    const groups = groupBy(cohort, (c) => c[key]);
    return values
      .filter((v) => within(only, v))
      .map((v) => ({ [key]: v, ...figures(groups.get(v), allServices) }));
  };
  const names = (records: readonly NamedRecord[]) => new Map(records.map((r) => [r.id, r.name]));
  const employeeName = names(input.employees);
  const departmentName = names(input.departments);
  const handlers = groupBy(cohort, (c) => c.handlerId ?? null);
  const departments = groupBy(cohort, (c) => c.involvedDepartmentId ?? null);
  const months = groupBy(cohort, (c) => shanghaiMonth(c.receivedAt));

  const overdueList: OverdueItem[] = cohort
    .filter((c) => isOverdue(c, asOfMs))
    .map((c) => {
      const end = c.resolvedAt ? Date.parse(c.resolvedAt) : asOfMs;
      return {
        id: c.id,
        complaintNo: c.complaintNo ?? '',
        branchId: c.branchId,
        severity: c.severity,
        status: c.status,
        receivedAt: c.receivedAt,
        resolveDueAt: c.resolveDueAt,
        resolvedAt: c.resolvedAt,
        handlerId: c.handlerId ?? null,
        hoursLate: Math.round(((end - Date.parse(c.resolveDueAt)) / 3_600_000) * 10) / 10,
      };
    })
    .sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : b.id - a.id));

  return {
    period: { from: f.from, to: f.to },
    asOf: f.asOf,
    overall: figures(cohort, allServices),
    byBranch: branches
      .map((b) => ({
        branchId: b.id,
        code: b.code,
        name: b.name,
        ...figures(byBranchRows.get(b.id), branchServices.get(b.id) ?? 0),
      }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    byCategory: byEnum(
      'category',
      codes(COMPLAINT_CATEGORIES),
      f.categories,
    ) as ComplaintReport['byCategory'],
    bySeverity: byEnum('severity', codes(SEVERITIES), f.severities) as ComplaintReport['bySeverity'],
    byChannel: byEnum('channel', codes(COMPLAINT_CHANNELS), f.channels) as ComplaintReport['byChannel'],
    byHandler: [...handlers]
      .map(([id, rows]) => ({
        handlerId: id,
        name: id === null ? '' : (employeeName.get(id) ?? `#${id}`),
        ...figures(rows, allServices),
      }))
      .sort(byName),
    byDepartment: [...departments]
      .map(([id, rows]) => ({
        departmentId: id,
        name: id === null ? '' : (departmentName.get(id) ?? `#${id}`),
        ...figures(rows, allServices),
      }))
      .sort(byName),
    byMonth: monthsOf(f.from, f.to).map((month) => ({
      month,
      ...figures(months.get(month), monthServices.get(month) ?? 0),
    })),
    overdueList,
  };
}

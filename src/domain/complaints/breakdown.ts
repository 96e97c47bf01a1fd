import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS } from '../../resources/complaints';
import { codes, SEVERITIES } from '../../resources/options';
import { shanghaiDate, shanghaiMonth, addMonths } from '../../schema/time';
import { complaintFigures, isOverdue, type ComplaintFigures } from './metrics';
import type { ComplaintFacts, ComplaintStatus } from './types';

/**
 * The complaint report's figures (DOMAIN §8 `complaints`): the rates for the whole filter and
 * broken down by branch, category, severity, channel, involved department, handler and month.
 * One pure function feeds the dashboard, the API's report route, the json and the xlsx.
 */

export interface ComplaintReportFilter {
  /** Inclusive Shanghai days of receipt. */
  from: string;
  to: string;
  /** "Now" for overdue, canonical UTC instant. */
  asOf: string;
  branchIds?: readonly number[];
  categories?: readonly string[];
  severities?: readonly string[];
  channels?: readonly string[];
  handlerIds?: readonly number[];
}

export interface ServiceFacts {
  branchId: number;
  performedAt: string;
}

export interface NamedRecord {
  id: number;
  name: string;
}

export interface ComplaintReportInput {
  complaints: readonly ComplaintFacts[];
  /** Care records (services) of at least the period; filtered here the same way. */
  services: readonly ServiceFacts[];
  /** The branches the report covers (each gets a row, even without complaints). */
  branches: readonly (NamedRecord & { code: string })[];
  employees: readonly NamedRecord[];
  departments: readonly NamedRecord[];
}

export interface OverdueItem {
  id: number;
  complaintNo: string;
  branchId: number;
  severity: string;
  status: ComplaintStatus;
  receivedAt: string;
  resolveDueAt: string;
  resolvedAt: string | null;
  handlerId: number | null;
  /** Hours past the deadline: to the resolution, or to the as-of instant while unresolved. */
  hoursLate: number;
}

export interface ComplaintReport {
  period: { from: string; to: string };
  asOf: string;
  overall: ComplaintFigures;
  byBranch: ({ branchId: number; code: string; name: string } & ComplaintFigures)[];
  byCategory: ({ category: string } & ComplaintFigures)[];
  bySeverity: ({ severity: string } & ComplaintFigures)[];
  byChannel: ({ channel: string } & ComplaintFigures)[];
  byHandler: ({ handlerId: number | null; name: string } & ComplaintFigures)[];
  byDepartment: ({ departmentId: number | null; name: string } & ComplaintFigures)[];
  byMonth: ({ month: string } & ComplaintFigures)[];
  /** Every overdue complaint of the filter, the latest first (a dashboard's list with links). */
  overdueList: OverdueItem[];
}

const within = <T>(list: readonly T[] | undefined, value: T) =>
  !list || list.length === 0 || list.includes(value);

/** Does a complaint belong to the filter's cohort (received in the period, matching every filter)? */
export function inComplaintFilter(c: ComplaintFacts, f: ComplaintReportFilter): boolean {
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
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = addMonths(m, 1)) out.push(m);
  return out;
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'zh-CN');

export function complaintReport(input: ComplaintReportInput, f: ComplaintReportFilter): ComplaintReport {
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

import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS } from '../../resources/complaints';
import { codes, SEVERITIES } from '../../resources/options';
import { shanghaiDate, addMonths } from '../../schema/time';
import { instantMs, shanghaiMonthIndex, shanghaiPeriod } from '../instants';
import { KeyedGroups } from '../keyedGroups';
import { latestFirst } from './latest';
import type { ComplaintFigures } from './metrics';
import { ComplaintTally, HoursByGroup, prepareComplaint, preparedScratch } from './tally';
import type { ComplaintFacts, ComplaintStatus } from './types';

/**
 * The complaint report's figures (DOMAIN §8 `complaints`): the rates for the whole filter and
 * broken down by branch, category, severity, channel, involved department, handler and month.
 * One pure function feeds the dashboard, the API's report route, the json and the xlsx.
 *
 * A year is ~100,000 complaints: each is read once (its instants parsed once, see `tally.ts`)
 * and added to the running totals of each group it falls in, instead of running
 * `complaintFigures` over every group's rows (which parses each instant once per breakdown).
 * The figures are the same to the last bit: tests/unit/complaintReportFast.test.ts compares the
 * two over the demo seed.
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
  /**
   * The overdue complaints of the filter, the latest first (a dashboard's list with links): at
   * most `overdueLimit` of them; `overall.overdue` counts them all.
   */
  overdueList: OverdueItem[];
}

export interface ComplaintReportOptions {
  /** How many overdue complaints `overdueList` holds at most (default: every one). */
  overdueLimit?: number;
}

/**
 * The overdue list of the report's json (the dashboard, the CLI): a year has ~13,000 overdue
 * complaints, 3.5 MB of json the dashboard pages through ten at a time. It shows the latest
 * ones and links to the complaint list filtered to overdue; the xlsx lists every complaint.
 */
export const OVERDUE_LIST_LIMIT = 100;

const within = <T>(list: readonly T[] | undefined, value: T) =>
  !list || list.length === 0 || list.includes(value);

/** The filter's criteria besides the period. */
function inNarrowing(c: ComplaintFacts, f: ComplaintReportFilter): boolean {
  return (
    within(f.branchIds, c.branchId) &&
    within(f.categories, c.category) &&
    within(f.severities, c.severity) &&
    within(f.channels, c.channel) &&
    within(f.handlerIds, c.handlerId ?? -1)
  );
}

/** Does a complaint belong to the filter's cohort (received in the period, matching every filter)? */
export function inComplaintFilter(c: ComplaintFacts, f: ComplaintReportFilter): boolean {
  const day = shanghaiDate(c.receivedAt);
  return day >= f.from && day <= f.to && inNarrowing(c, f);
}

/** The months a period touches, `YYYY-MM`, in order. */
export function monthsOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = addMonths(m, 1)) out.push(m);
  return out;
}

const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'zh-CN');

export function complaintReport(
  input: ComplaintReportInput,
  f: ComplaintReportFilter,
  options: ComplaintReportOptions = {},
): ComplaintReport {
  const asOfMs = Date.parse(f.asOf);
  const inPeriod = shanghaiPeriod(f.from, f.to);
  const monthIndex = shanghaiMonthIndex(f.from, f.to);
  const { months } = monthIndex;

  // Services have no category, severity, channel or handler: those rows share the filter's total.
  let allServices = 0;
  const branchServices = new KeyedGroups<number, { count: number }>(() => ({ count: 0 }));
  const monthServices = new Array<number>(months.length).fill(0);
  // Indexed loops, not for…of: until the engine has compiled a loop, for…of costs an iterator
  // step per item (the first report after a start reads 100,000 complaints and 60,000 services;
  // an empty for…of over 300,000 rows: 100–250 ms cold, indexed < 25 ms).
  const services = input.services;
  for (let i = 0; i < services.length; i++) {
    const s = services[i];
    const ms = instantMs(s.performedAt);
    if (!inPeriod(ms) || !within(f.branchIds, s.branchId)) continue;
    allServices++;
    branchServices.of(s.branchId).count++;
    const m = monthIndex.indexOf(ms);
    if (m >= 0) monthServices[m]++;
  }

  // One pass: each complaint of the cohort read once, added to the tally of every group it is in.
  const overall = new ComplaintTally();
  const tally = () => new ComplaintTally();
  const byBranch = new KeyedGroups<number, ComplaintTally>(tally);
  const byCategory = new KeyedGroups<string, ComplaintTally>(tally);
  const bySeverity = new KeyedGroups<string, ComplaintTally>(tally);
  const byChannel = new KeyedGroups<string, ComplaintTally>(tally);
  const byHandler = new KeyedGroups<number | null, ComplaintTally>(tally);
  const byDepartment = new KeyedGroups<number | null, ComplaintTally>(tally);
  const byMonth = months.map(() => new ComplaintTally());
  const overdue: ComplaintFacts[] = [];
  const groups: (ComplaintTally | null)[] = new Array<ComplaintTally | null>(8).fill(null);
  const hours = new HoursByGroup(input.complaints.length, groups.length);
  const scratch = preparedScratch();
  const complaints = input.complaints;
  for (let i = 0; i < complaints.length; i++) {
    const c = complaints[i];
    const receivedMs = instantMs(c.receivedAt);
    if (!inPeriod(receivedMs) || !inNarrowing(c, f)) continue;
    const p = prepareComplaint(c, receivedMs, asOfMs, scratch);
    const m = monthIndex.indexOf(receivedMs);
    groups[0] = overall;
    groups[1] = byBranch.of(c.branchId);
    groups[2] = byCategory.of(c.category);
    groups[3] = bySeverity.of(c.severity);
    groups[4] = byChannel.of(c.channel);
    groups[5] = byHandler.of(c.handlerId ?? null);
    groups[6] = byDepartment.of(c.involvedDepartmentId ?? null);
    groups[7] = m >= 0 ? byMonth[m] : null;
    for (let g = 0; g < groups.length; g++) groups[g]?.add(p);
    if (p === null) continue;
    if (p.hours !== null) hours.record(p.spanMs, groups);
    if (p.overdue) overdue.push(c);
  }
  hours.feed();
  const overdueList = latestFirst(overdue, options.overdueLimit ?? Infinity).map((c) =>
    overdueItem(c, asOfMs),
  );

  const none = new ComplaintTally();
  const branches = input.branches.filter((b) => within(f.branchIds, b.id));
  const byEnum = <K extends string>(
    key: K,
    values: string[],
    groups: KeyedGroups<string, ComplaintTally>,
    only?: readonly string[],
  ) =>
    values
      .filter((v) => within(only, v))
      .map((v) => ({ [key]: v, ...(groups.get(v) ?? none).figures(allServices) }));
  const names = (records: readonly NamedRecord[]) => new Map(records.map((r) => [r.id, r.name]));
  const employeeName = names(input.employees);
  const departmentName = names(input.departments);

  return {
    period: { from: f.from, to: f.to },
    asOf: f.asOf,
    overall: overall.figures(allServices),
    byBranch: branches
      .map((b) => ({
        branchId: b.id,
        code: b.code,
        name: b.name,
        ...(byBranch.get(b.id) ?? none).figures(branchServices.get(b.id)?.count ?? 0),
      }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    byCategory: byEnum(
      'category',
      codes(COMPLAINT_CATEGORIES),
      byCategory,
      f.categories,
    ) as ComplaintReport['byCategory'],
    bySeverity: byEnum(
      'severity',
      codes(SEVERITIES),
      bySeverity,
      f.severities,
    ) as ComplaintReport['bySeverity'],
    byChannel: byEnum(
      'channel',
      codes(COMPLAINT_CHANNELS),
      byChannel,
      f.channels,
    ) as ComplaintReport['byChannel'],
    byHandler: byHandler
      .entries()
      .map(([id, tally]) => ({
        handlerId: id,
        name: id === null ? '' : (employeeName.get(id) ?? `#${id}`),
        ...tally.figures(allServices),
      }))
      .sort(byName),
    byDepartment: byDepartment
      .entries()
      .map(([id, tally]) => ({
        departmentId: id,
        name: id === null ? '' : (departmentName.get(id) ?? `#${id}`),
        ...tally.figures(allServices),
      }))
      .sort(byName),
    byMonth: months.map((month, i) => ({ month, ...byMonth[i].figures(monthServices[i] ?? 0) })),
    overdueList,
  };
}

function overdueItem(c: ComplaintFacts, asOfMs: number): OverdueItem {
  const end = c.resolvedAt ? instantMs(c.resolvedAt) : asOfMs;
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
    hoursLate: Math.round(((end - instantMs(c.resolveDueAt)) / 3_600_000) * 10) / 10,
  };
}

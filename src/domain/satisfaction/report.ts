import { addMonths } from '../../schema/time';
import { instantMs, shanghaiMonthIndex, shanghaiPeriod } from '../instants';
import {
  byNewest,
  dimensionKeys,
  indexTemplates,
  scoreResponses,
  type LowScore,
  type SatisfactionFilter,
  type SatisfactionSummary,
  type ScoredResponse,
} from './metrics';
import { KeyedGroups } from '../keyedGroups';
import { computeMonthParts, monthPart, type MonthPartsCache } from './monthParts';
import { ResponseScorer, SummaryTally } from './pass';
import type { ResponseRecord } from './responses';
import type { TemplateRecord } from './template';

/**
 * The 满意度报表 (DOMAIN §8 `satisfaction`) as one pure function: the §3 metrics for the whole
 * filter and broken down by branch, month, staff, service item and channel, and the low-score
 * list with names. The dashboard, the API's report route, the json and the xlsx all read it.
 *
 * A year is ~300,000 responses: each is filtered with its instant parsed once, then scored and
 * added to its groups' totals once in its month's pass (see `pass.ts`, `monthParts.ts`); the
 * months' totals are added up. The figures are those of `summarise`/`summariseBy` over
 * `scoreResponses`, but for the last bits of sums added in another order
 * (tests/unit/satisfactionReportFast.test.ts). Staff and items of the same name are listed by id.
 */

/** The report's filter: a period (required) and the optional §3 criteria. */
export interface SatisfactionReportFilter extends SatisfactionFilter {
  from: string;
  to: string;
}

export interface NamedRef {
  id: number;
  name: string;
}

export interface SatisfactionReportInput {
  responses: readonly ResponseRecord[];
  templates: readonly TemplateRecord[];
  /** The branches the report covers: each gets a row, even without responses. */
  branches: readonly (NamedRef & { code: string })[];
  employees: readonly NamedRef[];
  serviceItems: readonly (NamedRef & { code?: string })[];
  /** Customers of the low-score list (names only); others may be missing. */
  customers?: readonly NamedRef[];
}

/** A dimension key with its label (from the first template, by id, that has it). */
export interface DimensionLabel {
  key: string;
  label: string;
}

export interface LowScoreRow extends LowScore {
  branchCode: string;
  branchName: string;
  staffName: string | null;
  serviceItemName: string | null;
  customerName: string | null;
}

export type BranchSummary = { branchId: number; code: string; name: string } & SatisfactionSummary;
export type MonthSummary = { month: string } & SatisfactionSummary;
export type StaffSummary = { staffId: number; name: string } & SatisfactionSummary;
export type ServiceItemSummary = { serviceItemId: number; code: string; name: string } & SatisfactionSummary;
export type ChannelSummary = { channel: string } & SatisfactionSummary;

export interface SatisfactionReport {
  period: { from: string; to: string };
  /** The criteria besides period and branch, null when not filtered on. */
  filter: { staffId: number | null; serviceItemId: number | null; channel: string | null };
  /** The dimensions of `dimensions` in every summary, in order, with their labels. */
  dimensionLabels: DimensionLabel[];
  overall: SatisfactionSummary;
  byBranch: BranchSummary[];
  /** Every month the period touches, in order. */
  byMonth: MonthSummary[];
  /** Staff with at least one response (valid or not), by name, then id. */
  byStaff: StaffSummary[];
  byServiceItem: ServiceItemSummary[];
  byChannel: ChannelSummary[];
  lowScores: LowScoreRow[];
}

/** The months a period touches, `YYYY-MM`, in order. */
export function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = addMonths(m, 1)) out.push(m);
  return out;
}

/** One collator for every comparison (`localeCompare(…, 'zh-CN')` builds one per call). */
const zhCollator = new Intl.Collator('zh-CN');
const byName = (a: { name: string }, b: { name: string }) => zhCollator.compare(a.name, b.name);

/**
 * `matchesFilter` for one report run, with the period as epoch-ms bounds: the instant of a
 * response of the filter (so it is parsed once), null for one outside it.
 */
function filterTest(f: SatisfactionReportFilter): (r: ResponseRecord) => number | null {
  const inPeriod = shanghaiPeriod(f.from, f.to);
  return (r) => {
    if (f.branchIds && !f.branchIds.includes(r.branchId)) return null;
    if (f.staffId !== undefined && r.staffId !== f.staffId) return null;
    if (f.serviceItemId !== undefined && r.serviceItemId !== f.serviceItemId) return null;
    if (f.channel !== undefined && r.channel !== f.channel) return null;
    const ms = instantMs(r.submittedAt);
    return inPeriod(ms) ? ms : null;
  };
}

/** The responses of the filter, each scored once (what every sheet and figure is built from). */
export function scoredInFilter(
  input: Pick<SatisfactionReportInput, 'responses' | 'templates'>,
  filter: SatisfactionReportFilter,
): ScoredResponse[] {
  const inFilter = filterTest(filter);
  return scoreResponses(
    input.responses.filter((r) => inFilter(r) !== null),
    indexTemplates(input.templates),
  );
}

/**
 * The dimension keys the summaries carry: those of the templates the responses use (so a new
 * template's dimension appears as soon as it is answered), else of every template.
 */
export function reportDimensions(
  templates: readonly TemplateRecord[],
  responses: readonly Pick<ResponseRecord, 'templateId'>[],
): DimensionLabel[] {
  const used = new Set(responses.map((r) => r.templateId));
  const some = templates.filter((t) => used.has(t.id));
  const chosen = some.length > 0 ? some : templates;
  const index = indexTemplates(chosen);
  const label = new Map<string, string>();
  for (const t of [...chosen].sort((a, b) => a.id - b.id))
    for (const d of t.dimensions) if (!label.has(d.key)) label.set(d.key, d.label);
  return dimensionKeys(index).map((key) => ({ key, label: label.get(key) ?? key }));
}

export function satisfactionReport(
  input: SatisfactionReportInput,
  filter: SatisfactionReportFilter,
  channels: readonly string[],
  cache?: MonthPartsCache,
): SatisfactionReport {
  const inFilter = filterTest(filter);
  const monthIndex = shanghaiMonthIndex(filter.from, filter.to);
  // Totals are kept for the dimensions of every template (a handful): which of them the report
  // shows depends on the templates its responses use, known only after the pass.
  const allKeys = dimensionKeys(indexTemplates(input.templates));
  const n = allKeys.length;

  // Each month's totals are computed, or found unchanged, then added up (a response of the
  // period is in one of its months).
  const monthIndexOf = (r: ResponseRecord) => {
    const ms = inFilter(r);
    return ms === null ? -1 : monthIndex.indexOf(ms);
  };
  let scorer: ResponseScorer | undefined;
  const compute = (rows: readonly ResponseRecord[]) =>
    monthPart(rows, (scorer ??= new ResponseScorer(input.templates, allKeys)), n);
  const count = monthIndex.months.length;
  const parts = cache
    ? cache.parts(runKey(filter), input.templates, input.responses, monthIndexOf, count, compute)
    : computeMonthParts(input.responses, monthIndexOf, count, compute);

  const tally = () => new SummaryTally(n);
  const overall = tally();
  const byBranch = new KeyedGroups<number, SummaryTally>(tally);
  const byStaff = new KeyedGroups<number, SummaryTally>(tally);
  const byItem = new KeyedGroups<number, SummaryTally>(tally);
  const byChannel = new KeyedGroups<string, SummaryTally>(tally);
  const used = new Set<number>();
  const lows: LowScore[] = [];
  for (const part of parts) {
    overall.add(part.overall);
    addGroups(byBranch, part.byBranch);
    addGroups(byStaff, part.byStaff);
    addGroups(byItem, part.byItem);
    addGroups(byChannel, part.byChannel);
    for (const id of part.used) used.add(id);
    for (const low of part.lows) lows.push(low);
  }
  const dimensionLabels = reportDimensions(
    input.templates,
    [...used].map((templateId) => ({ templateId })),
  );
  const keys = dimensionLabels.map((d) => d.key);
  const at = keys.map((k) => allKeys.indexOf(k));
  const result = (t: SummaryTally) => t.result(keys, at);

  const empty = result(new SummaryTally(n));
  const orEmpty = (t: SummaryTally | undefined) => (t ? result(t) : empty);
  const branchesShown = input.branches.filter((b) => !filter.branchIds || filter.branchIds.includes(b.id));
  const employee = new Map(input.employees.map((e) => [e.id, e.name]));
  const item = new Map(input.serviceItems.map((s) => [s.id, s]));
  const customer = new Map((input.customers ?? []).map((c) => [c.id, c.name]));
  const branch = new Map(input.branches.map((b) => [b.id, b]));

  return {
    period: { from: filter.from, to: filter.to },
    filter: {
      staffId: filter.staffId ?? null,
      serviceItemId: filter.serviceItemId ?? null,
      channel: filter.channel ?? null,
    },
    dimensionLabels,
    overall: result(overall),
    byBranch: branchesShown
      .map((b) => ({
        branchId: b.id,
        code: b.code,
        name: b.name,
        ...orEmpty(byBranch.get(b.id)),
      }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    byMonth: monthIndex.months.map((month, i) => ({ month, ...result(parts[i].overall) })),
    byStaff: byStaff
      .entries()
      .map(([staffId, t]) => ({ staffId, name: employee.get(staffId) ?? `#${staffId}`, ...result(t) }))
      .sort((a, b) => byName(a, b) || a.staffId - b.staffId),
    byServiceItem: byItem
      .entries()
      .map(([serviceItemId, t]) => {
        const it = item.get(serviceItemId);
        return {
          serviceItemId,
          code: it?.code ?? '',
          name: it?.name ?? `#${serviceItemId}`,
          ...result(t),
        };
      })
      .sort((a, b) => a.code.localeCompare(b.code) || byName(a, b) || a.serviceItemId - b.serviceItemId),
    byChannel: channels
      .filter((c) => filter.channel === undefined || c === filter.channel)
      .map((channel) => ({ channel, ...orEmpty(byChannel.get(channel)) })),
    lowScores: lows.sort(byNewest).map((l) => {
      const b = branch.get(l.branchId);
      return {
        ...l,
        // Its own copy: the month's low scores may be remembered for later runs (monthParts.ts).
        scores: { ...l.scores },
        branchCode: b?.code ?? '',
        branchName: b?.name ?? `#${l.branchId}`,
        staffName: l.staffId === null ? null : (employee.get(l.staffId) ?? `#${l.staffId}`),
        serviceItemName:
          l.serviceItemId === null ? null : (item.get(l.serviceItemId)?.name ?? `#${l.serviceItemId}`),
        customerName: l.customerId === null ? null : (customer.get(l.customerId) ?? null),
      };
    }),
  };
}

/** What a remembered run must have had in common with this one: every criterion, the period. */
function runKey(f: SatisfactionReportFilter): string {
  // Named: a criterion absent and one given as null are not the same filter.
  const { from, to, branchIds, staffId, serviceItemId, channel } = f;
  return JSON.stringify({ from, to, branchIds, staffId, serviceItemId, channel });
}

/** Adds each group of a month's breakdown to the report's group of the same key. */
function addGroups<K>(into: KeyedGroups<K, SummaryTally>, from: KeyedGroups<K, SummaryTally>): void {
  for (const [key, t] of from.entries()) into.of(key).add(t);
}

/**
 * A report computed without the customers (`input.customers` absent) with the names of the
 * low-score list's customers filled in: the report `satisfactionReport` gives with them. The
 * route's load computes the report once to learn which customers it needs, then names them
 * here instead of running the year's pass a second time.
 */
export function withCustomerNames(
  report: SatisfactionReport,
  customers: readonly NamedRef[],
): SatisfactionReport {
  const customer = new Map(customers.map((c) => [c.id, c.name]));
  return {
    ...report,
    lowScores: report.lowScores.map((l) => ({
      ...l,
      customerName: l.customerId === null ? null : (customer.get(l.customerId) ?? null),
    })),
  };
}

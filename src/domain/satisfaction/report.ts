import { addMonths, shanghaiMonth } from '../../schema/time';
import {
  dimensionKeys,
  indexTemplates,
  lowScores,
  matchesFilter,
  scoreResponses,
  summarise,
  summariseBy,
  type LowScore,
  type SatisfactionFilter,
  type SatisfactionSummary,
  type ScoredResponse,
} from './metrics';
import type { ResponseRecord } from './responses';
import type { TemplateRecord } from './template';

/**
 * The 满意度报表 (DOMAIN §8 `satisfaction`) as one pure function: the §3 metrics for the whole
 * filter and broken down by branch, month, staff, service item and channel, and the low-score
 * list with names. The dashboard, the API's report route, the json and the xlsx all read it.
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
  /** Staff with at least one response (valid or not), by name. */
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

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-CN');

/** The responses of the filter, each scored once (what every sheet and figure is built from). */
export function scoredInFilter(
  input: Pick<SatisfactionReportInput, 'responses' | 'templates'>,
  filter: SatisfactionReportFilter,
): ScoredResponse[] {
  return scoreResponses(
    input.responses.filter((r) => matchesFilter(r, filter)),
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
): SatisfactionReport {
  const scored = scoredInFilter(input, filter);
  const dimensionLabels = reportDimensions(
    input.templates,
    scored.map((s) => s.response),
  );
  const keys = dimensionLabels.map((d) => d.key);
  const empty = summarise([], keys);
  const branchesShown = input.branches.filter((b) => !filter.branchIds || filter.branchIds.includes(b.id));
  const byBranch = summariseBy(scored, keys, (r) => r.branchId);
  const byMonth = summariseBy(scored, keys, (r) => shanghaiMonth(r.submittedAt));
  const byStaff = summariseBy(scored, keys, (r) => r.staffId);
  const byItem = summariseBy(scored, keys, (r) => r.serviceItemId);
  const byChannel = summariseBy(scored, keys, (r) => r.channel);
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
    overall: summarise(scored, keys),
    byBranch: branchesShown
      .map((b) => ({ branchId: b.id, code: b.code, name: b.name, ...(byBranch.get(b.id) ?? empty) }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    byMonth: monthsBetween(filter.from, filter.to).map((month) => ({
      month,
      ...(byMonth.get(month) ?? empty),
    })),
    byStaff: [...byStaff]
      .map(([staffId, s]) => ({ staffId, name: employee.get(staffId) ?? `#${staffId}`, ...s }))
      .sort(byName),
    byServiceItem: [...byItem]
      .map(([serviceItemId, s]) => {
        const it = item.get(serviceItemId);
        return { serviceItemId, code: it?.code ?? '', name: it?.name ?? `#${serviceItemId}`, ...s };
      })
      .sort((a, b) => a.code.localeCompare(b.code) || byName(a, b)),
    byChannel: channels
      .filter((c) => filter.channel === undefined || c === filter.channel)
      .map((channel) => ({ channel, ...(byChannel.get(channel) ?? empty) })),
    lowScores: lowScores(scored).map((l) => {
      const b = branch.get(l.branchId);
      return {
        ...l,
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

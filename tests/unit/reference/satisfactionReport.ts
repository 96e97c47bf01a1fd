import { addMonths, shanghaiDate, shanghaiMonth } from '../../../src/schema/time';
import {
  countsAsValid,
  normaliseTemplate,
  onScale,
  overallRating,
  toScore,
  wilsonInterval,
  type DimensionLabel,
  type NormalisedTemplate,
  type ResponseRecord,
  type SatisfactionReport,
  type SatisfactionReportFilter,
  type SatisfactionReportInput,
  type SatisfactionSummary,
  type TemplateRecord,
} from '../../../src/domain/satisfaction';

/**
 * The satisfaction report as it was computed before the prepared single pass (commit c13bc23):
 * every response scored through `scoreResponses`, a `Tally` per group keyed by dimension in a
 * Map, `shanghaiDate`/`shanghaiMonth` per response. Kept verbatim as the independent path the
 * fast one is compared with.
 */

/**
 * Tolerance of the rating thresholds: weighted means of decimal weights are not exact in binary
 * (.3 × 4 + .3 × 4 + .2 × 4 + .2 × 4 is 3.9999999999999996), and a 4 must count as a 4.
 */
const EPSILON = 1e-9;

/** Fewer valid responses than this: the figures are shown greyed and flagged. */
const SMALL_SAMPLE_BELOW = 30;

/** Templates by id, normalised once. */
type TemplateIndex = ReadonlyMap<number, NormalisedTemplate>;

function indexTemplates(templates: readonly TemplateRecord[]): TemplateIndex {
  return new Map(templates.map((t) => [t.id, normaliseTemplate(t)]));
}

/** The dimension keys of the templates, in template then dimension order, each once. */
function dimensionKeys(templates: TemplateIndex): string[] {
  const keys = new Set<string>();
  for (const t of [...templates.values()].sort((a, b) => a.id - b.id))
    for (const d of t.dimensions) keys.add(d.key);
  return [...keys];
}

/** A response with what every summary of it needs, worked out once. */
interface ScoredResponse {
  response: ResponseRecord;
  template: NormalisedTemplate | undefined;
  counts: boolean;
  /** Overall rating on the template's scale (null for an excluded response). */
  overall: number | null;
}

function scoreResponses(responses: readonly ResponseRecord[], templates: TemplateIndex): ScoredResponse[] {
  return responses.map((response) => {
    const template = templates.get(response.templateId);
    const counts = countsAsValid(response, template);
    return {
      response,
      template,
      counts,
      overall: counts && template ? overallRating(response, template) : null,
    };
  });
}

/** Running totals of one group; `result()` turns them into a summary. */
class Tally {
  responses = 0;
  valid = 0;
  satisfied = 0;
  npsAnswers = 0;
  promoters = 0;
  detractors = 0;
  /** Per dimension: Σ 0–100 scores, Σ weight shares, answer count. */
  readonly dims = new Map<string, { scoreSum: number; shareSum: number; n: number }>();

  add(s: ScoredResponse): void {
    this.responses++;
    if (!s.counts || !s.template) return;
    const t = s.template;
    this.valid++;
    if (s.overall !== null && s.overall >= t.satisfiedFrom - EPSILON) this.satisfied++;
    for (const d of t.dimensions) {
      const value = s.response.scores?.[d.key];
      if (!onScale(value, t.scale)) continue;
      const acc = this.dims.get(d.key) ?? { scoreSum: 0, shareSum: 0, n: 0 };
      acc.scoreSum += toScore(value, t.scale);
      acc.shareSum += d.share;
      acc.n++;
      this.dims.set(d.key, acc);
    }
    const nps = s.response.nps;
    if (typeof nps === 'number') {
      this.npsAnswers++;
      if (nps >= 9) this.promoters++;
      else if (nps <= 6) this.detractors++;
    }
  }

  result(keys: readonly string[]): SatisfactionSummary {
    const dimensions: Record<string, number | null> = {};
    let weighted = 0;
    let weights = 0;
    for (const key of keys) {
      const acc = this.dims.get(key);
      if (!acc || acc.n === 0) {
        dimensions[key] = null;
        continue;
      }
      const score = acc.scoreSum / acc.n;
      // The dimension's weight: its share in the answering responses' templates (one template:
      // simply its normalised weight).
      const weight = acc.shareSum / acc.n;
      dimensions[key] = score;
      weighted += weight * score;
      weights += weight;
    }
    const interval = wilsonInterval(this.satisfied, this.valid);
    const npsShare = (count: number) => (this.npsAnswers === 0 ? null : count / this.npsAnswers);
    const promoters = npsShare(this.promoters);
    const detractors = npsShare(this.detractors);
    return {
      responses: this.responses,
      valid: this.valid,
      excluded: this.responses - this.valid,
      dimensions,
      composite: weights === 0 ? null : weighted / weights,
      csat: this.valid === 0 ? null : this.satisfied / this.valid,
      csatLow: interval?.low ?? null,
      csatHigh: interval?.high ?? null,
      nps: promoters === null || detractors === null ? null : (promoters - detractors) * 100,
      npsAnswers: this.npsAnswers,
      promoters,
      passives: npsShare(this.npsAnswers - this.promoters - this.detractors),
      detractors,
      smallSample: this.valid < SMALL_SAMPLE_BELOW,
    };
  }
}

/** The summary of every response given (already filtered). */
function summarise(scored: readonly ScoredResponse[], keys: readonly string[]): SatisfactionSummary {
  const tally = new Tally();
  for (const s of scored) tally.add(s);
  return tally.result(keys);
}

/**
 * One summary per group, in one pass; responses whose group is null are left out. Groups come
 * back in the order of their first response unless the caller sorts them.
 */
function summariseBy<K>(
  scored: readonly ScoredResponse[],
  keys: readonly string[],
  groupOf: (r: ResponseRecord) => K | null | undefined,
): Map<K, SatisfactionSummary> {
  const tallies = new Map<K, Tally>();
  for (const s of scored) {
    const group = groupOf(s.response);
    if (group === null || group === undefined) continue;
    let tally = tallies.get(group);
    if (!tally) tallies.set(group, (tally = new Tally()));
    tally.add(s);
  }
  return new Map([...tallies].map(([k, t]) => [k, t.result(keys)]));
}

/** Which responses a figure covers: every criterion given must match (DOMAIN §3's filters). */
interface SatisfactionFilter {
  branchIds?: readonly number[];
  staffId?: number;
  serviceItemId?: number;
  channel?: string;
  /** Inclusive Asia/Shanghai days of submittedAt. */
  from?: string;
  to?: string;
}

function matchesFilter(r: ResponseRecord, f: SatisfactionFilter): boolean {
  if (f.branchIds && !f.branchIds.includes(r.branchId)) return false;
  if (f.staffId !== undefined && r.staffId !== f.staffId) return false;
  if (f.serviceItemId !== undefined && r.serviceItemId !== f.serviceItemId) return false;
  if (f.channel !== undefined && r.channel !== f.channel) return false;
  if (f.from !== undefined || f.to !== undefined) {
    const day = shanghaiDate(r.submittedAt);
    if (f.from !== undefined && day < f.from) return false;
    if (f.to !== undefined && day > f.to) return false;
  }
  return true;
}

/** A valid response rated low: what a supervisor opens a complaint or an action from. */
interface LowScore {
  responseId: number;
  submittedAt: string;
  branchId: number;
  customerId: number | null;
  staffId: number | null;
  serviceItemId: number | null;
  channel: string;
  templateId: number;
  scale: number;
  /** Overall rating on the template's scale. */
  overall: number;
  scores: Record<string, number | null>;
  nps: number | null;
  comment: string | null;
}

/** Valid responses with an overall rating ≤ 2 (≤ 0.4 × scale off 5 points), newest first. */
function lowScores(scored: readonly ScoredResponse[]): LowScore[] {
  const out: LowScore[] = [];
  for (const s of scored) {
    if (!s.counts || !s.template || s.overall === null || s.overall > s.template.lowUpTo + EPSILON) continue;
    const r = s.response;
    out.push({
      responseId: r.id,
      submittedAt: r.submittedAt,
      branchId: r.branchId,
      customerId: r.customerId ?? null,
      staffId: r.staffId ?? null,
      serviceItemId: r.serviceItemId ?? null,
      channel: r.channel,
      templateId: r.templateId,
      scale: s.template.scale,
      overall: s.overall,
      scores: { ...(r.scores ?? {}) },
      nps: r.nps ?? null,
      comment: r.comment ?? null,
    });
  }
  return out.sort((a, b) =>
    a.submittedAt < b.submittedAt ? 1 : a.submittedAt > b.submittedAt ? -1 : b.responseId - a.responseId,
  );
}

/** The months a period touches, `YYYY-MM`, in order. */
function monthsBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from.slice(0, 7); m <= to.slice(0, 7); m = addMonths(m, 1)) out.push(m);
  return out;
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'zh-CN');

/** The responses of the filter, each scored once (what every sheet and figure is built from). */
function scoredInFilter(
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
function reportDimensions(
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

export function referenceSatisfactionReport(
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
      .sort((a, b) => byName(a, b) || a.staffId - b.staffId),
    byServiceItem: [...byItem]
      .map(([serviceItemId, s]) => {
        const it = item.get(serviceItemId);
        return { serviceItemId, code: it?.code ?? '', name: it?.name ?? `#${serviceItemId}`, ...s };
      })
      .sort((a, b) => a.code.localeCompare(b.code) || byName(a, b) || a.serviceItemId - b.serviceItemId),
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

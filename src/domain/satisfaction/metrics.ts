import { shanghaiDate, shanghaiMonth } from '../../schema/time';
import { countsAsValid, onScale, overallRating, toScore, type ResponseRecord } from './responses';
import { normaliseTemplate, type NormalisedTemplate, type TemplateRecord } from './template';
import { wilsonInterval } from './wilson';

/**
 * The satisfaction metrics of DOMAIN §3 over a set of responses (one filter, one branch, one
 * month…): counts, dimension scores, composite, CSAT with its Wilson interval, NPS and its
 * shares, the small-sample flag. The JSON names are those of DOMAIN §8 (S); the shares of
 * promoters, passives and detractors and the NPS answer count are extras.
 */
export interface SatisfactionSummary {
  responses: number;
  valid: number;
  excluded: number;
  /** Dimension key → 0–100 score, null when no valid response answered it. */
  dimensions: Record<string, number | null>;
  composite: number | null;
  csat: number | null;
  csatLow: number | null;
  csatHigh: number | null;
  nps: number | null;
  npsAnswers: number;
  promoters: number | null;
  passives: number | null;
  detractors: number | null;
  smallSample: boolean;
}

/**
 * Tolerance of the rating thresholds: weighted means of decimal weights are not exact in binary
 * (.3 × 4 + .3 × 4 + .2 × 4 + .2 × 4 is 3.9999999999999996), and a 4 must count as a 4.
 */
const EPSILON = 1e-9;

/** Fewer valid responses than this: the figures are shown greyed and flagged. */
export const SMALL_SAMPLE_BELOW = 30;

/** Templates by id, normalised once. */
export type TemplateIndex = ReadonlyMap<number, NormalisedTemplate>;

export function indexTemplates(templates: readonly TemplateRecord[]): TemplateIndex {
  return new Map(templates.map((t) => [t.id, normaliseTemplate(t)]));
}

/** The dimension keys of the templates, in template then dimension order, each once. */
export function dimensionKeys(templates: TemplateIndex): string[] {
  const keys = new Set<string>();
  for (const t of [...templates.values()].sort((a, b) => a.id - b.id))
    for (const d of t.dimensions) keys.add(d.key);
  return [...keys];
}

/** A response with what every summary of it needs, worked out once. */
export interface ScoredResponse {
  response: ResponseRecord;
  template: NormalisedTemplate | undefined;
  counts: boolean;
  /** Overall rating on the template's scale (null for an excluded response). */
  overall: number | null;
}

export function scoreResponses(
  responses: readonly ResponseRecord[],
  templates: TemplateIndex,
): ScoredResponse[] {
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

/** The counts a satisfaction summary is made of (both tallies keep them). */
export interface SummaryCounts {
  responses: number;
  valid: number;
  satisfied: number;
  npsAnswers: number;
  promoters: number;
  detractors: number;
}

/** A shown dimension's sums over the responses that answered it. */
export interface DimensionSums {
  key: string;
  scoreSum: number;
  shareSum: number;
  n: number;
}

/**
 * The summary from its counts and the shown dimensions' sums, in the dimensions' order (the
 * composite adds them in that order). A dimension no response answered is null. Its weight is
 * its share in the answering responses' templates (one template: simply its normalised weight).
 */
export function summaryOf(c: SummaryCounts, dims: readonly DimensionSums[]): SatisfactionSummary {
  const dimensions: Record<string, number | null> = {};
  let weighted = 0;
  let weights = 0;
  for (const d of dims) {
    if (d.n === 0) {
      dimensions[d.key] = null;
      continue;
    }
    const score = d.scoreSum / d.n;
    const weight = d.shareSum / d.n;
    dimensions[d.key] = score;
    weighted += weight * score;
    weights += weight;
  }
  const interval = wilsonInterval(c.satisfied, c.valid);
  const npsShare = (count: number) => (c.npsAnswers === 0 ? null : count / c.npsAnswers);
  const promoters = npsShare(c.promoters);
  const detractors = npsShare(c.detractors);
  return {
    responses: c.responses,
    valid: c.valid,
    excluded: c.responses - c.valid,
    dimensions,
    composite: weights === 0 ? null : weighted / weights,
    csat: c.valid === 0 ? null : c.satisfied / c.valid,
    csatLow: interval?.low ?? null,
    csatHigh: interval?.high ?? null,
    nps: promoters === null || detractors === null ? null : (promoters - detractors) * 100,
    npsAnswers: c.npsAnswers,
    promoters,
    passives: npsShare(c.npsAnswers - c.promoters - c.detractors),
    detractors,
    smallSample: c.valid < SMALL_SAMPLE_BELOW,
  };
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
    return summaryOf(
      this,
      keys.map((key) => ({ key, ...(this.dims.get(key) ?? { scoreSum: 0, shareSum: 0, n: 0 }) })),
    );
  }
}

/** The summary of every response given (already filtered). */
export function summarise(scored: readonly ScoredResponse[], keys: readonly string[]): SatisfactionSummary {
  const tally = new Tally();
  for (const s of scored) tally.add(s);
  return tally.result(keys);
}

/**
 * One summary per group, in one pass; responses whose group is null are left out. Groups come
 * back in the order of their first response unless the caller sorts them.
 */
export function summariseBy<K>(
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
export interface SatisfactionFilter {
  branchIds?: readonly number[];
  staffId?: number;
  serviceItemId?: number;
  channel?: string;
  /** Inclusive Asia/Shanghai days of submittedAt. */
  from?: string;
  to?: string;
}

export function matchesFilter(r: ResponseRecord, f: SatisfactionFilter): boolean {
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

/** The Shanghai month of a response, for the by-month breakdown. */
export const monthOf = (r: ResponseRecord): string => shanghaiMonth(r.submittedAt);

/** A valid response rated low: what a supervisor opens a complaint or an action from. */
export interface LowScore {
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

/**
 * The low-score entry of a scored response, or null when it is not one: a valid response whose
 * overall rating is ≤ 2 (≤ 0.4 × scale off 5 points).
 */
export function lowScoreOf(
  r: ResponseRecord,
  template: NormalisedTemplate | undefined,
  overall: number | null,
  counts: boolean,
): LowScore | null {
  if (!counts || !template || overall === null || overall > template.lowUpTo + EPSILON) return null;
  return {
    responseId: r.id,
    submittedAt: r.submittedAt,
    branchId: r.branchId,
    customerId: r.customerId ?? null,
    staffId: r.staffId ?? null,
    serviceItemId: r.serviceItemId ?? null,
    channel: r.channel,
    templateId: r.templateId,
    scale: template.scale,
    overall,
    scores: { ...(r.scores ?? {}) },
    nps: r.nps ?? null,
    comment: r.comment ?? null,
  };
}

/** Newest first, then the higher id (the order of `lowScores`). */
export function byNewest(a: LowScore, b: LowScore): number {
  return a.submittedAt < b.submittedAt ? 1 : a.submittedAt > b.submittedAt ? -1 : b.responseId - a.responseId;
}

/** Valid responses with an overall rating ≤ 2 (≤ 0.4 × scale off 5 points), newest first. */
export function lowScores(scored: readonly ScoredResponse[]): LowScore[] {
  const out: LowScore[] = [];
  for (const s of scored) {
    const low = lowScoreOf(s.response, s.template, s.overall, s.counts);
    if (low) out.push(low);
  }
  return out.sort(byNewest);
}

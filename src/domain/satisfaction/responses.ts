import type { NormalisedTemplate, TemplateRecord } from './template';

/**
 * One answered survey as the metrics read it, and the checks of its scores against its template.
 * A response counts only when it is not flagged invalid **and** every required dimension has a
 * value within the scale: the flag alone is never trusted (DOMAIN §3).
 */

export interface ResponseRecord {
  id: number;
  templateId: number;
  branchId: number;
  customerId?: number | null;
  staffId?: number | null;
  serviceItemId?: number | null;
  channel: string;
  submittedAt: string;
  scores: Record<string, number | null> | null;
  nps?: number | null;
  comment?: string | null;
  valid?: boolean | null;
  invalidReason?: string | null;
}

/** An integer from 1 to the scale. */
export function onScale(value: unknown, scale: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= scale;
}

/** What is wrong with a response's answers, by `scores.<key>` / `nps` (empty when nothing). */
export type ScoreProblem =
  | { field: string; kind: 'unknownDimension' }
  | { field: string; kind: 'outOfScale'; scale: number }
  | { field: 'nps'; kind: 'noNpsQuestion' };

/**
 * Values that cannot be stored: a key that is no dimension of the template, a value that is not
 * an integer from 1 to the scale, an NPS answer to a template without the question. A missing
 * answer is not a problem here: it makes the response incomplete (see `missingRequired`).
 */
export function scoreProblems(
  template: Pick<TemplateRecord, 'scale' | 'dimensions' | 'hasNps'>,
  scores: Record<string, unknown> | null | undefined,
  nps: number | null | undefined,
): ScoreProblem[] {
  const keys = new Set(template.dimensions.map((d) => d.key));
  const problems: ScoreProblem[] = [];
  for (const [key, value] of Object.entries(scores ?? {})) {
    if (!keys.has(key)) problems.push({ field: `scores.${key}`, kind: 'unknownDimension' });
    else if (value != null && !onScale(value, template.scale))
      problems.push({ field: `scores.${key}`, kind: 'outOfScale', scale: template.scale });
  }
  if (nps != null && !template.hasNps) problems.push({ field: 'nps', kind: 'noNpsQuestion' });
  return problems;
}

/** The required dimensions without a value on the scale. */
export function missingRequired(
  template: Pick<TemplateRecord, 'scale' | 'dimensions'>,
  scores: Record<string, unknown> | null | undefined,
): string[] {
  return template.dimensions
    .filter((d) => d.required && !onScale(scores?.[d.key], template.scale))
    .map((d) => d.key);
}

/** True when the response counts in the metrics (see the module comment). */
export function countsAsValid(response: ResponseRecord, template: NormalisedTemplate | undefined): boolean {
  if (!template || response.valid === false) return false;
  return missingRequired(template, response.scores).length === 0;
}

/**
 * The overall rating of one response, on its template's scale: Σ weightᵢ × valueᵢ ÷ Σ weightᵢ
 * over its answered dimensions; null when it answered none.
 */
export function overallRating(response: ResponseRecord, template: NormalisedTemplate): number | null {
  let weighted = 0;
  let weights = 0;
  for (const d of template.dimensions) {
    const value = response.scores?.[d.key];
    if (!onScale(value, template.scale)) continue;
    weighted += d.share * value;
    weights += d.share;
  }
  return weights === 0 ? null : weighted / weights;
}

/** A 1…scale value as a 0–100 score: 100 × (value − 1) ÷ (scale − 1). */
export function toScore(value: number, scale: number): number {
  return (100 * (value - 1)) / (scale - 1);
}

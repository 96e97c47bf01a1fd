import { roundHalfUp } from '../complaints/metrics';

/**
 * KPI scoring of DOMAIN §5.2, pure: a template and one month's scores in, indicator scores,
 * final score, grade and bonus coefficient out.
 *
 * Choices where the spec is silent (docs/kpi.md explains them):
 * - An automatic indicator whose metric could not be measured (no complaint to handle, no
 *   follow-up due: a zero denominator) scores **null**, not 0. The final score then leaves it
 *   out: Σ weight × score ÷ Σ weight runs over the indicators that have a score, so the other
 *   indicators carry its weight. Nobody is punished for a month without complaints.
 * - A manual indicator needs both the self and the supervisor score; until then it is null and
 *   the final score is null too (the appraisal is incomplete, it cannot be confirmed).
 * - Indicator weights need not add up to 100 (or 1): the final score divides by their sum.
 *   The self and supervisor weights are divided by their sum the same way (the template's rule
 *   keeps them at 100 %, so this only matters for a record that escaped that rule).
 * - A metric scores min(100, 100 × actual ÷ target), never below 0; a target that is not above
 *   0 cannot be met or missed, so the indicator is null.
 */

export type IndicatorSource = string; // 'manual' or a metric key (METRIC_KEYS)

export interface ScoringIndicator {
  key: string;
  label?: string;
  group?: string;
  weight: number;
  source: IndicatorSource;
  target?: number | null;
}

export interface ScoringGrade {
  grade: string;
  min: number;
}

export interface ScoringTemplate {
  indicators: readonly ScoringIndicator[];
  selfWeight: number;
  supervisorWeight: number;
  grades: readonly ScoringGrade[];
  bonusCoefficients: Readonly<Record<string, number>>;
}

export type ScoreMap = Readonly<Record<string, number | null | undefined>>;

export interface AppraisalScores {
  selfScores?: ScoreMap | null;
  supervisorScores?: ScoreMap | null;
  /** Metric key → actual value (a rate as a percentage); absent or null = not measurable. */
  autoValues?: ScoreMap | null;
}

export interface IndicatorResult {
  key: string;
  label: string;
  group: string;
  weight: number;
  source: IndicatorSource;
  target: number | null;
  self: number | null;
  supervisor: number | null;
  actual: number | null;
  /** 0–100 (2 decimals), or null when it cannot be scored yet or at all. */
  score: number | null;
}

export interface KpiResult {
  indicators: IndicatorResult[];
  /** 0–100 with 2 decimals; null while a manual indicator lacks a score, or nothing is scorable. */
  finalScore: number | null;
  grade: string | null;
  bonusCoefficient: number | null;
  /** Manual indicator keys still lacking the self score / the supervisor score. */
  missingSelf: string[];
  missingSupervisor: string[];
}

const num = (v: number | null | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null;

export const isManual = (i: Pick<ScoringIndicator, 'source'>): boolean => i.source === 'manual';

/** A manual indicator's score: (selfWeight × self + supervisorWeight × supervisor) ÷ (their sum). */
export function manualScore(
  template: Pick<ScoringTemplate, 'selfWeight' | 'supervisorWeight'>,
  self: number | null,
  supervisor: number | null,
): number | null {
  if (self === null || supervisor === null) return null;
  const weights = template.selfWeight + template.supervisorWeight;
  if (!(weights > 0)) return null;
  return (template.selfWeight * self + template.supervisorWeight * supervisor) / weights;
}

/** An automatic indicator's score: min(100, 100 × actual ÷ target), from 0; null when unmeasurable. */
export function metricScore(actual: number | null, target: number | null | undefined): number | null {
  const t = num(target);
  if (actual === null || t === null || t <= 0) return null;
  return Math.max(0, Math.min(100, (100 * actual) / t));
}

/** The grade of a score: the highest threshold it reaches (null for no score or no threshold). */
export function gradeOf(grades: readonly ScoringGrade[], score: number | null): string | null {
  if (score === null) return null;
  let best: ScoringGrade | null = null;
  for (const g of grades) if (score >= g.min && (best === null || g.min > best.min)) best = g;
  return best?.grade ?? null;
}

/** The bonus coefficient of a grade (null without a grade or a coefficient for it). */
export function bonusCoefficientOf(
  coefficients: Readonly<Record<string, number>>,
  grade: string | null,
): number | null {
  return grade === null ? null : (num(coefficients[grade]) ?? null);
}

/** Every indicator's score, the final score, grade and coefficient of one monthly appraisal. */
export function scoreAppraisal(template: ScoringTemplate, scores: AppraisalScores): KpiResult {
  const indicators: IndicatorResult[] = [];
  const missingSelf: string[] = [];
  const missingSupervisor: string[] = [];
  let weighted = 0;
  let weights = 0;
  for (const i of template.indicators) {
    const manual = isManual(i);
    const self = manual ? num(scores.selfScores?.[i.key]) : null;
    const supervisor = manual ? num(scores.supervisorScores?.[i.key]) : null;
    const actual = manual ? null : num(scores.autoValues?.[i.source]);
    if (manual && self === null) missingSelf.push(i.key);
    if (manual && supervisor === null) missingSupervisor.push(i.key);
    const raw = manual ? manualScore(template, self, supervisor) : metricScore(actual, i.target);
    if (raw !== null && i.weight > 0) {
      weighted += i.weight * raw;
      weights += i.weight;
    }
    indicators.push({
      key: i.key,
      label: i.label ?? i.key,
      group: i.group ?? 'performance',
      weight: i.weight,
      source: i.source,
      target: manual ? null : num(i.target),
      self,
      supervisor,
      actual,
      score: raw === null ? null : roundHalfUp(raw, 2),
    });
  }
  const complete = missingSelf.length === 0 && missingSupervisor.length === 0;
  const finalScore = complete && weights > 0 ? roundHalfUp(weighted / weights, 2) : null;
  const grade = gradeOf(template.grades, finalScore);
  return {
    indicators,
    finalScore,
    grade,
    bonusCoefficient: bonusCoefficientOf(template.bonusCoefficients, grade),
    missingSelf,
    missingSupervisor,
  };
}

import { roundHalfUp } from '../complaints/metrics';
import { bonusCoefficientOf, gradeOf, type ScoringTemplate } from './score';

/**
 * 年度考核 (DOMAIN §5.2, seed 000 "年度考核结果为全年月度考核结果的综合"): the mean of the year's
 * confirmed monthly final scores plus a year-end adjustment, within 0–100, graded by the
 * employee's template. A month that is not confirmed (or was never appraised — joined late,
 * left early) is not in the mean: the mean is over the months that exist, not over 12.
 */

export interface MonthlyFinal {
  month: string;
  status: string;
  finalScore: number | null;
}

export interface AnnualResult {
  year: number;
  /** How many confirmed months the mean covers. */
  months: number;
  monthlyMean: number | null;
  adjustment: number;
  finalScore: number | null;
  grade: string | null;
  bonusCoefficient: number | null;
}

export function annualResult(
  year: number,
  monthly: readonly MonthlyFinal[],
  adjustment: number | null | undefined,
  template: Pick<ScoringTemplate, 'grades' | 'bonusCoefficients'>,
): AnnualResult {
  const prefix = `${year}-`;
  const finals = monthly
    .filter((m) => m.status === 'confirmed' && m.month.startsWith(prefix) && typeof m.finalScore === 'number')
    .map((m) => m.finalScore as number);
  const adj = typeof adjustment === 'number' && Number.isFinite(adjustment) ? adjustment : 0;
  if (finals.length === 0)
    return {
      year,
      months: 0,
      monthlyMean: null,
      adjustment: adj,
      finalScore: null,
      grade: null,
      bonusCoefficient: null,
    };
  const mean = finals.reduce((s, v) => s + v, 0) / finals.length;
  const monthlyMean = roundHalfUp(mean, 2);
  // The final score adds the adjustment to the rounded mean shown, so the two columns add up.
  const finalScore = roundHalfUp(Math.max(0, Math.min(100, monthlyMean + adj)), 2);
  const grade = gradeOf(template.grades, finalScore);
  return {
    year,
    months: finals.length,
    monthlyMean,
    adjustment: adj,
    finalScore,
    grade,
    bonusCoefficient: bonusCoefficientOf(template.bonusCoefficients, grade),
  };
}

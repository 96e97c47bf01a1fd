import type { AppraisalTemplate } from '../../src/domain/defaults';
import type { KpiScorer } from './kpi';

/*
 * Interim: the KPI score and the training total are business rules that belong in src/domain
 * (DOMAIN §5.2, §6). Until the domain module that computes them exists, the seed follows the
 * DOMAIN text here; switch these to the domain functions when they land.
 */

/** The grade of a score: the highest threshold it reaches. */
export function gradeOf(template: AppraisalTemplate, score: number): string {
  const sorted = [...template.grades].sort((a, b) => b.min - a.min);
  return (sorted.find((g) => score >= g.min) ?? sorted[sorted.length - 1]).grade;
}

/**
 * finalScore = Σ weight × indicator score ÷ Σ weight; a manual indicator scores
 * selfWeight × self + supervisorWeight × supervisor, a metric min(100, 100 × actual ÷ target).
 */
export const kpiScore: KpiScorer = (template, { selfScores, supervisorScores, autoValues }) => {
  let num = 0;
  let den = 0;
  for (const indicator of template.indicators) {
    let value: number;
    if (indicator.source === 'manual') {
      value =
        template.selfWeight * (selfScores[indicator.key] ?? 0) +
        template.supervisorWeight * (supervisorScores[indicator.key] ?? 0);
    } else {
      const actual = autoValues[indicator.source];
      value =
        actual === undefined || !indicator.target ? 0 : Math.min(100, (100 * actual) / indicator.target);
    }
    num += indicator.weight * value;
    den += indicator.weight;
  }
  const finalScore = den ? Math.round((num / den) * 100) / 100 : 0;
  return { finalScore, grade: gradeOf(template, finalScore) };
};

/** Training total: the mean of theory, practical and performance, to one decimal. */
export function assessmentTotal(theory: number, practical: number, performance: number): number {
  return Math.round(((theory + practical + performance) / 3) * 10) / 10;
}

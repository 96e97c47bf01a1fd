import type { AppraisalTemplate } from '../../src/domain/defaults';
import { gradeOf as gradeFor, scoreAppraisal } from '../../src/domain/kpi';
import { assessmentTotal as trainingTotal } from '../../src/domain/training';
import type { KpiScorer } from './kpi';

/** The KPI score and the training total of the seed: the domain's functions (DOMAIN §5.2, §6). */

/** The grade of a score: the highest threshold it reaches. */
export function gradeOf(template: AppraisalTemplate, score: number): string {
  return gradeFor(template.grades, score) ?? template.grades[template.grades.length - 1].grade;
}

/** The domain's final score; the seed scores every manual indicator, so it is never null. */
export const kpiScore: KpiScorer = (template, scores) => {
  const result = scoreAppraisal(template, scores);
  const finalScore = result.finalScore ?? 0;
  return { finalScore, grade: result.grade ?? gradeOf(template, finalScore) };
};

/** Training total: the mean of theory, practical and performance, to one decimal. */
export const assessmentTotal = trainingTotal;

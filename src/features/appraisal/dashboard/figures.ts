import { fromHundredths, toCenti, toFen } from '../../../domain/appraisal';
import type { RuleCategory } from '../../../domain/defaults';
import type { AppraisalReport, EmployeeJson } from '../../../../reports/appraisal/result';

/**
 * What the appraisal dashboard shows, taken from the `appraisal` report's JSON and nothing
 * else, so the dashboard, the json and the xlsx carry the same numbers. Sums are made in
 * integer fen / centi-points, as the engine does.
 */

export interface Headline {
  headcount: number;
  points: number;
  commissionYuan: number;
  pay: number;
  escalations: number;
  collectivePoints: number;
}

export function headline(report: AppraisalReport): Headline {
  const fen = (pick: (e: EmployeeJson) => number) =>
    fromHundredths(report.employees.reduce((n, e) => n + toFen(pick(e)), 0));
  return {
    headcount: report.employees.length,
    points: fromHundredths(report.employees.reduce((n, e) => n + toCenti(e.points), 0)),
    commissionYuan: fen((e) => e.commissionYuan),
    pay: fen((e) => e.pay),
    escalations: report.escalations.length,
    collectivePoints: fromHundredths(report.teams.reduce((n, t) => n + toCenti(t.collectivePoints), 0)),
  };
}

/** The employees ranked by a figure, highest first (ties by employee number), at most `limit`. */
export function leaderboard(
  report: AppraisalReport,
  by: 'points' | 'commissionYuan',
  limit = 10,
): EmployeeJson[] {
  return [...report.employees]
    .sort((a, b) => b[by] - a[by] || a.employeeNo.localeCompare(b.employeeNo))
    .slice(0, limit);
}

export const CATEGORY_ORDER: RuleCategory[] = [
  'record_keeping',
  'spot_check',
  'service_standard',
  'discipline',
  'praise',
  'conversion',
];

/** Individual points by rule category, in the table's order, categories without points left out. */
export function pointsByCategory(report: AppraisalReport): { category: RuleCategory; points: number }[] {
  const byCategory = new Map(report.byCategory.map((c) => [c.category, c.points]));
  return CATEGORY_ORDER.filter((c) => byCategory.has(c)).map((category) => ({
    category,
    points: byCategory.get(category) as number,
  }));
}

/** Yuan as the dashboard shows them: two decimals, thousands separated (`9,330.00`). */
export function money(yuan: number): string {
  return yuan.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** Points as shown: up to two decimals, a sign when positive (`+12`, `-1.67`). */
export function points(value: number): string {
  const text = value.toLocaleString('en-US', { maximumFractionDigits: 2 });
  return value > 0 ? `+${text}` : text;
}

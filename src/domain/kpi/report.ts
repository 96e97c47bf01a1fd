import { annualResult } from './annual';
import { bonusCoefficientOf, type ScoringTemplate } from './score';

/**
 * The `kpi` report (DOMAIN §8.4, 月度/年度考核): per employee the final score, grade, bonus
 * coefficient and status of a month, or of a year. A month lists every appraisal of the month
 * (score and grade only once confirmed). A year lists every employee with an appraisal in it:
 * the stored annual appraisal when there is one (status `recorded`, with its adjustment), else
 * the mean of the confirmed months as it stands (status `provisional`, no adjustment).
 */

export interface KpiReportEmployee {
  id: number;
  employeeNo: string;
  name: string;
  branchId: number;
  roleGroup: string;
}

export interface KpiReportMonthly {
  id: number;
  employeeId: number;
  month: string;
  status: string;
  finalScore: number | null;
  grade: string | null;
}

export interface KpiReportAnnual {
  employeeId: number;
  year: number;
  adjustment: number | null;
}

export interface KpiReportInput {
  employees: readonly KpiReportEmployee[];
  branches: readonly { id: number; code: string; name: string }[];
  templates: readonly (ScoringTemplate & { roleGroup: string })[];
  monthly: readonly KpiReportMonthly[];
  annual: readonly KpiReportAnnual[];
}

export interface KpiReportRow {
  employeeId: number;
  employeeNo: string;
  name: string;
  branchId: number;
  branchCode: string;
  roleGroup: string;
  finalScore: number | null;
  grade: string | null;
  bonusCoefficient: number | null;
  status: string;
  /** Annual form only: the mean of the confirmed months, their number and the adjustment. */
  monthlyMean?: number | null;
  months?: number;
  adjustment?: number;
  /** Monthly form only: the appraisal's id (a link in the console). */
  appraisalId?: number;
}

export interface KpiReport {
  month?: string;
  year?: number;
  employees: KpiReportRow[];
  /** How many employees have each grade (and `none` without one yet). */
  byGrade: Record<string, number>;
  /** Mean of the final scores present; null when none. */
  meanScore: number | null;
}

const GRADE_ORDER = ['A', 'B', 'C', 'D'];

function finish(rows: KpiReportRow[], head: { month?: string; year?: number }): KpiReport {
  rows.sort((a, b) => a.branchCode.localeCompare(b.branchCode) || a.employeeNo.localeCompare(b.employeeNo));
  const byGrade: Record<string, number> = Object.fromEntries([...GRADE_ORDER, 'none'].map((g) => [g, 0]));
  const scores: number[] = [];
  for (const r of rows) {
    const g = r.grade ?? 'none';
    byGrade[g] = (byGrade[g] ?? 0) + 1;
    if (r.finalScore !== null) scores.push(r.finalScore);
  }
  const meanScore = scores.length
    ? Math.round((scores.reduce((s, v) => s + v, 0) / scores.length) * 100) / 100
    : null;
  return { ...head, employees: rows, byGrade, meanScore };
}

export function kpiReport(input: KpiReportInput, period: { month: string } | { year: number }): KpiReport {
  const employees = new Map(input.employees.map((e) => [e.id, e]));
  const branches = new Map(input.branches.map((b) => [b.id, b]));
  const templates = new Map(input.templates.map((t) => [t.roleGroup, t]));
  const base = (e: KpiReportEmployee) => ({
    employeeId: e.id,
    employeeNo: e.employeeNo,
    name: e.name,
    branchId: e.branchId,
    branchCode: branches.get(e.branchId)?.code ?? '',
    roleGroup: e.roleGroup,
  });

  if ('month' in period) {
    const rows: KpiReportRow[] = [];
    for (const m of input.monthly) {
      const e = employees.get(m.employeeId);
      if (m.month !== period.month || !e) continue;
      const confirmed = m.status === 'confirmed';
      const grade = confirmed ? m.grade : null;
      const template = templates.get(e.roleGroup);
      rows.push({
        ...base(e),
        finalScore: confirmed ? m.finalScore : null,
        grade,
        bonusCoefficient: template ? bonusCoefficientOf(template.bonusCoefficients, grade) : null,
        status: m.status,
        appraisalId: m.id,
      });
    }
    return finish(rows, { month: period.month });
  }

  const { year } = period;
  const prefix = `${year}-`;
  const byEmployee = new Map<number, KpiReportMonthly[]>();
  for (const m of input.monthly) {
    if (!m.month.startsWith(prefix) || !employees.has(m.employeeId)) continue;
    const list = byEmployee.get(m.employeeId) ?? [];
    list.push(m);
    byEmployee.set(m.employeeId, list);
  }
  const stored = new Map(input.annual.filter((a) => a.year === year).map((a) => [a.employeeId, a]));
  const rows: KpiReportRow[] = [];
  for (const [employeeId, months] of byEmployee) {
    const e = employees.get(employeeId) as KpiReportEmployee;
    const template = templates.get(e.roleGroup);
    if (!template) continue;
    const record = stored.get(employeeId);
    const r = annualResult(year, months, record?.adjustment ?? 0, template);
    rows.push({
      ...base(e),
      finalScore: r.finalScore,
      grade: r.grade,
      bonusCoefficient: r.bonusCoefficient,
      status: record ? 'recorded' : 'provisional',
      monthlyMean: r.monthlyMean,
      months: r.months,
      adjustment: r.adjustment,
    });
  }
  return finish(rows, { year });
}

import type { AppraisalTemplate } from '../../src/domain/defaults';
import { annualResult } from '../../src/domain/kpi';
import { monthLastDay } from '../../src/schema/time';
import type { SeedContext } from './context';
import { isActiveInMonth, type Organisation } from './organisation';
import type { AnnualAppraisal, Employee, MonthlyAppraisal } from './types';

const COMMENTS = {
  good: ['工作认真负责，本月表现突出，继续保持', '服务意识强，顾客评价好', '业务熟练，能主动帮助同事'],
  fair: ['整体完成本月任务，专业能力仍需提升', '工作态度端正，注意提高效率', '沟通能力较好，细节方面需加强'],
  poor: ['本月出勤情况需改进', '服务规范执行不到位，请加强学习', '工作差错较多，下月重点改进'],
};

/** The KPI result of one appraisal (DOMAIN §5.2), as the domain computes it. */
export type KpiScorer = (
  template: AppraisalTemplate,
  scores: Pick<MonthlyAppraisal, 'selfScores' | 'supervisorScores' | 'autoValues'>,
) => { finalScore: number; grade: string };

/**
 * 月度考核 for every employee active in each month: confirmed for the past months, with self
 * and supervisor scores for the manual indicators and the metrics' actual values; the current
 * month open for self-assessment. Then 年度考核 for last year from the confirmed months.
 */
export function generateKpiAppraisals(
  ctx: SeedContext,
  org: Organisation,
  templates: AppraisalTemplate[],
  metrics: (e: Employee, month: string) => Record<string, number>,
  score: KpiScorer,
  grade: (template: AppraisalTemplate, score: number) => string,
): { monthly: MonthlyAppraisal[]; annual: AnnualAppraisal[] } {
  const rng = ctx.rng.fork('kpi');
  const { cal } = ctx;
  const templateOf = new Map(templates.map((t) => [t.roleGroup as string, t]));
  const personal = new Map(org.employees.map((e) => [e.id, rng.normal(0, 5)]));
  const monthly: MonthlyAppraisal[] = [];

  for (const month of cal.months) {
    const lastDay = monthLastDay(month);
    const open = month === cal.currentMonth;
    for (const e of org.employees) {
      if (!isActiveInMonth(e, month, lastDay)) continue;
      const template = templateOf.get(e.roleGroup);
      if (!template) continue;
      if (open) {
        monthly.push({
          id: monthly.length + 1,
          employeeId: e.id,
          month,
          selfScores: {},
          supervisorScores: {},
          autoValues: {},
          finalScore: null,
          grade: null,
          status: 'self_pending',
          comments: null,
        });
        continue;
      }
      const selfScores: Record<string, number> = {};
      const supervisorScores: Record<string, number> = {};
      const offset = personal.get(e.id) ?? 0;
      for (const indicator of template.indicators) {
        if (indicator.source !== 'manual') continue;
        selfScores[indicator.key] = Math.max(50, Math.min(100, Math.round(rng.normal(87 + offset / 2, 5))));
        supervisorScores[indicator.key] = Math.max(40, Math.min(100, Math.round(rng.normal(82 + offset, 6))));
      }
      const all = metrics(e, month);
      const autoValues: Record<string, number> = {};
      for (const indicator of template.indicators) {
        if (indicator.source !== 'manual' && all[indicator.source] !== undefined)
          autoValues[indicator.source] = all[indicator.source];
      }
      const result = score(template, { selfScores, supervisorScores, autoValues });
      const band =
        result.finalScore >= 88 ? COMMENTS.good : result.finalScore >= 75 ? COMMENTS.fair : COMMENTS.poor;
      monthly.push({
        id: monthly.length + 1,
        employeeId: e.id,
        month,
        selfScores,
        supervisorScores,
        autoValues,
        finalScore: result.finalScore,
        grade: result.grade,
        status: 'confirmed',
        comments: rng.chance(0.5) ? rng.pick(band) : null,
      });
    }
  }

  // 年度考核 of last year, by the domain's rule: mean of the confirmed months plus an adjustment.
  const year = Number(cal.today.slice(0, 4)) - 1;
  const byEmployee = new Map<number, MonthlyAppraisal[]>();
  for (const m of monthly) {
    if (!m.month.startsWith(`${year}-`)) continue;
    const list = byEmployee.get(m.employeeId) ?? [];
    list.push(m);
    byEmployee.set(m.employeeId, list);
  }
  const annual: AnnualAppraisal[] = [];
  for (const [employeeId, months] of byEmployee) {
    const e = org.employee(employeeId);
    const template = templateOf.get(e.roleGroup) as AppraisalTemplate;
    const adjustment = rng.chance(0.7) ? 0 : rng.int(-5, 5);
    const result = annualResult(year, months, adjustment, template);
    if (result.monthlyMean === null || result.finalScore === null) continue;
    annual.push({
      id: annual.length + 1,
      employeeId,
      year,
      monthlyMean: result.monthlyMean,
      adjustment,
      finalScore: result.finalScore,
      grade: result.grade ?? grade(template, result.finalScore),
    });
  }
  return { monthly, annual };
}

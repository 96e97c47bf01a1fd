import {
  autoValuesFor,
  kpiMetricIndex,
  type KpiMetricSources,
  type MetricValues,
  type ScoringTemplate,
} from '../../../src/domain/kpi';
import { ROLE_GROUPS } from '../../../src/resources/options';
import type { Lang } from '../../../src/schema/labels';
import { addMonths, shanghaiMonth } from '../../../src/schema/time';
import type { Row } from '../../database';
import { ApiError } from '../../errors';
import type { Store } from '../../store';
import { kpiMessage } from './messages';

/** The stored records the KPI rules read, typed as far as they need. */

export interface EmployeeRow extends Row {
  name: string;
  employeeNo: string;
  branchId: number;
  roleGroup: string;
  hiredOn: string;
  leftOn: string | null;
}

export interface TemplateRow extends Row, ScoringTemplate {
  roleGroup: string;
}

export interface MonthlyRow extends Row {
  employeeId: number;
  month: string;
  selfScores: Record<string, number> | null;
  supervisorScores: Record<string, number> | null;
  autoValues: Record<string, number> | null;
  finalScore: number | null;
  grade: string | null;
  status: 'self_pending' | 'supervisor_pending' | 'confirmed';
  comments: string | null;
}

export const MONTHLY = 'monthly-appraisals';
export const ANNUAL = 'annual-appraisals';

export const roleGroupLabel = (roleGroup: string, lang: Lang): string =>
  ROLE_GROUPS.find((o) => o.value === roleGroup)?.label[lang] ?? roleGroup;

export function templateFor(store: Store, roleGroup: string): TemplateRow | undefined {
  return (store.rows('appraisal-templates') as TemplateRow[]).find((t) => t.roleGroup === roleGroup);
}

/** The employee's template, or 422 naming the role group without one. */
export function requireTemplate(store: Store, employee: EmployeeRow, lang: Lang): TemplateRow {
  const t = templateFor(store, employee.roleGroup);
  if (!t)
    throw new ApiError(
      422,
      kpiMessage('noTemplate', lang, { roleGroup: roleGroupLabel(employee.roleGroup, lang) }),
    );
  return t;
}

/** The ids of the full-attendance rule (D04 by the appraisal settings). */
function attendanceRuleIds(store: Store): number[] {
  const settings = store.find('appraisal-settings', 1);
  const code = typeof settings?.fullAttendanceRuleCode === 'string' ? settings.fullAttendanceRuleCode : 'D04';
  return store
    .rows('appraisal-rules')
    .filter((r) => r.code === code)
    .map((r) => r.id);
}

/**
 * The metric values of `months` for any employee, from the store's records of those months
 * (read as the system, not as the signed-in user: an appraisal's metric counts every record).
 * Contracts are read whole: a customer's first contract may be older than the month.
 */
export function metricsOf(
  store: Store,
  months: readonly string[],
): (e: EmployeeRow, month: string) => MetricValues {
  const wanted = new Set(months);
  const byMonth =
    (field: string, instant = false) =>
    (r: Row) => {
      const v = r[field];
      if (typeof v !== 'string') return false;
      return wanted.has(instant ? shanghaiMonth(v) : v.slice(0, 7));
    };
  const rows = (name: string, test: (r: Row) => boolean) => store.rows(name).filter(test) as unknown[];
  const sources = {
    contracts: store.rows('contracts'),
    careRecords: rows('care-records', byMonth('performedAt', true)),
    surveyResponses: rows('survey-responses', byMonth('submittedAt', true)),
    surveyTemplates: store.rows('survey-templates'),
    complaints: rows('complaints', byMonth('receivedAt', true)),
    followUps: rows('follow-ups', byMonth('dueOn')),
    inspections: rows('inspections', byMonth('inspectedOn')),
    appraisalEvents: rows('appraisal-events', byMonth('occurredOn')),
    attendanceRuleIds: attendanceRuleIds(store),
  } as unknown as KpiMetricSources; // stored rows carry at least the fields the declarations require
  return kpiMetricIndex(sources);
}

/** The live metric values a template's automatic indicators need. */
export function liveAutoValues(
  store: Store,
  employee: EmployeeRow,
  month: string,
  template: TemplateRow,
  metrics = metricsOf(store, [month]),
): Record<string, number> {
  return autoValuesFor(template.indicators, metrics(employee, month));
}

/** The current Shanghai month and the one before: months that may be opened are up to the current. */
export function currentMonth(now: Date): string {
  return shanghaiMonth(now.getTime());
}

export const previousMonth = (month: string): string => addMonths(month, -1);

import { complaintFigures, roundHalfUp } from '../complaints/metrics';
import type { ComplaintFacts } from '../complaints/types';
import type { MetricKey } from '../defaults';
import { summariseFollowUpsBy, type FollowUpRecord } from '../followUps/metrics';
import { dimensionKeys, indexTemplates, scoreResponses, summariseBy } from '../satisfaction/metrics';
import type { ResponseRecord } from '../satisfaction/responses';
import type { TemplateRecord } from '../satisfaction/template';
import { shanghaiMonth } from '../../schema/time';

/**
 * The actual values of the KPI metrics (DOMAIN §5.2) per employee and month, from the month's
 * records, through the same functions the dashboards use (so an appraisal's automatic
 * indicators equal the figures a manager sees there):
 * - contractAmount (yuan), contractCount: contracts the employee signed as sales rep in the
 *   month (by signedOn), drafts and cancellations left out;
 * - newCustomers: of those, the customer's first contract ever;
 * - customersServed: distinct customers of the employee's care records in the month;
 * - qualityScore: mean score of the branch's inspections in the month;
 * - satisfaction: the composite (0–100) of the valid responses naming the employee, or — when
 *   none does, as for customer-service staff — of the branch's (DOMAIN §3, satisfaction dashboard);
 * - complaintHandlingRate: handled ÷ received of the complaints received in the month with the
 *   employee as handler, as a percentage (complaints dashboard, by handler);
 * - followUpSuccessRate: reached ÷ due of the follow-ups due in the month assigned to the
 *   employee, as a percentage (follow-up statistics, by staff);
 * - attendance: 100 − 10 × the month's occurrences of the full-attendance rule (D04), from 0.
 * A metric with a zero denominator is null (not 0): see score.ts for what the final score does.
 * Rates and scores are rounded half-up to 1 decimal, amounts to 2.
 */

export interface MetricContract {
  id: number;
  customerId: number;
  salesRepId: number | null;
  signedOn: string;
  status: string;
  total: number;
}

export interface MetricCareRecord {
  customerId: number;
  staffId: number | null;
  performedAt: string;
}

export interface MetricInspection {
  branchId: number;
  inspectedOn: string;
  score: number | null;
}

export interface MetricEvent {
  employeeId: number;
  ruleId: number;
  occurredOn: string;
  count: number;
}

export interface KpiMetricSources {
  contracts: readonly MetricContract[];
  careRecords: readonly MetricCareRecord[];
  surveyResponses: readonly ResponseRecord[];
  surveyTemplates: readonly TemplateRecord[];
  complaints: readonly ComplaintFacts[];
  followUps: readonly FollowUpRecord[];
  inspections: readonly MetricInspection[];
  appraisalEvents: readonly MetricEvent[];
  /** The ids of the full-attendance rule (settings' fullAttendanceRuleCode, D04). */
  attendanceRuleIds: readonly number[];
}

export type MetricValues = Record<MetricKey, number | null>;

export interface MetricEmployee {
  id: number;
  branchId: number;
}

const NOT_SIGNED = ['draft', 'cancelled'];

const key = (owner: number | string, month: string) => `${owner}|${month}`;

function add(map: Map<string, number>, k: string, v: number): void {
  map.set(k, (map.get(k) ?? 0) + v);
}

const pct = (rate: number | null): number | null => (rate === null ? null : roundHalfUp(rate * 100, 1));

/**
 * Indexes the records once (the seed asks for every employee × month of a year) and answers
 * the metric values of one employee in one month.
 */
export function kpiMetricIndex(src: KpiMetricSources): (e: MetricEmployee, month: string) => MetricValues {
  // Sales, in fen so that sums are exact.
  const amountFen = new Map<string, number>();
  const contractCount = new Map<string, number>();
  const newCustomers = new Map<string, number>();
  const firstContract = new Map<number, MetricContract>();
  for (const c of src.contracts) {
    const first = firstContract.get(c.customerId);
    if (!first || c.signedOn < first.signedOn || (c.signedOn === first.signedOn && c.id < first.id))
      firstContract.set(c.customerId, c);
  }
  for (const c of src.contracts) {
    if (c.salesRepId == null || NOT_SIGNED.includes(c.status)) continue;
    const k = key(c.salesRepId, c.signedOn.slice(0, 7));
    add(amountFen, k, Math.round(c.total * 100));
    add(contractCount, k, 1);
    if (firstContract.get(c.customerId)?.id === c.id) add(newCustomers, k, 1);
  }

  const served = new Map<string, Set<number>>();
  for (const r of src.careRecords) {
    if (r.staffId == null) continue;
    const k = key(r.staffId, shanghaiMonth(r.performedAt));
    let set = served.get(k);
    if (!set) served.set(k, (set = new Set()));
    set.add(r.customerId);
  }

  const inspectionSum = new Map<string, number>();
  const inspectionCount = new Map<string, number>();
  for (const i of src.inspections) {
    if (typeof i.score !== 'number') continue;
    const k = key(`b${i.branchId}`, i.inspectedOn.slice(0, 7));
    add(inspectionSum, k, i.score);
    add(inspectionCount, k, 1);
  }

  const templates = indexTemplates(src.surveyTemplates);
  const dims = dimensionKeys(templates);
  const scored = scoreResponses(src.surveyResponses, templates);
  const byStaff = summariseBy(scored, dims, (r) =>
    r.staffId == null ? null : key(r.staffId, shanghaiMonth(r.submittedAt)),
  );
  const byBranch = summariseBy(scored, dims, (r) => key(`b${r.branchId}`, shanghaiMonth(r.submittedAt)));

  const handlerComplaints = new Map<string, ComplaintFacts[]>();
  for (const c of src.complaints) {
    if (c.handlerId == null) continue;
    const k = key(c.handlerId, shanghaiMonth(c.receivedAt));
    const list = handlerComplaints.get(k);
    if (list) list.push(c);
    else handlerComplaints.set(k, [c]);
  }

  const followUps = summariseFollowUpsBy(src.followUps, (f) => key(f.staffId, f.dueOn.slice(0, 7)));

  const attendanceRules = new Set(src.attendanceRuleIds);
  const absences = new Map<string, number>();
  for (const e of src.appraisalEvents)
    if (attendanceRules.has(e.ruleId)) add(absences, key(e.employeeId, e.occurredOn.slice(0, 7)), e.count);

  return (e, month) => {
    const k = key(e.id, month);
    const b = key(`b${e.branchId}`, month);
    const inspections = inspectionCount.get(b) ?? 0;
    const own = byStaff.get(k)?.composite ?? null;
    const composite = own ?? byBranch.get(b)?.composite ?? null;
    const handled = handlerComplaints.get(k);
    return {
      contractAmount: (amountFen.get(k) ?? 0) / 100,
      contractCount: contractCount.get(k) ?? 0,
      newCustomers: newCustomers.get(k) ?? 0,
      customersServed: served.get(k)?.size ?? 0,
      qualityScore: inspections ? roundHalfUp((inspectionSum.get(b) ?? 0) / inspections, 1) : null,
      satisfaction: composite === null ? null : roundHalfUp(composite, 1),
      complaintHandlingRate: pct(handled ? complaintFigures(handled, 0, null).handlingRate : null),
      followUpSuccessRate: pct(followUps.get(k)?.successRate ?? null),
      attendance: Math.max(0, 100 - 10 * (absences.get(k) ?? 0)),
    };
  };
}

/** The values a template's automatic indicators need, from all of an employee's month's metrics. */
export function autoValuesFor(
  indicators: readonly { source: string }[],
  values: MetricValues,
): Record<string, number> {
  const out: Record<string, number> = {};
  for (const i of indicators) {
    if (i.source === 'manual') continue;
    const v = (values as Record<string, number | null>)[i.source];
    if (typeof v === 'number') out[i.source] = v;
  }
  return out;
}

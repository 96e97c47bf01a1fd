import { shanghaiMonth } from '../../src/schema/time';
import type { SurveyTemplate } from '../../src/domain/defaults';
import type {
  AppraisalEvent,
  CareRecord,
  Complaint,
  Contract,
  Employee,
  FollowUp,
  Id,
  Inspection,
  SurveyResponse,
} from './types';

/** What the KPI metrics are computed from: the month's records of the generated database. */
export interface MetricSources {
  contracts: Contract[];
  careRecords: CareRecord[];
  surveyResponses: SurveyResponse[];
  surveyTemplate: SurveyTemplate;
  complaints: Complaint[];
  followUps: FollowUp[];
  inspections: Inspection[];
  appraisalEvents: AppraisalEvent[];
  attendanceRuleId: Id | null;
}

/** Sums and counts per key, for the rates and means below. */
class Tally {
  private readonly sums = new Map<string, [number, number]>();
  add(key: string, value: number, count = 1): void {
    const t = this.sums.get(key);
    if (t) {
      t[0] += value;
      t[1] += count;
    } else this.sums.set(key, [value, count]);
  }
  sum(key: string): number | undefined {
    return this.sums.get(key)?.[0];
  }
  count(key: string): number {
    return this.sums.get(key)?.[1] ?? 0;
  }
}

const round = (v: number, places: number) => Math.round(v * 10 ** places) / 10 ** places;

/**
 * The actual values of the KPI metrics (DOMAIN §5.2) per employee and month, computed once over
 * the generated records: amounts in yuan, counts, scores 0–100, rates as percentages. A metric
 * with nothing to measure (no complaint handled, no response received) is left out.
 * The definitions follow DOMAIN §3 (composite of complete valid responses), §4 (handled ÷
 * received, withdrawn and invalid left out) and §2 (reached ÷ due). When src/domain gains the
 * metric functions themselves, call them here instead, so that the seed's values and the
 * reports' cannot drift apart.
 */
export function kpiMetrics(src: MetricSources): (e: Employee, month: string) => Record<string, number> {
  const t = new Tally();
  const k = (id: Id | string, month: string, what: string) => `${id}|${month}|${what}`;

  // Sales: contracts signed (drafts and cancellations do not count), and customers' first ones.
  const firstContract = new Map<Id, Id>();
  for (const c of src.contracts) if (!firstContract.has(c.customerId)) firstContract.set(c.customerId, c.id);
  for (const c of src.contracts) {
    if (c.status === 'draft' || c.status === 'cancelled') continue;
    const m = c.signedOn.slice(0, 7);
    t.add(k(c.salesRepId, m, 'amount'), Math.round(c.total * 100));
    if (firstContract.get(c.customerId) === c.id) t.add(k(c.salesRepId, m, 'new'), 1);
  }

  // Technical: distinct customers served.
  const served = new Set<string>();
  for (const c of src.careRecords) {
    const key = k(c.staffId, shanghaiMonth(c.performedAt), `cust${c.customerId}`);
    if (served.has(key)) continue;
    served.add(key);
    t.add(k(c.staffId, shanghaiMonth(c.performedAt), 'served'), 1);
  }

  // Satisfaction: dimension means of complete valid responses, per member of staff and per branch.
  const dims = src.surveyTemplate.dimensions;
  const scale = src.surveyTemplate.scale;
  for (const r of src.surveyResponses) {
    if (r.valid === false) continue;
    if (
      dims.some(
        (d) =>
          d.required &&
          !(typeof r.scores[d.key] === 'number' && r.scores[d.key] >= 1 && r.scores[d.key] <= scale),
      )
    )
      continue;
    const m = shanghaiMonth(r.submittedAt);
    for (const d of dims) {
      const v = r.scores[d.key];
      if (typeof v !== 'number') continue;
      if (r.staffId !== null) t.add(k(r.staffId, m, `dim:${d.key}`), v);
      t.add(k(`b${r.branchId}`, m, `dim:${d.key}`), v);
    }
  }
  const composite = (owner: string | Id, month: string): number | undefined => {
    let num = 0;
    let den = 0;
    for (const d of dims) {
      const n = t.count(k(owner, month, `dim:${d.key}`));
      if (!n) continue;
      const mean = (t.sum(k(owner, month, `dim:${d.key}`)) as number) / n;
      num += d.weight * ((100 * (mean - 1)) / (scale - 1));
      den += d.weight;
    }
    return den ? round(num / den, 1) : undefined;
  };

  // Customer service: complaints handled (as handler), follow-ups reached.
  for (const c of src.complaints) {
    if (c.status === 'withdrawn' || c.status === 'invalid') continue;
    t.add(k(c.handlerId, shanghaiMonth(c.receivedAt), 'complaints'), c.resolvedAt ? 1 : 0);
  }
  for (const f of src.followUps)
    t.add(k(f.staffId, f.dueOn.slice(0, 7), 'followUps'), f.result === 'reached' ? 1 : 0);

  // Quality: the mean inspection score of the branch in the month.
  for (const i of src.inspections)
    t.add(k(`b${i.branchId}`, i.inspectedOn.slice(0, 7), 'inspection'), i.score);

  // Attendance: occurrences of the full-attendance rule (late, early leave, absence).
  for (const e of src.appraisalEvents) {
    if (e.ruleId === src.attendanceRuleId)
      t.add(k(e.employeeId, e.occurredOn.slice(0, 7), 'absences'), e.count);
  }

  return (e, month) => {
    const out: Record<string, number> = {};
    const rate = (what: string): number | undefined => {
      const n = t.count(k(e.id, month, what));
      return n ? round((100 * (t.sum(k(e.id, month, what)) as number)) / n, 1) : undefined;
    };
    const set = (key: string, v: number | undefined) => {
      if (v !== undefined) out[key] = v;
    };
    set('contractAmount', (t.sum(k(e.id, month, 'amount')) ?? 0) / 100);
    set('contractCount', t.count(k(e.id, month, 'amount')));
    set('newCustomers', t.sum(k(e.id, month, 'new')) ?? 0);
    set('customersServed', t.count(k(e.id, month, 'served')));
    set('satisfaction', composite(e.id, month) ?? composite(`b${e.branchId}`, month));
    const inspections = t.count(k(`b${e.branchId}`, month, 'inspection'));
    set(
      'qualityScore',
      inspections
        ? round((t.sum(k(`b${e.branchId}`, month, 'inspection')) as number) / inspections, 1)
        : undefined,
    );
    set('complaintHandlingRate', rate('complaints'));
    set('followUpSuccessRate', rate('followUps'));
    set('attendance', Math.max(0, 100 - 10 * (t.sum(k(e.id, month, 'absences')) ?? 0)));
    return out;
  };
}

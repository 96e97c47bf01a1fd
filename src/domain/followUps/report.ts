import { shanghaiDate } from '../../schema/time';
import { monthsBetween } from '../satisfaction/report';
import { dueWithin, summariseFollowUps, type FollowUpRecord, type FollowUpSummary } from './metrics';

/**
 * The 回访统计 (DOMAIN §8 `follow-ups`): the follow-ups due in a period (by dueOn) — done,
 * reached and the success rate (reached ÷ due) — overall, by staff, by branch and by month, and
 * what is still open: overdue as of the report's "now" and the overdue list.
 */

/** F of DOMAIN §8 with the open, overdue, unreachable and refused counts as extras. */
export interface FollowUpFigures extends FollowUpSummary {
  /** Not done yet. */
  open: number;
  /** Not done and due before the as-of day. */
  overdue: number;
  unreachable: number;
  refused: number;
}

export interface FollowUpReportFilter {
  /** Inclusive days of dueOn. */
  from: string;
  to: string;
  /** "Now" (an instant): its Shanghai day decides what is overdue. */
  asOf: string;
  branchIds?: readonly number[];
  staffId?: number;
}

interface Named {
  id: number;
  name: string;
}

export interface FollowUpReportInput {
  followUps: readonly FollowUpRecord[];
  /** The branches covered: each gets a row, even with nothing due. */
  branches: readonly (Named & { code: string })[];
  employees: readonly (Named & { branchId?: number | null })[];
  /** Customers of the overdue list (names only). */
  customers?: readonly Named[];
}

export interface OverdueFollowUp {
  id: number;
  dueOn: string;
  /** Whole days from dueOn to the as-of day. */
  daysOverdue: number;
  branchId: number;
  branchCode: string;
  staffId: number;
  staffName: string;
  customerId: number;
  customerName: string | null;
  subjectType: string;
  subjectId: number;
}

export interface FollowUpReport {
  period: { from: string; to: string };
  asOf: string;
  overall: FollowUpFigures;
  byStaff: ({ staffId: number; name: string; branchCode: string } & FollowUpFigures)[];
  byBranch: ({ branchId: number; code: string; name: string } & FollowUpFigures)[];
  byMonth: ({ month: string } & FollowUpFigures)[];
  /** Overdue follow-ups of the period, the longest overdue first. */
  overdueList: OverdueFollowUp[];
}

export function inFollowUpFilter(f: FollowUpRecord, filter: FollowUpReportFilter): boolean {
  return (
    dueWithin(f, filter) &&
    (!filter.branchIds || filter.branchIds.includes(f.branchId)) &&
    (filter.staffId === undefined || f.staffId === filter.staffId)
  );
}

/** The figures of a set of follow-ups, `today` being the as-of Shanghai day. */
export function followUpFigures(list: readonly FollowUpRecord[], today: string): FollowUpFigures {
  let open = 0;
  let overdue = 0;
  let unreachable = 0;
  let refused = 0;
  for (const f of list) {
    if (f.doneAt === null) {
      open++;
      if (f.dueOn < today) overdue++;
    }
    if (f.result === 'unreachable') unreachable++;
    if (f.result === 'refused') refused++;
  }
  return { ...summariseFollowUps(list), open, overdue, unreachable, refused };
}

function groupBy<K>(
  list: readonly FollowUpRecord[],
  key: (f: FollowUpRecord) => K,
): Map<K, FollowUpRecord[]> {
  const out = new Map<K, FollowUpRecord[]>();
  for (const f of list) {
    const k = key(f);
    const rows = out.get(k);
    if (rows) rows.push(f);
    else out.set(k, [f]);
  }
  return out;
}

const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export function followUpReport(input: FollowUpReportInput, filter: FollowUpReportFilter): FollowUpReport {
  const today = shanghaiDate(filter.asOf);
  const cohort = input.followUps.filter((f) => inFollowUpFilter(f, filter));
  const figures = (rows: readonly FollowUpRecord[] | undefined) => followUpFigures(rows ?? [], today);
  const employee = new Map(input.employees.map((e) => [e.id, e]));
  const branch = new Map(input.branches.map((b) => [b.id, b]));
  const customer = new Map((input.customers ?? []).map((c) => [c.id, c.name]));
  const byBranch = groupBy(cohort, (f) => f.branchId);
  const byMonth = groupBy(cohort, (f) => f.dueOn.slice(0, 7));

  return {
    period: { from: filter.from, to: filter.to },
    asOf: filter.asOf,
    overall: figures(cohort),
    byStaff: [...groupBy(cohort, (f) => f.staffId)]
      .map(([staffId, rows]) => {
        const e = employee.get(staffId);
        const b = e?.branchId == null ? undefined : branch.get(e.branchId);
        return { staffId, name: e?.name ?? `#${staffId}`, branchCode: b?.code ?? '', ...figures(rows) };
      })
      .sort((a, b) => a.branchCode.localeCompare(b.branchCode) || a.name.localeCompare(b.name, 'zh-CN')),
    byBranch: input.branches
      .filter((b) => !filter.branchIds || filter.branchIds.includes(b.id))
      .map((b) => ({ branchId: b.id, code: b.code, name: b.name, ...figures(byBranch.get(b.id)) }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    byMonth: monthsBetween(filter.from, filter.to).map((month) => ({
      month,
      ...figures(byMonth.get(month)),
    })),
    overdueList: cohort
      .filter((f) => f.doneAt === null && f.dueOn < today)
      .sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.id - b.id))
      .map((f) => ({
        id: f.id,
        dueOn: f.dueOn,
        daysOverdue: daysBetween(f.dueOn, today),
        branchId: f.branchId,
        branchCode: branch.get(f.branchId)?.code ?? '',
        staffId: f.staffId,
        staffName: employee.get(f.staffId)?.name ?? `#${f.staffId}`,
        customerId: f.customerId,
        customerName: customer.get(f.customerId) ?? null,
        subjectType: f.subjectType,
        subjectId: f.subjectId,
      })),
  };
}

import {
  complaintSequenceKey,
  dueDates,
  formatComplaintNo,
  registered,
  transition,
  type LifecycleState,
} from '../../src/domain/complaints';
import { shanghaiDate } from '../../src/schema/time';
import { atShanghai, MINUTE_MS } from './calendar';
import { plan } from './complaintLifecycle';
import {
  CATEGORY_WEIGHTS,
  CHANNELS,
  DEFAULT_SEVERITY,
  HANDLING_SATISFACTION,
  INVOLVED,
  REFUND_RANGE,
  RESOLUTIONS,
  SEVERITY_WEIGHTS,
} from './content/complaintMix';
import { COMPLAINT_TEXTS, DESIRED_REMEDIES, ROOT_CAUSES } from './content/complaints';
import { BRANCH_CATEGORIES, type BranchType } from './content/services';
import { iso, type SeedContext } from './context';
import type { CustomerBase } from './customers';
import type { Organisation } from './organisation';
import { perBranchDay } from './sizes';
import { Weighted, type Rng } from './prng';
import type { Branch, Complaint, ComplaintStatus, HistoryEntry, Id, ServiceItem, Severity } from './types';

/** The response and resolution time limits of one severity (a complaint-deadlines record). */
export interface DeadlineShape {
  severity: Severity;
  respondHours: number;
  resolveHours: number;
}

/** Users who act on complaints, by what they do (ids of the seed's users). */
export interface ComplaintActors {
  desk: Id;
  supervisor: Id;
  manager: Id;
  /** The branches the manager may act in; elsewhere the supervisor signs off. */
  managerBranchIds: Id[];
}

function fill(rng: Rng, template: string, staff: string, item: string): string {
  return template
    .replace('{staff}', staff)
    .replace('{item}', item)
    .replace('{n}', String(rng.int(3, 8)));
}

/**
 * 投诉处理表: complaints of every category, severity and status. Each one's lifecycle is
 * planned from its deadlines (mostly on time, some late, a few reopened, withdrawn, invalid or
 * stalled), then cut off at "now", so recent ones are still received, acknowledged or being
 * investigated and the history always matches the status and the timestamps.
 */
export function generateComplaints(
  ctx: SeedContext,
  org: Organisation,
  base: CustomerBase,
  items: ServiceItem[],
  deadlines: DeadlineShape[],
  actors: ComplaintActors,
): Complaint[] {
  const rng = ctx.rng.fork('complaints');
  const { cal, size, pools } = ctx;
  const deadlineOf = new Map(deadlines.map((d) => [d.severity, d]));
  // Weighted tables are built once per key and reused for every complaint.
  const cache = new Map<string, Weighted<unknown>>();
  const pickFrom = <T>(key: string, rows: [T, number][]): T => {
    let table = cache.get(key);
    if (!table) {
      table = new Weighted<unknown>(rows);
      cache.set(key, table);
    }
    return table.pick(rng) as T;
  };
  const itemNames = new Map<BranchType, string[]>(
    (Object.keys(BRANCH_CATEGORIES) as BranchType[]).map((t) => {
      const cats = new Set<string>(BRANCH_CATEGORIES[t].map(([c]) => c));
      return [t, items.filter((i) => i.active && cats.has(i.category)).map((i) => i.name)];
    }),
  );
  const drafts: Complaint[] = [];

  /** One complaint received at `receivedMs`, its lifecycle cut at "now" (or at `stopAt`). */
  const make = (branch: Branch, receivedMs: number, stopAt?: ComplaintStatus): void => {
    const day = shanghaiDate(receivedMs);
    const category = pickFrom(`c:${branch.type}`, CATEGORY_WEIGHTS[branch.type]);
    const severity = pickFrom(`s:${category}`, SEVERITY_WEIGHTS[category] ?? DEFAULT_SEVERITY);
    const deadline = deadlineOf.get(severity);
    if (!deadline) throw new Error(`No complaint deadline for severity ${severity}`);
    const customers = base.byBranch.get(branch.id) ?? [];
    const customer = customers.length && rng.chance(0.82) ? rng.pick(customers) : null;
    const deptKind = pickFrom(`d:${category}`, INVOLVED[category]);
    const department = org.department(branch.id, deptKind) ?? org.department(branch.id, 'technical');
    const deptStaff = department ? org.departmentStaffOn(department.id, day) : [];
    const involved =
      category === 'environment' || deptStaff.length === 0 || rng.chance(0.15)
        ? []
        : rng.sample(deptStaff, rng.chance(0.82) ? 1 : 2);
    const handlers = org.staffOn(branch.id, ['客服专员', '客服主管', '客服主任'], day);
    if (handlers.length === 0) return;
    const staffWord = involved.length ? involved[0].name : '工作人员';
    const unreachable = rng.chance(0.12);
    const signer = actors.managerBranchIds.includes(branch.id) ? actors.manager : actors.supervisor;
    let steps = plan(
      rng,
      receivedMs,
      deadline,
      { ...actors, manager: signer },
      unreachable,
      stopAt ? 'normal' : undefined,
    );
    if (stopAt) {
      // Still open: the lifecycle so far ends at `stopAt`, a little before now.
      steps = steps.slice(0, steps.findIndex((st) => st.to === stopAt) + 1);
      const shift = cal.nowMs - rng.int(10, 50) * MINUTE_MS - steps[steps.length - 1].at;
      for (const st of steps) st.at += shift;
      receivedMs += shift;
    } else steps = steps.filter((st) => st.at <= cal.nowMs);

    // The findings are decided up front: the lifecycle needs them at the resolve step.
    const resolution = pickFrom(`r:${category}`, RESOLUTIONS[category]);
    const rootCause = rng.pick(ROOT_CAUSES[category]);
    const [rMin, rMax] = REFUND_RANGE[branch.type];
    // Refunds are whole tens of yuan.
    const refundAmount = resolution === 'refund' ? rng.int(rMin / 10, rMax / 10) * 10 : null;
    // The steps go through the same lifecycle function the API enforces, so history, status and
    // timestamps agree by construction.
    const receivedAt = iso(receivedMs);
    let state: LifecycleState = registered(receivedAt, steps[0].by, steps[0].note);
    for (const st of steps.slice(1)) {
      const fields =
        st.to === 'resolved'
          ? { rootCause, resolution, refundAmount }
          : st.to === 'closed' && !unreachable
            ? { handlingSatisfaction: HANDLING_SATISFACTION.pick(rng) as number }
            : undefined;
      const result = transition(state, {
        to: st.to,
        at: iso(st.at),
        byUserId: st.by,
        note: st.note,
        unreachable: st.to === 'closed' && unreachable,
        fields,
      });
      if (!result.ok) throw new Error(`Seed complaint lifecycle refused ${state.status} → ${st.to}`);
      state = result.next;
    }
    const resolved = state.resolvedAt !== null;
    drafts.push({
      id: 0,
      complaintNo: '',
      branchId: branch.id,
      customerId: customer ? customer.id : null,
      complainantName: customer ? customer.name : pools.name(rng, rng.chance(0.85) ? 'female' : 'male'),
      complainantPhone: customer ? customer.phone : pools.mobile(rng),
      channel: CHANNELS.pick(rng),
      category,
      severity,
      receivedAt,
      description: fill(
        rng,
        rng.pick(COMPLAINT_TEXTS[category]),
        staffWord,
        rng.pick(itemNames.get(branch.type) ?? ['护理']),
      ),
      desiredRemedy: rng.chance(0.8) ? rng.pick(DESIRED_REMEDIES[category]) : null,
      involvedDepartmentId: department ? department.id : null,
      involvedStaffIds: involved.map((e) => e.id),
      handlerId: rng.pick(handlers).id,
      ...dueDates(receivedAt, deadline),
      rootCause: resolved ? rootCause : null,
      resolution: resolved ? resolution : null,
      refundAmount: resolved ? refundAmount : null,
      responsibleStaffIds: resolved && involved.length && rng.chance(0.6) ? involved.map((e) => e.id) : [],
      handlingSatisfaction: state.handlingSatisfaction ?? null,
      status: state.status,
      acknowledgedAt: state.acknowledgedAt,
      resolvedAt: state.resolvedAt,
      closedAt: state.closedAt,
      reopenedCount: state.reopenedCount,
      history: state.history as HistoryEntry[],
    });
  };

  const rate = perBranchDay(size.complaints, org.branches.length, cal.days.length);
  for (const day of cal.days) {
    for (const branch of org.branches) {
      const n = rng.poisson(rate);
      for (let k = 0; k < n; k++) {
        const receivedMs = atShanghai(day, rng.int(8, 21), rng.int(0, 59)) + rng.int(0, 59) * 1000;
        if (receivedMs <= cal.nowMs) make(branch, receivedMs);
      }
    }
  }
  // Every branch has complaints in hand right now: one just registered, one acknowledged, one
  // under investigation — so the open-case views are never empty, whatever the day.
  for (const branch of org.branches) {
    for (const stopAt of ['received', 'acknowledged', 'investigating'] as const)
      make(branch, cal.nowMs, stopAt);
  }

  // Numbers: TS-{branch}-{yyyyMM}-{seq}, in order of receipt, restarting per branch and Shanghai month.
  drafts.sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0));
  const codeOf = new Map(org.branches.map((b) => [b.id, b.code]));
  const seqs = new Map<string, number>();
  drafts.forEach((c, i) => {
    c.id = i + 1;
    const key = complaintSequenceKey(codeOf.get(c.branchId) ?? String(c.branchId), c.receivedAt);
    const seq = (seqs.get(key) ?? 0) + 1;
    seqs.set(key, seq);
    c.complaintNo = formatComplaintNo(key, seq);
  });
  return drafts;
}

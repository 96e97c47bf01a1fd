import { addDays, shanghaiDate } from '../../src/schema/time';
import { atShanghai, MINUTE_MS } from './calendar';
import { FOLLOW_UP_NOTES } from './content/quality';
import { iso, type SeedContext } from './context';
import type { Organisation } from './organisation';
import { Weighted, type Rng } from './prng';
import type { CareRecord, Complaint, Contract, FollowUp, Id } from './types';

const METHODS = new Weighted<FollowUp['method']>([
  ['phone', 70],
  ['wechat', 20],
  ['sms', 6],
  ['visit', 4],
]);

const RESULTS = new Weighted<NonNullable<FollowUp['result']>>([
  ['reached', 80],
  ['unreachable', 14],
  ['refused', 6],
]);

const CALLERS = ['客服专员', '客服主管', '客服主任'];

interface Due {
  customerId: Id;
  branchId: Id;
  subjectType: FollowUp['subjectType'];
  subjectId: Id;
  dueOn: string;
  /** Who calls: the complaint's handler for a complaint, otherwise anyone in customer service. */
  staffId?: Id;
  /** A follow-up that closed a complaint: done just before the closing, with its outcome. */
  done?: { ms: number; result: NonNullable<FollowUp['result']> };
}

/**
 * 回访: calls after care (a share of care records), after a contract ends, and after a complaint
 * is resolved. Past ones are mostly done within two days of their due date, with results; some
 * are overdue; future ones wait.
 */
export function generateFollowUps(
  ctx: SeedContext,
  org: Organisation,
  careRecords: CareRecord[],
  contracts: Contract[],
  complaints: Complaint[],
): FollowUp[] {
  const rng = ctx.rng.fork('follow-ups');
  const { cal, size } = ctx;
  const dues: Due[] = [];
  for (const c of careRecords) {
    if (!rng.chance(size.careFollowUpShare)) continue;
    const dueOn = addDays(shanghaiDate(c.performedAt), rng.int(1, 3));
    dues.push({
      customerId: c.customerId,
      branchId: c.branchId,
      subjectType: 'care-record',
      subjectId: c.id,
      dueOn,
    });
  }
  for (const c of contracts) {
    if (c.status !== 'completed') continue;
    const dueOn = addDays(c.endsOn, rng.int(3, 7));
    if (dueOn < cal.firstDay || dueOn > addDays(cal.today, 14)) continue;
    dues.push({
      customerId: c.customerId,
      branchId: c.branchId,
      subjectType: 'contract',
      subjectId: c.id,
      dueOn,
    });
  }
  for (const c of complaints) {
    if (!c.resolvedAt || c.customerId === null) continue;
    const closing = c.history.find((h) => h.to === 'closed');
    const unreachable = closing !== undefined && c.handlingSatisfaction === null;
    // A closed complaint's follow-up happened on its closing day; an open one is due soon.
    const dueOn = closing ? shanghaiDate(closing.at) : addDays(shanghaiDate(c.resolvedAt), rng.int(1, 3));
    dues.push({
      customerId: c.customerId,
      branchId: c.branchId,
      subjectType: 'complaint',
      subjectId: c.id,
      dueOn,
      staffId: c.handlerId,
      done: closing
        ? {
            ms: Date.parse(closing.at) - rng.int(5, 60) * MINUTE_MS,
            result: unreachable ? 'unreachable' : 'reached',
          }
        : undefined,
    });
  }

  const out: FollowUp[] = [];
  for (const d of dues) {
    const callers = org.staffOn(d.branchId, CALLERS, d.dueOn > cal.today ? cal.today : d.dueOn);
    const handler = d.staffId !== undefined ? callers.find((e) => e.id === d.staffId) : undefined;
    if (callers.length === 0) continue;
    const f: FollowUp = {
      id: 0,
      customerId: d.customerId,
      branchId: d.branchId,
      subjectType: d.subjectType,
      subjectId: d.subjectId,
      staffId: handler ? handler.id : rng.pick(callers).id,
      dueOn: d.dueOn,
      doneAt: null,
      method: METHODS.pick(rng),
      result: null,
      notes: null,
    };
    complete(rng, ctx, f, d.done);
    out.push(f);
  }
  out.sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  out.forEach((f, i) => (f.id = i + 1));
  return out;
}

function complete(rng: Rng, ctx: SeedContext, f: FollowUp, done: Due['done']): void {
  const { cal } = ctx;
  if (done) {
    f.doneAt = iso(done.ms);
    f.result = done.result;
    f.notes = note(rng, f.subjectType, done.result);
    return;
  }
  if (f.dueOn >= cal.today) return; // due today or later: the calls are made during the day
  if (rng.chance(0.06)) return; // overdue: nobody has called yet
  const late = rng.chance(0.7) ? 0 : rng.chance(0.67) ? 1 : 2;
  let doneMs = atShanghai(addDays(f.dueOn, late), rng.int(10, 17), rng.int(0, 59));
  if (doneMs > cal.nowMs) doneMs = cal.nowMs - rng.int(1, 90) * MINUTE_MS;
  const result = RESULTS.pick(rng);
  f.doneAt = iso(doneMs);
  f.result = result;
  f.notes = note(rng, f.subjectType, result);
}

function note(rng: Rng, subject: FollowUp['subjectType'], result: NonNullable<FollowUp['result']>): string {
  return rng.pick(result === 'reached' ? FOLLOW_UP_NOTES.reached[subject] : FOLLOW_UP_NOTES[result]);
}

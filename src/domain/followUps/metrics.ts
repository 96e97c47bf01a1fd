/**
 * Follow-up visits (回访, DOMAIN §2): the success rate and the due lists. A follow-up belongs to
 * the period of its dueOn; the success rate is those reached ÷ those due, done or not.
 */

export type FollowUpResult = 'reached' | 'unreachable' | 'refused';

export interface FollowUpRecord {
  id: number;
  customerId: number;
  branchId: number;
  subjectType: string;
  subjectId: number;
  staffId: number;
  dueOn: string;
  doneAt: string | null;
  method?: string | null;
  result: FollowUpResult | null;
  notes?: string | null;
}

/** DOMAIN §8 F. */
export interface FollowUpSummary {
  due: number;
  done: number;
  reached: number;
  /** reached ÷ due; null when nothing was due. */
  successRate: number | null;
}

class Tally {
  due = 0;
  done = 0;
  reached = 0;
  add(f: FollowUpRecord): void {
    this.due++;
    if (f.doneAt !== null) this.done++;
    if (f.result === 'reached') this.reached++;
  }
  result(): FollowUpSummary {
    return {
      due: this.due,
      done: this.done,
      reached: this.reached,
      successRate: this.due === 0 ? null : this.reached / this.due,
    };
  }
}

/** Inclusive days of dueOn. */
export interface DuePeriod {
  from: string;
  to: string;
}

export const dueWithin = (f: FollowUpRecord, p: DuePeriod): boolean => f.dueOn >= p.from && f.dueOn <= p.to;

export function summariseFollowUps(followUps: readonly FollowUpRecord[]): FollowUpSummary {
  const tally = new Tally();
  for (const f of followUps) tally.add(f);
  return tally.result();
}

/** One summary per group (staff, branch…), in one pass. */
export function summariseFollowUpsBy<K>(
  followUps: readonly FollowUpRecord[],
  groupOf: (f: FollowUpRecord) => K,
): Map<K, FollowUpSummary> {
  const tallies = new Map<K, Tally>();
  for (const f of followUps) {
    const key = groupOf(f);
    let tally = tallies.get(key);
    if (!tally) tallies.set(key, (tally = new Tally()));
    tally.add(f);
  }
  return new Map([...tallies].map(([k, t]) => [k, t.result()]));
}

export interface DueLists {
  /** Not done and due today. */
  today: FollowUpRecord[];
  /** Not done and due before today, oldest first. */
  overdue: FollowUpRecord[];
}

/** What customer service still has to call, as of `today` (a Shanghai date). */
export function dueLists(followUps: readonly FollowUpRecord[], today: string): DueLists {
  const open = followUps.filter((f) => f.doneAt === null);
  const byDue = (a: FollowUpRecord, b: FollowUpRecord) =>
    a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : a.id - b.id;
  return {
    today: open.filter((f) => f.dueOn === today).sort(byDue),
    overdue: open.filter((f) => f.dueOn < today).sort(byDue),
  };
}

import type { RuleAppliesTo, RuleCategory } from '../defaults';
import { sum } from './money';
import type { ScoringValues } from './rules';
import { dayValue } from './score';

/** A rule as the daily entry grid shows it, with the values of the day's month. */
export interface GridRule extends ScoringValues {
  id: number;
  code: string;
  name: string;
  category: RuleCategory;
  appliesTo: RuleAppliesTo;
}

/** The daily team entry of one team and day (`GET /api/appraisal-events/daily-entry`). */
export interface DailyGrid {
  teamId: number;
  teamName: string;
  date: string;
  /** Members employed on the day, the leader first. */
  members: { employeeId: number; employeeNo: string; name: string; isLeader: boolean }[];
  rules: GridRule[];
  /** Rule ids each member may be counted for, by employee id. */
  applicable: Record<string, number[]>;
  /** The day's stored counts (cells with a count of 0 are absent). */
  cells: { employeeId: number; ruleId: number; count: number; eventIds: number[] }[];
}

/** One cell of the daily team entry: an employee's count of a rule on the day. */
export interface DayCell {
  employeeId: number;
  ruleId: number;
  count: number;
}

export interface DayTotal {
  /** count × points plus the escalations reached, in centi-points. */
  pointsCenti: number;
  /** Collective points the employee's escalations cost the team, in centi-points. */
  collectiveCenti: number;
  /** Rules whose escalation the day's count reached. */
  escalatedRuleIds: number[];
}

/**
 * The running points of one day per employee, as the leader types the counts: the same
 * `dayValue` the monthly engine uses, so the grid and the month can never disagree.
 */
export function dayTotals(
  cells: readonly DayCell[],
  values: ReadonlyMap<number, ScoringValues>,
): Map<number, DayTotal> {
  const counts = new Map<string, DayCell>();
  for (const c of cells) {
    const key = `${c.employeeId}|${c.ruleId}`;
    const prev = counts.get(key);
    counts.set(key, { ...c, count: (prev?.count ?? 0) + c.count });
  }
  const out = new Map<number, DayTotal>();
  for (const c of counts.values()) {
    const v = values.get(c.ruleId);
    if (!v || c.count <= 0) continue;
    const d = dayValue(v, c.count);
    const total = out.get(c.employeeId) ?? { pointsCenti: 0, collectiveCenti: 0, escalatedRuleIds: [] };
    total.pointsCenti += sum([d.basePointsCenti, d.escalationIndividualCenti]);
    total.collectiveCenti += d.escalationCollectiveCenti;
    if (d.escalationReached) total.escalatedRuleIds.push(c.ruleId);
    out.set(c.employeeId, total);
  }
  return out;
}

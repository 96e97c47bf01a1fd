import { roundHalfUp } from '../complaints/metrics';

/**
 * 培训考核 (DOMAIN §6, seed 000 培训考核): each attendee is assessed on theory, practical work and
 * classroom performance; the total is their mean (the seed weighs the three alike), to one
 * decimal; 60 passes. Whoever fails retakes until passed, each retake linked to the failed
 * attempt it repeats, so a chain of attempts ends in a pass — or in a retake still owed.
 */

export const PASS_MARK = 60;

export interface AssessmentRecord {
  id: number;
  sessionId: number;
  employeeId: number;
  total: number | null;
  passed: boolean | null;
  retakeOfId: number | null;
}

export interface SessionRecord {
  id: number;
  branchId: number;
  heldOn: string;
  topic?: string;
}

/** The total of the three parts: their mean, half-up to 1 decimal. */
export function assessmentTotal(theory: number, practical: number, performance: number): number {
  return roundHalfUp((theory + practical + performance) / 3, 1);
}

export const passes = (total: number): boolean => total >= PASS_MARK;

/** Why a retake cannot repeat `of` (null when it may). */
export type RetakeProblem = 'notFound' | 'otherEmployee' | 'otherSession' | 'passed' | 'alreadyRetaken';

export function retakeProblem(
  retake: { id?: number; employeeId: number; sessionId: number },
  of: AssessmentRecord | undefined,
  all: readonly AssessmentRecord[],
): RetakeProblem | null {
  if (!of) return 'notFound';
  if (of.employeeId !== retake.employeeId) return 'otherEmployee';
  if (of.sessionId !== retake.sessionId) return 'otherSession';
  if (of.passed === true) return 'passed';
  if (all.some((a) => a.retakeOfId === of.id && a.id !== retake.id)) return 'alreadyRetaken';
  return null;
}

/** A failed attempt nobody has retaken yet: the retake is still owed. */
export interface RetakeOwed {
  assessmentId: number;
  sessionId: number;
  employeeId: number;
  branchId: number | null;
  heldOn: string | null;
  total: number | null;
  /** 1 for the first attempt, 2 for the first retake… */
  attempt: number;
}

export function retakesOwed(
  assessments: readonly AssessmentRecord[],
  sessions: readonly SessionRecord[],
): RetakeOwed[] {
  const retaken = new Set<number>();
  for (const a of assessments) if (a.retakeOfId != null) retaken.add(a.retakeOfId);
  const byId = new Map(assessments.map((a) => [a.id, a]));
  const sessionOf = new Map(sessions.map((s) => [s.id, s]));
  const attemptOf = (a: AssessmentRecord): number => {
    let n = 1;
    const seen = new Set<number>([a.id]);
    for (let at = a; at.retakeOfId != null; n++) {
      const prev = byId.get(at.retakeOfId);
      if (!prev || seen.has(prev.id)) break;
      seen.add(prev.id);
      at = prev;
    }
    return n;
  };
  return assessments
    .filter((a) => a.passed === false && !retaken.has(a.id))
    .map((a) => {
      const s = sessionOf.get(a.sessionId);
      return {
        assessmentId: a.id,
        sessionId: a.sessionId,
        employeeId: a.employeeId,
        branchId: s?.branchId ?? null,
        heldOn: s?.heldOn ?? null,
        total: a.total,
        attempt: attemptOf(a),
      };
    })
    .sort((x, y) => (x.heldOn ?? '').localeCompare(y.heldOn ?? '') || x.assessmentId - y.assessmentId);
}

/** Pass figures of one branch: first attempts (the pass rate) and the chains' outcome. */
export interface TrainingPassFigures {
  branchId: number;
  /** First attempts (not retakes) of sessions held in the period. */
  assessed: number;
  passedFirstTime: number;
  /** passedFirstTime ÷ assessed; null when nobody was assessed. */
  passRate: number | null;
  retakes: number;
  /** Employees × sessions that ended in a pass, first time or by a retake. */
  passedEventually: number;
  retakesOwed: number;
}

/** The training pass rate by branch, for sessions held within [from, to] (inclusive days). */
export function trainingPassRateByBranch(
  assessments: readonly AssessmentRecord[],
  sessions: readonly SessionRecord[],
  period: { from: string; to: string },
  branchIds: readonly number[],
): TrainingPassFigures[] {
  const inPeriod = new Map(
    sessions.filter((s) => s.heldOn >= period.from && s.heldOn <= period.to).map((s) => [s.id, s]),
  );
  const owed = new Set(retakesOwed(assessments, sessions).map((o) => o.assessmentId));
  const rows = new Map<number, TrainingPassFigures>(
    branchIds.map((id) => [
      id,
      {
        branchId: id,
        assessed: 0,
        passedFirstTime: 0,
        passRate: null,
        retakes: 0,
        passedEventually: 0,
        retakesOwed: 0,
      },
    ]),
  );
  const passedPairs = new Map<number, Set<string>>();
  for (const a of assessments) {
    const s = inPeriod.get(a.sessionId);
    const row = s && rows.get(s.branchId);
    if (!s || !row) continue;
    if (a.retakeOfId == null) {
      row.assessed++;
      if (a.passed === true) row.passedFirstTime++;
    } else row.retakes++;
    if (a.passed === true) {
      const set = passedPairs.get(s.branchId) ?? new Set<string>();
      set.add(`${a.employeeId}|${a.sessionId}`);
      passedPairs.set(s.branchId, set);
    }
    if (owed.has(a.id)) row.retakesOwed++;
  }
  for (const row of rows.values()) {
    row.passRate = row.assessed === 0 ? null : row.passedFirstTime / row.assessed;
    row.passedEventually = passedPairs.get(row.branchId)?.size ?? 0;
  }
  return [...rows.values()];
}

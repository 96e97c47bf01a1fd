import { isManual, type ScoringTemplate } from './score';

/**
 * The monthly cycle of a KPI appraisal (DOMAIN §5.2, seed 000 考核流程): the employee assesses
 * themself, the supervisor scores and comments, the supervisor confirms (the automatic
 * indicators are then frozen). Pure: who may take which step from which state, and what a
 * score map may hold. The mock API enforces it; the console shows only the allowed steps.
 */

export type AppraisalStatus = 'self_pending' | 'supervisor_pending' | 'confirmed';

export const APPRAISAL_STATUS_ORDER: readonly AppraisalStatus[] = [
  'self_pending',
  'supervisor_pending',
  'confirmed',
];

/**
 * - `self`: save self scores; with `submit` hand them to the supervisor (all needed).
 * - `supervisor`: save supervisor scores and comments.
 * - `confirm`: supervisor scores complete → confirmed; final score, grade and metrics frozen.
 * - `return`: the supervisor sends the self-assessment back to the employee.
 * - `reopen`: an administrator reopens a confirmed appraisal for correction.
 */
export type CycleStep = 'self' | 'supervisor' | 'confirm' | 'return' | 'reopen';

export const CYCLE_STEPS: readonly CycleStep[] = ['self', 'supervisor', 'confirm', 'return', 'reopen'];

/** The state each step starts from. */
export const STEP_FROM: Readonly<Record<CycleStep, AppraisalStatus>> = {
  self: 'self_pending',
  supervisor: 'supervisor_pending',
  confirm: 'supervisor_pending',
  return: 'supervisor_pending',
  reopen: 'confirmed',
};

/** Who acts, as the cycle sees them. */
export interface CycleActor {
  /** The appraisal is the actor's own (their user's employeeId is its employee). */
  isOwner: boolean;
  /** May update monthly appraisals of this branch (manager, administrator). */
  canManage: boolean;
  isAdmin: boolean;
}

/**
 * May `actor` take `step`? The self-assessment is the employee's or a manager's for them; the
 * supervisor's steps are a manager's, never on their own appraisal; reopening is the
 * administrator's.
 */
export function mayTakeStep(step: CycleStep, actor: CycleActor): boolean {
  switch (step) {
    case 'self':
      return actor.isOwner || actor.canManage;
    case 'supervisor':
    case 'confirm':
    case 'return':
      return actor.canManage && (!actor.isOwner || actor.isAdmin);
    case 'reopen':
      return actor.isAdmin;
  }
}

/** The steps `actor` may take now (what the console offers). */
export function availableSteps(status: AppraisalStatus, actor: CycleActor): CycleStep[] {
  return CYCLE_STEPS.filter((s) => STEP_FROM[s] === status && mayTakeStep(s, actor));
}

/** The status after a step (`self` moves on only when submitted). */
export function statusAfter(step: CycleStep, submit: boolean): AppraisalStatus {
  switch (step) {
    case 'self':
      return submit ? 'supervisor_pending' : 'self_pending';
    case 'supervisor':
      return 'supervisor_pending';
    case 'confirm':
      return 'confirmed';
    case 'return':
      return 'self_pending';
    case 'reopen':
      return 'supervisor_pending';
  }
}

export type ScoreProblem = 'notObject' | 'unknownKey' | 'automatic' | 'notScore';

/**
 * What is wrong with a score map sent for the manual indicators: by `key` (or `''` for the map
 * itself). A score is a number from 0 to 100 with at most 1 decimal; null clears it.
 */
export function scoreMapProblems(
  template: Pick<ScoringTemplate, 'indicators'>,
  scores: unknown,
): Record<string, ScoreProblem> {
  if (typeof scores !== 'object' || scores === null || Array.isArray(scores)) return { '': 'notObject' };
  const byKey = new Map(template.indicators.map((i) => [i.key, i]));
  const problems: Record<string, ScoreProblem> = {};
  for (const [key, value] of Object.entries(scores as Record<string, unknown>)) {
    const indicator = byKey.get(key);
    if (!indicator) problems[key] = 'unknownKey';
    else if (!isManual(indicator)) problems[key] = 'automatic';
    else if (
      value !== null &&
      (typeof value !== 'number' ||
        !Number.isFinite(value) ||
        value < 0 ||
        value > 100 ||
        Math.round(value * 10) !== value * 10)
    )
      problems[key] = 'notScore';
  }
  return problems;
}

/** `existing` with `sent` applied: a number sets a key, null removes it. */
export function mergeScores(
  existing: Readonly<Record<string, number>> | null | undefined,
  sent: Readonly<Record<string, number | null>>,
): Record<string, number> {
  const out: Record<string, number> = { ...(existing ?? {}) };
  for (const [key, value] of Object.entries(sent)) {
    if (value === null) delete out[key];
    else out[key] = value;
  }
  return out;
}

/** An employee is active in a month when hired by its last day and not gone before its first. */
export function activeInMonth(e: { hiredOn: string; leftOn: string | null }, month: string): boolean {
  return e.hiredOn.slice(0, 7) <= month && (e.leftOn === null || e.leftOn.slice(0, 7) >= month);
}

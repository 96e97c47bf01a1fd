import type { ComplaintStatus, HistoryEntry, LifecycleState } from './types';

/**
 * The complaint lifecycle of DOMAIN §4 (受理 → 调查 → 处理 → 跟踪回访):
 * received → acknowledged → investigating → resolved → closed; from resolved or closed it may be
 * reopened (back to investigating, reopenedCount + 1); withdrawn and invalid end it, from any
 * state before it is resolved. Each change appends to history and sets its timestamp if unset.
 */
export const NEXT_STATUSES: Readonly<Record<ComplaintStatus, readonly ComplaintStatus[]>> = {
  received: ['acknowledged', 'withdrawn', 'invalid'],
  acknowledged: ['investigating', 'withdrawn', 'invalid'],
  investigating: ['resolved', 'withdrawn', 'invalid'],
  resolved: ['closed', 'investigating'],
  closed: ['investigating'],
  withdrawn: [],
  invalid: [],
};

/** Statuses that take a complaint out of every rate. */
export const EXCLUDED_STATUSES: readonly ComplaintStatus[] = ['withdrawn', 'invalid'];

/** Statuses in which the complaint is still being worked on (not resolved, not ended). */
export const OPEN_STATUSES: readonly ComplaintStatus[] = ['received', 'acknowledged', 'investigating'];

/** What a person does to move a complaint: the name of a button, of an API request. */
export type ComplaintAction =
  'acknowledge' | 'investigate' | 'resolve' | 'close' | 'reopen' | 'withdraw' | 'invalidate';

export function allowedNextStatuses(status: ComplaintStatus): readonly ComplaintStatus[] {
  return NEXT_STATUSES[status] ?? [];
}

export function isReopening(from: ComplaintStatus | null, to: ComplaintStatus): boolean {
  return to === 'investigating' && (from === 'resolved' || from === 'closed');
}

/** The action that moves `from` to `to` (assumed allowed). */
export function actionOf(from: ComplaintStatus, to: ComplaintStatus): ComplaintAction {
  if (isReopening(from, to)) return 'reopen';
  const byTarget: Record<ComplaintStatus, ComplaintAction> = {
    received: 'acknowledge', // never a target: only creation enters `received`
    acknowledged: 'acknowledge',
    investigating: 'investigate',
    resolved: 'resolve',
    closed: 'close',
    withdrawn: 'withdraw',
    invalid: 'invalidate',
  };
  return byTarget[to];
}

/** The actions open to a complaint in `status`, in lifecycle order. */
export function allowedActions(status: ComplaintStatus): { action: ComplaintAction; to: ComplaintStatus }[] {
  return allowedNextStatuses(status).map((to) => ({ action: actionOf(status, to), to }));
}

/** Fields a person records with a transition (resolve: findings; close: the follow-up outcome). */
export interface TransitionFields {
  rootCause?: string | null;
  resolution?: string | null;
  refundAmount?: number | null;
  responsibleStaffIds?: number[];
  handlingSatisfaction?: number | null;
}

/** The names of the transition fields, in form order. */
export const TRANSITION_FIELD_NAMES: readonly (keyof TransitionFields)[] = [
  'rootCause',
  'resolution',
  'refundAmount',
  'responsibleStaffIds',
  'handlingSatisfaction',
];

export interface TransitionRequest {
  to: ComplaintStatus;
  /** The instant of the change (the request's "now"), canonical UTC. */
  at: string;
  byUserId: number | null;
  note?: string | null;
  /** Closing: the follow-up call could not reach the complainant (then a note says so). */
  unreachable?: boolean;
  fields?: TransitionFields;
}

/** Why a transition was refused: a field → the code of what is missing. */
export type MissingCode = 'required' | 'outcome' | 'reason';

export type TransitionResult<T> =
  | { ok: true; next: T; entry: HistoryEntry }
  | { ok: false; reason: 'notAllowed'; from: ComplaintStatus; allowed: readonly ComplaintStatus[] }
  | { ok: false; reason: 'incomplete'; missing: Record<string, MissingCode> };

const filled = (v: unknown) => v !== undefined && v !== null && !(typeof v === 'string' && v.trim() === '');

/** What the target state needs that the request (merged over the record) does not give. */
function missingFor(state: LifecycleState, request: TransitionRequest): Record<string, MissingCode> {
  const merged = { ...state, ...request.fields };
  const missing: Record<string, MissingCode> = {};
  const action = actionOf(state.status, request.to);
  if (action === 'resolve') {
    if (!filled(merged.rootCause)) missing.rootCause = 'required';
    if (!filled(merged.resolution)) missing.resolution = 'required';
    if (merged.resolution === 'refund' && !filled(merged.refundAmount)) missing.refundAmount = 'required';
  }
  if (action === 'close') {
    // The follow-up outcome comes with the close itself: a rating, or "could not be reached" with a note.
    const rated = filled(request.fields?.handlingSatisfaction);
    if (!rated && !(request.unreachable && filled(request.note))) {
      missing[request.unreachable ? 'note' : 'handlingSatisfaction'] = 'outcome';
    }
  }
  if ((action === 'reopen' || action === 'withdraw' || action === 'invalidate') && !filled(request.note))
    missing.note = 'reason';
  return missing;
}

/**
 * Applies one transition to a complaint: refused when the lifecycle does not allow it or when
 * what the new state needs is missing; otherwise the new record with the history entry
 * appended, the state's timestamp set if unset, and reopenedCount raised on a reopening.
 */
export function transition<T extends LifecycleState>(
  state: T,
  request: TransitionRequest,
): TransitionResult<T> {
  const allowed = allowedNextStatuses(state.status);
  if (!allowed.includes(request.to)) return { ok: false, reason: 'notAllowed', from: state.status, allowed };
  const missing = missingFor(state, request);
  if (Object.keys(missing).length > 0) return { ok: false, reason: 'incomplete', missing };

  const entry: HistoryEntry = {
    at: request.at,
    from: state.status,
    to: request.to,
    byUserId: request.byUserId,
    note: filled(request.note) ? (request.note as string).trim() : null,
  };
  const next: T = { ...state, ...request.fields, status: request.to, history: [...state.history, entry] };
  if (request.to === 'acknowledged') next.acknowledgedAt ??= request.at;
  if (request.to === 'resolved') next.resolvedAt ??= request.at;
  if (request.to === 'closed') {
    next.closedAt ??= request.at;
    if (!filled(request.fields?.handlingSatisfaction)) next.handlingSatisfaction = null;
  }
  if (isReopening(state.status, request.to)) next.reopenedCount = (state.reopenedCount ?? 0) + 1;
  return { ok: true, next, entry };
}

/** The lifecycle fields of a complaint just registered at `receivedAt`. */
export function registered(
  receivedAt: string,
  byUserId: number | null,
  note: string | null = null,
): LifecycleState {
  return {
    status: 'received',
    acknowledgedAt: null,
    resolvedAt: null,
    closedAt: null,
    reopenedCount: 0,
    history: [{ at: receivedAt, from: null, to: 'received', byUserId, note }],
  };
}

import type { Response } from 'express';
import {
  allowedNextStatuses,
  COMPLAINT_STATUS_CODES,
  complaintSequenceKey,
  deadlineFor,
  dueDates,
  formatComplaintNo,
  registered,
  transition,
  TRANSITION_FIELD_NAMES,
  type ComplaintStatus,
  type LifecycleState,
  type TransitionFields,
  type TransitionRequest,
} from '../../../src/domain/complaints';
import { COMPLAINT_STATUSES } from '../../../src/resources/options';
import type { Lang } from '../../../src/schema/labels';
import { parseInstant } from '../../../src/schema/time';
import type { Row } from '../../database';
import { ApiError, type ErrorBody } from '../../errors';
import type { HookContext, ResourceHooks } from '../../hooks';
import type { Store } from '../../store';
import { complaintMessage, MISSING_MESSAGES } from './messages';
import { nextSequence, takeSequence } from './sequence';

type Values = Record<string, unknown>;

/** A transition asked for by `POST /complaints/:id/transitions` (beyond the fields it sets). */
export interface PendingTransition {
  to: ComplaintStatus;
  note: string | null;
  unreachable: boolean;
  /** The status the client saw; a different current one means someone else moved it first. */
  from?: ComplaintStatus;
}

interface Locals {
  complaintTransition?: PendingTransition;
  /** Set by the sign-in layer when present (duck-typed, so this works with and without it). */
  identity?: { userId?: number };
}

const locals = (res: Response | undefined): Locals => (res?.locals ?? {}) as Locals;

export function setPendingTransition(res: Response, pending: PendingTransition): void {
  locals(res).complaintTransition = pending;
}

/** The signed-in user's id, or null (history entries then name nobody). */
function actorOf(ctx: HookContext): number | null {
  const id = locals(ctx.req.res).identity?.userId;
  return typeof id === 'number' ? id : null;
}

/** A refused transition: 409 (not allowed from here) naming the allowed next states. */
class TransitionRefused extends ApiError {
  constructor(
    message: string,
    readonly allowed: readonly ComplaintStatus[],
    readonly current: ComplaintStatus,
  ) {
    super(409, message);
  }

  override body(): ErrorBody & { allowed: readonly ComplaintStatus[]; status: ComplaintStatus } {
    return { ...super.body(), status: this.current, allowed: this.allowed };
  }
}

const statusLabel = (status: string, lang: Lang) =>
  COMPLAINT_STATUSES.find((o) => o.value === status)?.label[lang] ?? status;

/** Deadlines from the complaint-deadlines record of the severity (a field error when none). */
function deadlinesOf(store: Store, record: Values, lang: Lang): Values {
  const deadline = deadlineFor(
    String(record.severity),
    store.rows('complaint-deadlines') as unknown as Parameters<typeof deadlineFor>[1],
  );
  if (!deadline)
    throw new ApiError(400, complaintMessage('noDeadline', lang), {
      errors: { severity: complaintMessage('noDeadline', lang) },
    });
  return { ...dueDates(String(record.receivedAt), deadline) };
}

function refuseFutureReceipt(record: Values, ctx: HookContext): void {
  const at = parseInstant(String(record.receivedAt));
  // A few minutes of leeway for a client clock a little ahead of ours.
  if (at !== null && at > ctx.now.getTime() + 5 * 60_000) {
    const message = complaintMessage('receivedInFuture', ctx.lang);
    throw new ApiError(400, message, { errors: { receivedAt: message } });
  }
}

/** The transition a write asks for: the transitions route's, or a `status` sent in a PATCH/PUT body. */
function requestedTransition(ctx: HookContext, existing: Row): PendingTransition | undefined {
  const pending = locals(ctx.req.res).complaintTransition;
  if (pending) return pending;
  const body = ctx.req.body as Values | undefined;
  const sent = body && typeof body === 'object' ? body.status : undefined;
  if (sent === undefined || sent === existing.status) return undefined;
  if (typeof sent !== 'string' || !COMPLAINT_STATUS_CODES.includes(sent as ComplaintStatus)) {
    const message = complaintMessage('unknownStatus', ctx.lang, {
      allowed: COMPLAINT_STATUS_CODES.join(', '),
    });
    throw new ApiError(400, message, { errors: { status: message } });
  }
  return { to: sent as ComplaintStatus, note: null, unreachable: false };
}

/** The fields of a transition that this request itself sent (validated values, from `record`). */
function sentFields(ctx: HookContext, record: Values): TransitionFields {
  const body = (ctx.req.body ?? {}) as Values;
  const fields: Values = {};
  for (const key of TRANSITION_FIELD_NAMES) if (key in body) fields[key] = record[key];
  return fields as TransitionFields;
}

function applyTransition(
  record: Values,
  existing: Row,
  pending: PendingTransition,
  ctx: HookContext,
): Values {
  const current = existing.status as ComplaintStatus;
  if (pending.from && pending.from !== current) {
    throw new TransitionRefused(
      complaintMessage('staleStatus', ctx.lang, { current: statusLabel(current, ctx.lang) }),
      allowedNextStatuses(current),
      current,
    );
  }
  const state = { ...existing, ...record } as unknown as LifecycleState;
  const request: TransitionRequest = {
    to: pending.to,
    at: ctx.now.toISOString(),
    byUserId: actorOf(ctx),
    note: pending.note,
    unreachable: pending.unreachable,
    fields: sentFields(ctx, record),
  };
  const result = transition(state, request);
  if (result.ok) return result.next as unknown as Values;
  if (result.reason === 'notAllowed') {
    const allowed = result.allowed.map((s) => statusLabel(s, ctx.lang)).join('、');
    throw new TransitionRefused(
      complaintMessage('notAllowed', ctx.lang, {
        from: statusLabel(current, ctx.lang),
        to: statusLabel(pending.to, ctx.lang),
        allowed: allowed || complaintMessage('ended', ctx.lang),
      }),
      result.allowed,
      current,
    );
  }
  const errors: Record<string, string> = {};
  for (const [field, code] of Object.entries(result.missing))
    errors[field] = MISSING_MESSAGES[code][ctx.lang];
  throw new ApiError(
    422,
    complaintMessage('incomplete', ctx.lang, { to: statusLabel(pending.to, ctx.lang) }),
    {
      errors,
    },
  );
}

/**
 * Numbering, deadlines and the lifecycle on every write of `complaints`, whichever route it
 * came by: the number and deadlines at creation (a client's are ignored), deadlines again when
 * a correction changes the severity or the receipt, and a status change only as an allowed
 * transition of the lifecycle.
 */
export const complaintHooks: ResourceHooks = {
  beforeCreate(record, ctx) {
    refuseFutureReceipt(record, ctx);
    const branch = ctx.store.find('branches', Number(record.branchId));
    const key = complaintSequenceKey(String(branch?.code ?? record.branchId), String(record.receivedAt));
    return {
      ...record,
      complaintNo: formatComplaintNo(key, nextSequence(ctx.store, key)),
      ...deadlinesOf(ctx.store, record, ctx.lang),
      ...registered(String(record.receivedAt), actorOf(ctx)),
      rootCause: record.rootCause ?? null,
      resolution: record.resolution ?? null,
      handlingSatisfaction: null,
    };
  },

  beforeUpdate(record, existing, ctx) {
    let next: Values = record;
    if (record.receivedAt !== existing.receivedAt || record.severity !== existing.severity) {
      refuseFutureReceipt(record, ctx);
      next = { ...next, ...deadlinesOf(ctx.store, next, ctx.lang) };
    }
    const pending = requestedTransition(ctx, existing);
    return pending ? applyTransition(next, existing, pending, ctx) : next;
  },

  afterWrite(change, ctx) {
    if (change.action === 'create') takeSequence(ctx.store, change.record?.complaintNo);
  },
};

import { addDays, shanghaiDate } from '../../schema/time';

/**
 * 跟踪回访: a resolved complaint is followed up by a call to the customer. The call is due the
 * day after the resolution (the seed 004 flow: 处理 → 跟踪回访; the complaint can only be closed
 * with its outcome).
 */
export const COMPLAINT_FOLLOW_UP_AFTER_DAYS = 1;

/** The parts of a complaint the follow-up needs. */
export interface ResolvedComplaint {
  id: number;
  branchId: number;
  customerId: number | null;
  handlerId: number | null;
  status: string;
  resolvedAt: string | null;
}

export interface FollowUpDraft {
  customerId: number;
  branchId: number;
  subjectType: 'complaint';
  subjectId: number;
  staffId: number;
  dueOn: string;
  doneAt: null;
  method: 'phone';
  result: null;
  notes: null;
}

/** True when this write moved the complaint into `resolved` (first time or after a reopening). */
export function becameResolved(previousStatus: string | null | undefined, status: string): boolean {
  return status === 'resolved' && previousStatus !== 'resolved';
}

/**
 * The follow-up visit of a resolved complaint, or null when there is nobody to call (a complaint
 * without a customer file) or nobody to call them (`staffId` null: no handler and no fallback).
 * `resolvedAt` of the complaint, else `now`, fixes the due date.
 */
export function complaintFollowUp(
  complaint: ResolvedComplaint,
  staffId: number | null,
  now: Date,
): FollowUpDraft | null {
  if (complaint.customerId === null || staffId === null) return null;
  const resolvedDay = shanghaiDate(complaint.resolvedAt ?? now.getTime());
  return {
    customerId: complaint.customerId,
    branchId: complaint.branchId,
    subjectType: 'complaint',
    subjectId: complaint.id,
    staffId,
    dueOn: addDays(resolvedDay, COMPLAINT_FOLLOW_UP_AFTER_DAYS),
    doneAt: null,
    method: 'phone',
    result: null,
    notes: null,
  };
}

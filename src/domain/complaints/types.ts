import type { Severity } from '../defaults';

/**
 * The complaint as the rules see it (DOMAIN §4): only the fields numbering, deadlines, the
 * lifecycle and the metrics read. Stored records carry more; these functions ignore the rest.
 */

export type { Severity };

export type ComplaintStatus =
  'received' | 'acknowledged' | 'investigating' | 'resolved' | 'closed' | 'withdrawn' | 'invalid';

export const COMPLAINT_STATUS_CODES: readonly ComplaintStatus[] = [
  'received',
  'acknowledged',
  'investigating',
  'resolved',
  'closed',
  'withdrawn',
  'invalid',
];

export interface HistoryEntry {
  /** Canonical UTC instant of the change. */
  at: string;
  from: ComplaintStatus | null;
  to: ComplaintStatus;
  byUserId: number | null;
  note: string | null;
}

/** The fields the lifecycle reads and writes. */
export interface LifecycleState {
  status: ComplaintStatus;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  reopenedCount: number;
  history: HistoryEntry[];
  handlingSatisfaction?: number | null;
  rootCause?: string | null;
  resolution?: string | null;
  refundAmount?: number | null;
}

/** The fields the metrics read (ids may be null on hand-entered records). */
export interface ComplaintFacts {
  id: number;
  complaintNo?: string;
  branchId: number;
  channel: string;
  category: string;
  severity: string;
  status: ComplaintStatus;
  receivedAt: string;
  acknowledgedAt: string | null;
  resolvedAt: string | null;
  respondDueAt: string;
  resolveDueAt: string;
  involvedDepartmentId?: number | null;
  handlerId?: number | null;
  refundAmount?: number | null;
  handlingSatisfaction?: number | null;
  reopenedCount?: number | null;
}

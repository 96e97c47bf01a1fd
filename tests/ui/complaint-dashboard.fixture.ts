import type { ReportRecord } from '../../reports/core/types';

/**
 * A small March 2026 of two branches, with figures worked out by hand in the dashboard test.
 * Instants are canonical UTC (Shanghai = UTC+8). "As of" is 2026-04-05T00:00Z.
 */
export const AS_OF = '2026-04-05T00:00:00.000Z';

const base = {
  complainantName: '顾客',
  description: '—',
  involvedDepartmentId: null,
  refundAmount: null,
  handlingSatisfaction: null,
  reopenedCount: 0,
  history: [],
  closedAt: null,
};

export const COMPLAINTS: ReportRecord[] = [
  // BJ01, general: responded 1 h after (due 24 h), resolved after 48 h (due 168 h), closed 5 ★, ¥100.
  {
    ...base,
    id: 1,
    complaintNo: 'TS-BJ01-202603-0001',
    branchId: 1,
    channel: 'hotline',
    category: 'service_attitude',
    severity: 'general',
    status: 'closed',
    receivedAt: '2026-03-02T02:00:00.000Z',
    acknowledgedAt: '2026-03-02T03:00:00.000Z',
    resolvedAt: '2026-03-04T02:00:00.000Z',
    respondDueAt: '2026-03-03T02:00:00.000Z',
    resolveDueAt: '2026-03-09T02:00:00.000Z',
    handlerId: 10,
    refundAmount: 100,
    handlingSatisfaction: 5,
  },
  // BJ01, serious: responded late (6 h, due 4 h), resolved exactly at the deadline (120 h: on time), ¥250.50.
  {
    ...base,
    id: 2,
    complaintNo: 'TS-BJ01-202603-0002',
    branchId: 1,
    channel: 'online',
    category: 'billing_refund',
    severity: 'serious',
    status: 'resolved',
    receivedAt: '2026-03-10T00:00:00.000Z',
    acknowledgedAt: '2026-03-10T06:00:00.000Z',
    resolvedAt: '2026-03-15T00:00:00.000Z',
    respondDueAt: '2026-03-10T04:00:00.000Z',
    resolveDueAt: '2026-03-15T00:00:00.000Z',
    handlerId: 11,
    refundAmount: 250.5,
  },
  // SH01, critical: responded in 30 min, resolved after 120 h (due 72 h: late, overdue), reopened once, closed 2 ★.
  {
    ...base,
    id: 3,
    complaintNo: 'TS-SH01-202603-0001',
    branchId: 2,
    channel: 'hotline',
    category: 'treatment_effect',
    severity: 'critical',
    status: 'closed',
    receivedAt: '2026-03-20T00:00:00.000Z',
    acknowledgedAt: '2026-03-20T00:30:00.000Z',
    resolvedAt: '2026-03-25T00:00:00.000Z',
    respondDueAt: '2026-03-20T01:00:00.000Z',
    resolveDueAt: '2026-03-23T00:00:00.000Z',
    handlerId: 10,
    handlingSatisfaction: 2,
    reopenedCount: 1,
  },
  // SH01, minor: not yet acknowledged, due 2026-04-12: neither handled nor overdue.
  {
    ...base,
    id: 4,
    complaintNo: 'TS-SH01-202603-0002',
    branchId: 2,
    channel: 'letter',
    category: 'environment',
    severity: 'minor',
    status: 'received',
    receivedAt: '2026-03-28T00:00:00.000Z',
    acknowledgedAt: null,
    resolvedAt: null,
    respondDueAt: '2026-03-29T00:00:00.000Z',
    resolveDueAt: '2026-04-12T00:00:00.000Z',
    handlerId: null,
  },
  // BJ01, general: responded on time, still investigating after its deadline (2026-04-01): overdue by 96 h.
  {
    ...base,
    id: 5,
    complaintNo: 'TS-BJ01-202603-0003',
    branchId: 1,
    channel: 'hotline',
    category: 'service_attitude',
    severity: 'general',
    status: 'investigating',
    receivedAt: '2026-03-25T00:00:00.000Z',
    acknowledgedAt: '2026-03-25T01:00:00.000Z',
    resolvedAt: null,
    respondDueAt: '2026-03-26T00:00:00.000Z',
    resolveDueAt: '2026-04-01T00:00:00.000Z',
    handlerId: 11,
  },
  // Withdrawn: in no rate.
  {
    ...base,
    id: 6,
    complaintNo: 'TS-BJ01-202603-0004',
    branchId: 1,
    channel: 'hotline',
    category: 'service_attitude',
    severity: 'minor',
    status: 'withdrawn',
    receivedAt: '2026-03-05T00:00:00.000Z',
    acknowledgedAt: null,
    resolvedAt: null,
    respondDueAt: '2026-03-06T00:00:00.000Z',
    resolveDueAt: '2026-03-20T00:00:00.000Z',
    handlerId: 10,
  },
  // 2026-02-28 23:30 in Shanghai: February, outside the period.
  {
    ...base,
    id: 7,
    complaintNo: 'TS-BJ01-202602-0001',
    branchId: 1,
    channel: 'hotline',
    category: 'service_attitude',
    severity: 'general',
    status: 'received',
    receivedAt: '2026-02-28T15:30:00.000Z',
    acknowledgedAt: null,
    resolvedAt: null,
    respondDueAt: '2026-03-01T15:30:00.000Z',
    resolveDueAt: '2026-03-07T15:30:00.000Z',
    handlerId: null,
  },
];

/** Services in March: 8 at BJ01, 2 at SH01. */
export const CARE_RECORDS: ReportRecord[] = [
  ...Array.from({ length: 8 }, (_, i) => ({
    id: i + 1,
    branchId: 1,
    performedAt: `2026-03-${String(i + 2).padStart(2, '0')}T02:00:00.000Z`,
  })),
  { id: 9, branchId: 2, performedAt: '2026-03-12T02:00:00.000Z' },
  { id: 10, branchId: 2, performedAt: '2026-03-13T02:00:00.000Z' },
];

export const TABLES: Record<string, ReportRecord[]> = {
  complaints: COMPLAINTS,
  'care-records': CARE_RECORDS,
  branches: [
    { id: 1, code: 'BJ01', name: '北京一院' },
    { id: 2, code: 'SH01', name: '上海一院' },
  ],
  employees: [
    { id: 10, name: '张客服' },
    { id: 11, name: '李客服' },
  ],
  departments: [],
};

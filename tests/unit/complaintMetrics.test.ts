import { describe, expect, it } from 'vitest';
import {
  complaintFigures,
  complaintReport,
  isOverdue,
  type ComplaintFacts,
  type ComplaintReportInput,
} from '../../src/domain/complaints';

const H = 3_600_000;
const plus = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * H).toISOString();

/** A complaint with the given receipt and deadlines (hours), and its fate. */
function complaint(
  id: number,
  receivedAt: string,
  respondHours: number,
  resolveHours: number,
  rest: Partial<ComplaintFacts> & { ackAfter?: number; resolvedAfter?: number } = {},
): ComplaintFacts {
  const { ackAfter, resolvedAfter, ...fields } = rest;
  return {
    id,
    complaintNo: `TS-X-${id}`,
    branchId: 1,
    channel: 'hotline',
    category: 'service_attitude',
    severity: 'general',
    status: resolvedAfter === undefined ? (ackAfter === undefined ? 'received' : 'acknowledged') : 'closed',
    receivedAt: new Date(Date.parse(receivedAt)).toISOString(),
    acknowledgedAt: ackAfter === undefined ? null : plus(receivedAt, ackAfter),
    resolvedAt: resolvedAfter === undefined ? null : plus(receivedAt, resolvedAfter),
    respondDueAt: plus(receivedAt, respondHours),
    resolveDueAt: plus(receivedAt, resolveHours),
    handlerId: 10,
    involvedDepartmentId: 100,
    refundAmount: null,
    handlingSatisfaction: null,
    reopenedCount: 0,
    ...fields,
  };
}

// November 2026 in Shanghai; "now" is 2026-12-10 00:00 UTC.
const ASOF = '2026-12-10T00:00:00.000Z';
const COMPLAINTS: ComplaintFacts[] = [
  // A: Nov 1 00:30 Shanghai (written in Z on Oct 31) → November; resolved exactly at its deadline.
  complaint(1, '2026-10-31T16:30:00Z', 24, 168, { ackAfter: 2, resolvedAfter: 168, handlingSatisfaction: 5 }),
  // B: Oct 31 23:30 Shanghai → October, outside the period.
  complaint(2, '2026-10-31T23:30:00+08:00', 24, 168, { ackAfter: 1, resolvedAfter: 5 }),
  // C: serious, acknowledged and resolved late, reopened and back under investigation, a refund.
  complaint(3, '2026-11-10T02:00:00Z', 4, 120, {
    branchId: 2,
    category: 'billing_refund',
    severity: 'serious',
    channel: 'online',
    handlerId: 11,
    ackAfter: 5,
    resolvedAfter: 130,
    status: 'investigating',
    reopenedCount: 1,
    refundAmount: 250.5,
  }),
  // D: never acknowledged, past its deadline now.
  complaint(4, '2026-11-20T02:00:00Z', 24, 168),
  // E, F: withdrawn and invalid are in no figure (not even the refund).
  complaint(5, '2026-11-12T02:00:00Z', 24, 168, { branchId: 2, status: 'withdrawn', refundAmount: 999 }),
  complaint(6, '2026-11-13T02:00:00Z', 24, 168, { branchId: 2, status: 'invalid', ackAfter: 1 }),
  // G: the last millisecond of November in Shanghai; minor, quick, rated 3, refunded 100.
  complaint(7, '2026-11-30T15:59:59.999Z', 24, 360, {
    category: 'environment',
    severity: 'minor',
    channel: 'on_site',
    handlerId: 11,
    involvedDepartmentId: 101,
    ackAfter: 1,
    resolvedAfter: 10,
    handlingSatisfaction: 3,
    refundAmount: 100,
  }),
  // H: Dec 1 00:00 Shanghai → December.
  complaint(8, '2026-11-30T16:00:00.000Z', 24, 168),
  // I: acknowledged exactly at its respond deadline (on time), unresolved past its deadline.
  complaint(9, '2026-11-25T00:00:00Z', 24, 168, { branchId: 2, handlerId: 11, ackAfter: 24 }),
];

// Services: branch 1 four in November (one at 23:59 on the 30th) and one on Dec 1; branch 2 one.
const SERVICES = [
  { branchId: 1, performedAt: '2026-11-02T02:00:00.000Z' },
  { branchId: 1, performedAt: '2026-11-03T02:00:00.000Z' },
  { branchId: 1, performedAt: '2026-11-04T02:00:00.000Z' },
  { branchId: 1, performedAt: '2026-11-30T15:59:00.000Z' },
  { branchId: 1, performedAt: '2026-11-30T16:00:00.000Z' },
  { branchId: 2, performedAt: '2026-11-05T02:00:00.000Z' },
];

const INPUT: ComplaintReportInput = {
  complaints: COMPLAINTS,
  services: SERVICES,
  branches: [
    { id: 1, code: 'BJ01', name: '北京一院' },
    { id: 2, code: 'SH01', name: '上海一院' },
    { id: 3, code: 'GZ01', name: '广州一院' },
  ],
  employees: [
    { id: 10, name: '王芳' },
    { id: 11, name: '李娜' },
  ],
  departments: [
    { id: 100, name: 'BJ01 客服部' },
    { id: 101, name: 'BJ01 行政部' },
  ],
};
const NOV = { from: '2026-11-01', to: '2026-11-30', asOf: ASOF };

describe('complaint figures', () => {
  const report = complaintReport(INPUT, NOV);

  it('counts the November cohort by Shanghai month, without withdrawn and invalid', () => {
    // In: A, C, D, G, I. Out: B (October), H (December), E (withdrawn), F (invalid).
    const o = report.overall;
    expect(o.received).toBe(5);
    expect(o.handled).toBe(3); // A, C (reopened, still counted), G
    expect(o.handlingRate).toBeCloseTo(3 / 5, 12);
    expect(o.onTimeRate).toBeCloseTo(2 / 3, 12); // A at the deadline is on time, C late, G on time
    expect(o.respondOnTimeRate).toBeCloseTo(3 / 5, 12); // A, G, I (exactly at the deadline)
    expect(o.overdue).toBe(3); // C resolved late, D and I unresolved past their deadline
    expect(o.meanHoursToResolve).toBe(102.7); // (168 + 130 + 10) / 3 = 102.67
    expect(o.medianHoursToResolve).toBe(130);
    expect(o.reopenRate).toBeCloseTo(1 / 3, 12);
    expect(o.per1000Services).toBeCloseTo((5 / 5) * 1000, 9); // 5 services in November
    expect(o.handlingSatisfaction).toBe(4); // (5 + 3) / 2
    expect(o.handlingSatisfactionTop2).toBe(0.5);
    expect(o.refunds).toBe(350.5); // 250.50 + 100, the withdrawn one's 999 left out
  });

  it('breaks down by branch, with null rates where nothing was received', () => {
    const [bj, sh, gz] = ['BJ01', 'SH01', 'GZ01'].map((code) =>
      report.byBranch.find((b) => b.code === code)!,
    );
    expect(bj).toMatchObject({
      branchId: 1,
      received: 3,
      handled: 2,
      overdue: 1,
      meanHoursToResolve: 89,
      refunds: 100,
    });
    expect(bj.handlingRate).toBeCloseTo(2 / 3, 12);
    expect(bj.onTimeRate).toBe(1);
    expect(bj.per1000Services).toBeCloseTo((3 / 4) * 1000, 9);
    expect(sh).toMatchObject({
      received: 2,
      handled: 1,
      handlingRate: 0.5,
      onTimeRate: 0,
      overdue: 2,
      reopenRate: 1,
    });
    expect(sh.per1000Services).toBeCloseTo(2000, 9);
    expect(sh.handlingSatisfaction).toBeNull();
    expect(gz).toMatchObject({
      received: 0,
      handled: 0,
      handlingRate: null,
      onTimeRate: null,
      respondOnTimeRate: null,
      meanHoursToResolve: null,
      medianHoursToResolve: null,
      reopenRate: null,
      per1000Services: null,
      handlingSatisfaction: null,
      handlingSatisfactionTop2: null,
      refunds: 0,
    });
  });

  it('breaks down by category, severity, channel, handler, department and month', () => {
    const cat = Object.fromEntries(report.byCategory.map((r) => [r.category, r]));
    // A, D and I are service_attitude; only A is handled.
    expect(cat.service_attitude).toMatchObject({ received: 3, handled: 1 });
    expect(cat.service_attitude.handlingRate).toBeCloseTo(1 / 3, 12);
    expect(cat.privacy).toMatchObject({ received: 0, handlingRate: null });
    expect(report.byCategory).toHaveLength(8);
    expect(report.bySeverity.map((r) => [r.severity, r.received])).toEqual([
      ['minor', 1],
      ['general', 3],
      ['serious', 1],
      ['critical', 0],
    ]);
    expect(report.byChannel.find((r) => r.channel === 'hotline')?.received).toBe(3);
    const handler = Object.fromEntries(report.byHandler.map((r) => [r.handlerId, r]));
    expect(handler[10]).toMatchObject({ name: '王芳', received: 2, handled: 1 });
    expect(handler[11]).toMatchObject({ name: '李娜', received: 3, handled: 2, overdue: 2 });
    expect(report.byDepartment.map((r) => [r.name, r.received])).toEqual([
      ['BJ01 客服部', 4],
      ['BJ01 行政部', 1],
    ]);
    expect(report.byMonth.map((r) => [r.month, r.received])).toEqual([['2026-11', 5]]);
    const range = complaintReport(INPUT, { ...NOV, from: '2026-10-01', to: '2026-12-31' });
    expect(range.byMonth.map((r) => [r.month, r.received])).toEqual([
      ['2026-10', 1],
      ['2026-11', 5],
      ['2026-12', 1],
    ]);
  });

  it('lists the overdue complaints, latest first, with hours late', () => {
    expect(report.overdueList.map((o) => [o.id, o.hoursLate])).toEqual([
      [9, 192], // due 12-02 00:00Z, as of 12-10 00:00Z
      [4, 310], // due 11-27 02:00Z: 12 days 22 hours before 12-10 00:00Z
      [3, 10], // resolved 130 h after receipt, due at 120 h
    ]);
  });

  it('applies the branch, category and severity filters to every figure', () => {
    const general = complaintReport(INPUT, { ...NOV, severities: ['general'] });
    expect(general.overall.received).toBe(3); // A, D, I
    expect(general.bySeverity.map((r) => r.severity)).toEqual(['general']);
    const sh = complaintReport(INPUT, { ...NOV, branchIds: [2] });
    expect(sh.overall.received).toBe(2);
    expect(sh.byBranch.map((b) => b.code)).toEqual(['SH01']);
    expect(sh.overall.per1000Services).toBeCloseTo(2000, 9);
  });

  it('is empty but never NaN for an empty set', () => {
    const none = complaintFigures([], Date.parse(ASOF), 0);
    expect(Object.values(none).some((v) => typeof v === 'number' && Number.isNaN(v))).toBe(false);
    expect(none).toMatchObject({ received: 0, handlingRate: null, refunds: 0, per1000Services: null });
  });

  it('judges overdue against "now" only while unresolved', () => {
    const d = COMPLAINTS[3]; // due 2026-11-27T02:00Z
    expect(isOverdue(d, Date.parse('2026-11-27T02:00:00Z'))).toBe(false);
    expect(isOverdue(d, Date.parse('2026-11-27T02:00:00.001Z'))).toBe(true);
    expect(isOverdue(COMPLAINTS[0], Date.parse('2030-01-01T00:00:00Z'))).toBe(false);
    expect(isOverdue(COMPLAINTS[4], Date.parse('2030-01-01T00:00:00Z'))).toBe(false);
  });
});

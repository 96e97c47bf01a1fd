import { describe, expect, it } from 'vitest';
import {
  autoValuesFor,
  availableSteps,
  kpiMetricIndex,
  mayTakeStep,
  mergeScores,
  scoreMapProblems,
  type KpiMetricSources,
} from '../../src/domain/kpi';
import type { ComplaintFacts } from '../../src/domain/complaints';

const complaint = (
  id: number,
  handlerId: number,
  receivedAt: string,
  status: ComplaintFacts['status'],
  resolvedAt: string | null,
): ComplaintFacts => ({
  id,
  branchId: 1,
  channel: 'phone',
  category: 'service_attitude',
  severity: 'general',
  status,
  receivedAt,
  acknowledgedAt: null,
  resolvedAt,
  respondDueAt: '2026-10-31T00:00:00.000Z',
  resolveDueAt: '2026-11-30T00:00:00.000Z',
  handlerId,
});

const followUp = (id: number, staffId: number, dueOn: string, result: 'reached' | 'unreachable' | null) => ({
  id,
  customerId: 1,
  branchId: 1,
  subjectType: 'care-record',
  subjectId: 1,
  staffId,
  dueOn,
  doneAt: result ? `${dueOn}T02:00:00.000Z` : null,
  result,
});

const response = (
  id: number,
  branchId: number,
  staffId: number | null,
  quality: number,
  submittedAt: string,
) => ({
  id,
  templateId: 1,
  branchId,
  staffId,
  channel: 'onsite',
  submittedAt,
  scores: { quality },
  valid: true,
});

const SOURCES: KpiMetricSources = {
  contracts: [
    { id: 1, customerId: 100, salesRepId: 7, signedOn: '2026-10-03', status: 'active', total: 12000.5 },
    { id: 2, customerId: 101, salesRepId: 7, signedOn: '2026-10-20', status: 'completed', total: 8000 },
    { id: 3, customerId: 102, salesRepId: 7, signedOn: '2026-10-21', status: 'draft', total: 5000 },
    // customer 101's first contract was in September: not a new customer in October.
    { id: 4, customerId: 101, salesRepId: 7, signedOn: '2026-09-15', status: 'completed', total: 3000 },
  ],
  careRecords: [
    { customerId: 100, staffId: 9, performedAt: '2026-10-01T02:00:00.000Z' },
    { customerId: 100, staffId: 9, performedAt: '2026-10-08T02:00:00.000Z' },
    { customerId: 101, staffId: 9, performedAt: '2026-10-31T17:00:00.000Z' }, // 11-01 in Shanghai
    { customerId: 102, staffId: 9, performedAt: '2026-09-30T16:30:00.000Z' }, // 10-01 in Shanghai
  ],
  surveyTemplates: [
    {
      id: 1,
      scale: 5,
      dimensions: [{ key: 'quality', label: 'Q', weight: 1, required: true }],
      hasNps: false,
    },
  ],
  surveyResponses: [
    response(1, 1, 9, 4, '2026-10-05T02:00:00.000Z'), // 75
    response(2, 1, null, 5, '2026-10-06T02:00:00.000Z'), // 100
    response(3, 1, 9, 1, '2026-09-05T02:00:00.000Z'), // September
  ],
  complaints: [
    complaint(1, 8, '2026-10-02T02:00:00.000Z', 'resolved', '2026-10-03T02:00:00.000Z'),
    complaint(2, 8, '2026-10-10T02:00:00.000Z', 'closed', '2026-10-12T02:00:00.000Z'),
    complaint(3, 8, '2026-10-11T02:00:00.000Z', 'investigating', null),
    complaint(4, 8, '2026-10-12T02:00:00.000Z', 'withdrawn', null),
    complaint(5, 8, '2026-09-12T02:00:00.000Z', 'investigating', null),
  ],
  followUps: [
    followUp(1, 8, '2026-10-02', 'reached'),
    followUp(2, 8, '2026-10-09', 'unreachable'),
    followUp(3, 8, '2026-10-30', null),
    followUp(4, 8, '2026-10-31', 'reached'),
  ],
  inspections: [
    { branchId: 1, inspectedOn: '2026-10-05', score: 92 },
    { branchId: 1, inspectedOn: '2026-10-25', score: 85 },
    { branchId: 2, inspectedOn: '2026-10-25', score: 10 },
  ],
  appraisalEvents: [
    { employeeId: 8, ruleId: 23, occurredOn: '2026-10-02', count: 2 },
    { employeeId: 8, ruleId: 23, occurredOn: '2026-10-20', count: 1 },
    { employeeId: 8, ruleId: 5, occurredOn: '2026-10-20', count: 4 },
  ],
  attendanceRuleIds: [23],
};

describe('KPI metrics from the month records', () => {
  const metrics = kpiMetricIndex(SOURCES);

  it('sales: amounts and counts of signed contracts, first contracts as new customers', () => {
    const v = metrics({ id: 7, branchId: 1 }, '2026-10');
    expect(v.contractAmount).toBe(20000.5);
    expect(v.contractCount).toBe(2);
    expect(v.newCustomers).toBe(1);
  });

  it('technical: distinct customers served in the Shanghai month, own satisfaction, branch quality', () => {
    const v = metrics({ id: 9, branchId: 1 }, '2026-10');
    expect(v.customersServed).toBe(2); // customers 100 and 102
    expect(v.satisfaction).toBe(75); // (4 − 1) ÷ 4 × 100
    expect(v.qualityScore).toBe(88.5); // (92 + 85) ÷ 2
  });

  it('customer service: handling rate as handler, follow-up success, branch satisfaction, attendance', () => {
    const v = metrics({ id: 8, branchId: 1 }, '2026-10');
    expect(v.complaintHandlingRate).toBe(66.7); // 2 handled of 3 (withdrawn left out)
    expect(v.followUpSuccessRate).toBe(50); // 2 reached of 4 due
    expect(v.satisfaction).toBe(87.5); // nobody names them: the branch's (75 + 100) ÷ 2
    expect(v.attendance).toBe(70); // 3 occurrences of D04
  });

  it('zero denominators give null, not 0; attendance floors at 0', () => {
    const v = metrics({ id: 8, branchId: 2 }, '2026-11');
    expect(v.complaintHandlingRate).toBeNull();
    expect(v.followUpSuccessRate).toBeNull();
    expect(v.satisfaction).toBeNull();
    expect(v.qualityScore).toBeNull();
    expect(v.attendance).toBe(100);
    const many = kpiMetricIndex({
      ...SOURCES,
      appraisalEvents: [{ employeeId: 8, ruleId: 23, occurredOn: '2026-10-02', count: 12 }],
    });
    expect(many({ id: 8, branchId: 1 }, '2026-10').attendance).toBe(0);
  });

  it('autoValuesFor keeps the template metrics that were measured', () => {
    const v = metrics({ id: 8, branchId: 2 }, '2026-11');
    expect(
      autoValuesFor([{ source: 'attendance' }, { source: 'complaintHandlingRate' }, { source: 'manual' }], v),
    ).toEqual({ attendance: 100 });
  });
});

describe('the monthly cycle', () => {
  const owner = { isOwner: true, canManage: false, isAdmin: false };
  const manager = { isOwner: false, canManage: true, isAdmin: false };
  const managerSelf = { isOwner: true, canManage: true, isAdmin: false };
  const admin = { isOwner: false, canManage: true, isAdmin: true };

  it('who may take which step', () => {
    expect(mayTakeStep('self', owner)).toBe(true);
    expect(mayTakeStep('self', manager)).toBe(true);
    expect(mayTakeStep('supervisor', owner)).toBe(false);
    expect(mayTakeStep('confirm', managerSelf)).toBe(false);
    expect(mayTakeStep('reopen', manager)).toBe(false);
    expect(mayTakeStep('reopen', admin)).toBe(true);
  });

  it('steps offered by state', () => {
    expect(availableSteps('self_pending', manager)).toEqual(['self']);
    expect(availableSteps('supervisor_pending', manager)).toEqual(['supervisor', 'confirm', 'return']);
    expect(availableSteps('supervisor_pending', owner)).toEqual([]);
    expect(availableSteps('confirmed', manager)).toEqual([]);
    expect(availableSteps('confirmed', admin)).toEqual(['reopen']);
  });

  it('score maps: manual keys only, 0–100 with one decimal', () => {
    const t = {
      indicators: [
        { key: 'teamwork', weight: 5, source: 'manual' },
        { key: 'attendance', weight: 10, source: 'attendance' },
      ],
    };
    expect(scoreMapProblems(t, { teamwork: 85.5 })).toEqual({});
    expect(scoreMapProblems(t, { teamwork: 101, attendance: 90, nope: 1 })).toEqual({
      teamwork: 'notScore',
      attendance: 'automatic',
      nope: 'unknownKey',
    });
    expect(scoreMapProblems(t, { teamwork: 85.55 })).toEqual({ teamwork: 'notScore' });
    expect(scoreMapProblems(t, [1])).toEqual({ '': 'notObject' });
    expect(mergeScores({ a: 1, b: 2 }, { b: null, c: 3 })).toEqual({ a: 1, c: 3 });
  });
});

import { describe, expect, it } from 'vitest';
import {
  becameResolved,
  complaintFollowUp,
  dueLists,
  dueWithin,
  summariseFollowUps,
  summariseFollowUpsBy,
  type FollowUpRecord,
} from '../../src/domain/followUps';

let id = 1;
function f(dueOn: string, result: FollowUpRecord['result'], staffId = 1, branchId = 1): FollowUpRecord {
  return {
    id: id++,
    customerId: 1,
    branchId,
    subjectType: 'care-record',
    subjectId: 1,
    staffId,
    dueOn,
    doneAt: result ? `${dueOn}T03:00:00.000Z` : null,
    method: 'phone',
    result,
    notes: null,
  };
}

describe('follow-up success rate', () => {
  const rows = [
    f('2026-10-01', 'reached', 1, 1),
    f('2026-10-02', 'unreachable', 1, 1),
    f('2026-10-03', null, 2, 1),
    f('2026-10-31', 'reached', 2, 2),
    f('2026-11-01', 'reached', 2, 2),
  ];

  it('is reached ÷ due, done or not, by dueOn period', () => {
    const october = rows.filter((r) => dueWithin(r, { from: '2026-10-01', to: '2026-10-31' }));
    // due 4, done 3, reached 2 → 0.5
    expect(summariseFollowUps(october)).toEqual({ due: 4, done: 3, reached: 2, successRate: 0.5 });
  });

  it('is null, not 0, when nothing was due', () => {
    expect(summariseFollowUps([])).toEqual({ due: 0, done: 0, reached: 0, successRate: null });
  });

  it('breaks down by staff and by branch', () => {
    const byStaff = summariseFollowUpsBy(rows, (r) => r.staffId);
    expect(byStaff.get(1)).toEqual({ due: 2, done: 2, reached: 1, successRate: 0.5 });
    expect(byStaff.get(2)).toEqual({ due: 3, done: 2, reached: 2, successRate: 2 / 3 });
    const byBranch = summariseFollowUpsBy(rows, (r) => r.branchId);
    expect(byBranch.get(2)).toEqual({ due: 2, done: 2, reached: 2, successRate: 1 });
  });
});

describe('follow-up due lists', () => {
  it('split what is not done into due today and overdue (oldest first); done and future ones stay out', () => {
    const a = f('2026-11-18', null);
    const b = f('2026-11-10', null);
    const c = f('2026-11-17', null);
    const done = f('2026-11-18', 'reached');
    const later = f('2026-11-19', null);
    const lists = dueLists([a, b, c, done, later], '2026-11-18');
    expect(lists.today.map((x) => x.id)).toEqual([a.id]);
    expect(lists.overdue.map((x) => x.id)).toEqual([b.id, c.id]);
  });
});

describe('the follow-up of a resolved complaint', () => {
  const complaint = {
    id: 7,
    branchId: 2,
    customerId: 11,
    handlerId: 3,
    status: 'resolved',
    // 2026-11-17 23:30 in Shanghai
    resolvedAt: '2026-11-17T15:30:00.000Z',
  };

  it('is due the Shanghai day after the resolution, with the handler calling', () => {
    expect(complaintFollowUp(complaint, 3, new Date('2026-11-20T00:00:00Z'))).toEqual({
      customerId: 11,
      branchId: 2,
      subjectType: 'complaint',
      subjectId: 7,
      staffId: 3,
      dueOn: '2026-11-18',
      doneAt: null,
      method: 'phone',
      result: null,
      notes: null,
    });
  });

  it('is not made without a customer file or someone to call', () => {
    expect(complaintFollowUp({ ...complaint, customerId: null }, 3, new Date())).toBeNull();
    expect(complaintFollowUp(complaint, null, new Date())).toBeNull();
  });

  it('is due on a move into resolved only', () => {
    expect(becameResolved('investigating', 'resolved')).toBe(true);
    expect(becameResolved(undefined, 'resolved')).toBe(true);
    expect(becameResolved('resolved', 'resolved')).toBe(false);
    expect(becameResolved('resolved', 'closed')).toBe(false);
  });
});

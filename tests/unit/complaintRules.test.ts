import { describe, expect, it } from 'vitest';
import { COMPLAINT_DEADLINES } from '../../src/domain/defaults';
import {
  allowedActions,
  allowedNextStatuses,
  complaintSequenceKey,
  deadlineFor,
  dueDates,
  formatComplaintNo,
  highestSequence,
  parseComplaintNo,
  registered,
  transition,
  type LifecycleState,
  type TransitionRequest,
} from '../../src/domain/complaints';

describe('complaint numbering', () => {
  it('takes the month of receipt in Asia/Shanghai, whatever offset the instant is written with', () => {
    // 2026-10-31 23:30 Shanghai = 15:30Z; 2026-11-01 00:30 Shanghai = 16:30Z on Oct 31.
    expect(complaintSequenceKey('BJ01', '2026-10-31T23:30:00+08:00')).toBe('BJ01-202610');
    expect(complaintSequenceKey('BJ01', '2026-10-31T15:30:00Z')).toBe('BJ01-202610');
    expect(complaintSequenceKey('BJ01', '2026-11-01T00:30:00+08:00')).toBe('BJ01-202611');
    expect(complaintSequenceKey('BJ01', '2026-10-31T16:30:00.000Z')).toBe('BJ01-202611');
  });

  it('writes TS-{branch}-{yyyyMM}-{seq:4} and reads it back', () => {
    expect(formatComplaintNo('BJ01-202611', 7)).toBe('TS-BJ01-202611-0007');
    expect(formatComplaintNo('SH02-202601', 12345)).toBe('TS-SH02-202601-12345');
    expect(parseComplaintNo('TS-BJ01-202611-0007')).toEqual({ key: 'BJ01-202611', seq: 7 });
    expect(parseComplaintNo('TS-BJ01-2026-0007')).toBeNull();
    expect(() => formatComplaintNo('BJ01-202611', 0)).toThrow(RangeError);
  });

  it('finds the highest sequence used under one key only', () => {
    const numbers = [
      'TS-BJ01-202611-0003',
      'TS-BJ01-202611-0011',
      'TS-BJ01-202610-0040',
      'TS-SH01-202611-0090',
      null,
    ];
    expect(highestSequence(numbers, 'BJ01-202611')).toBe(11);
    expect(highestSequence(numbers, 'GZ01-202611')).toBe(0);
  });
});

describe('complaint deadlines', () => {
  it('adds the calendar hours of the severity record to the receipt', () => {
    const serious = deadlineFor('serious', COMPLAINT_DEADLINES);
    expect(serious).toEqual({ severity: 'serious', respondHours: 4, resolveHours: 120 });
    // 2026-11-30 22:00 Shanghai + 4 h = 12-01 02:00 Shanghai (18:00Z); + 120 h = 12-05 22:00 Shanghai.
    expect(dueDates('2026-11-30T22:00:00+08:00', serious!)).toEqual({
      respondDueAt: '2026-11-30T18:00:00.000Z',
      resolveDueAt: '2026-12-05T14:00:00.000Z',
    });
    expect(deadlineFor('unknown', COMPLAINT_DEADLINES)).toBeUndefined();
  });
});

const AT = '2026-11-02T02:00:00.000Z';
const req = (to: TransitionRequest['to'], extra: Partial<TransitionRequest> = {}): TransitionRequest => ({
  to,
  at: AT,
  byUserId: 3,
  ...extra,
});

function walk(state: LifecycleState, ...requests: TransitionRequest[]): LifecycleState {
  return requests.reduce((s, r) => {
    const result = transition(s, r);
    if (!result.ok) throw new Error(`${s.status} → ${r.to} refused: ${JSON.stringify(result)}`);
    return result.next;
  }, state);
}

describe('complaint lifecycle', () => {
  const fresh = registered('2026-11-01T01:00:00.000Z', 2);

  it('starts received with one history entry at the receipt', () => {
    expect(fresh.status).toBe('received');
    expect(fresh.history).toEqual([
      { at: '2026-11-01T01:00:00.000Z', from: null, to: 'received', byUserId: 2, note: null },
    ]);
    expect(allowedNextStatuses('received')).toEqual(['acknowledged', 'withdrawn', 'invalid']);
    expect(allowedActions('resolved').map((a) => a.action)).toEqual(['close', 'reopen']);
    expect(allowedNextStatuses('withdrawn')).toEqual([]);
  });

  it('refuses a jump and names the allowed next states', () => {
    const result = transition(fresh, req('resolved'));
    expect(result).toEqual({
      ok: false,
      reason: 'notAllowed',
      from: 'received',
      allowed: ['acknowledged', 'withdrawn', 'invalid'],
    });
    const closed = transition({ ...fresh, status: 'closed' }, req('resolved'));
    expect(closed.ok).toBe(false);
  });

  it('walks the whole lifecycle, setting each timestamp once and appending history', () => {
    const t = (h: number) => `2026-11-0${h}T03:00:00.000Z`;
    const s = walk(
      fresh,
      req('acknowledged', { at: t(2) }),
      req('investigating', { at: t(3) }),
      req('resolved', { at: t(4), fields: { rootCause: '沟通不到位', resolution: 'apology' } }),
      req('closed', { at: t(5), fields: { handlingSatisfaction: 2 } }),
      req('investigating', { at: t(6), note: '顾客不认可处理结果' }),
      req('resolved', { at: t(7), fields: { resolution: 'refund', refundAmount: 300 } }),
      req('closed', { at: t(8), unreachable: true, note: '回访三次未能联系上顾客' }),
    );
    expect(s.status).toBe('closed');
    expect(s.acknowledgedAt).toBe(t(2));
    expect(s.resolvedAt).toBe(t(4)); // the first resolution stays
    expect(s.closedAt).toBe(t(5));
    expect(s.reopenedCount).toBe(1);
    expect(s.refundAmount).toBe(300);
    expect(s.handlingSatisfaction).toBeNull(); // the last follow-up reached nobody
    expect(s.history.map((h) => `${h.from}>${h.to}`)).toEqual([
      'null>received',
      'received>acknowledged',
      'acknowledged>investigating',
      'investigating>resolved',
      'resolved>closed',
      'closed>investigating',
      'investigating>resolved',
      'resolved>closed',
    ]);
    expect(s.history[5].note).toBe('顾客不认可处理结果');
  });

  it('needs root cause and resolution to resolve, and the amount of a refund', () => {
    const investigating = walk(fresh, req('acknowledged'), req('investigating'));
    expect(transition(investigating, req('resolved'))).toEqual({
      ok: false,
      reason: 'incomplete',
      missing: { rootCause: 'required', resolution: 'required' },
    });
    expect(
      transition(investigating, req('resolved', { fields: { rootCause: 'x', resolution: 'refund' } })),
    ).toEqual({
      ok: false,
      reason: 'incomplete',
      missing: { refundAmount: 'required' },
    });
  });

  it('refuses to close without a follow-up outcome', () => {
    const resolved = walk(
      fresh,
      req('acknowledged'),
      req('investigating'),
      req('resolved', { fields: { rootCause: 'x', resolution: 'apology' } }),
    );
    expect(transition(resolved, req('closed'))).toMatchObject({
      ok: false,
      missing: { handlingSatisfaction: 'outcome' },
    });
    expect(transition(resolved, req('closed', { unreachable: true, note: '  ' }))).toMatchObject({
      ok: false,
      missing: { note: 'outcome' },
    });
    // A rating left from before a reopening is not this follow-up's outcome.
    expect(transition({ ...resolved, handlingSatisfaction: 5 }, req('closed')).ok).toBe(false);
    const closed = transition(resolved, req('closed', { fields: { handlingSatisfaction: 4 } }));
    expect(closed.ok && closed.next.handlingSatisfaction).toBe(4);
  });

  it('needs a reason to withdraw, invalidate or reopen, and ends on withdrawn', () => {
    expect(transition(fresh, req('withdrawn'))).toMatchObject({ ok: false, missing: { note: 'reason' } });
    const gone = walk(fresh, req('withdrawn', { note: '顾客表示不再追究' }));
    expect(gone.status).toBe('withdrawn');
    expect(transition(gone, req('acknowledged'))).toMatchObject({
      ok: false,
      reason: 'notAllowed',
      allowed: [],
    });
  });
});

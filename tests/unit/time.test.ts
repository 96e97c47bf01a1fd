import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  canonicalInstant,
  formatShanghai,
  isDate,
  isMonth,
  monthLastDay,
  shanghaiDate,
  shanghaiDayEnd,
  shanghaiDayStart,
  shanghaiMonth,
} from '../../src/schema/time';

describe('Shanghai calendar', () => {
  it('puts 23:30 on the last day of a month in that month and 00:30 on the first in the next', () => {
    // 2026-10-31 23:30 +08:00 is 15:30 UTC the same day; 2026-11-01 00:30 +08:00 is 16:30 UTC on Oct 31.
    expect(shanghaiMonth('2026-10-31T23:30:00+08:00')).toBe('2026-10');
    expect(shanghaiMonth('2026-10-31T15:30:00Z')).toBe('2026-10');
    expect(shanghaiMonth('2026-11-01T00:30:00+08:00')).toBe('2026-11');
    expect(shanghaiMonth('2026-10-31T16:30:00Z')).toBe('2026-11');
  });

  it('gives day bounds as UTC instants eight hours earlier', () => {
    expect(shanghaiDayStart('2026-11-01')).toBe('2026-10-31T16:00:00.000Z');
    expect(shanghaiDayEnd('2026-11-30')).toBe('2026-11-30T15:59:59.999Z');
    expect(shanghaiDate('2026-10-31T16:00:00.000Z')).toBe('2026-11-01');
    expect(shanghaiDate('2026-10-31T15:59:59.999Z')).toBe('2026-10-31');
  });

  it('canonicalises instants of any offset to one sortable UTC form', () => {
    expect(canonicalInstant('2026-11-03T09:30:00+08:00')).toBe('2026-11-03T01:30:00.000Z');
    expect(canonicalInstant('2026-11-03T09:30+0800')).toBe('2026-11-03T01:30:00.000Z');
    expect(canonicalInstant('2026-11-03T01:30:00Z')).toBe('2026-11-03T01:30:00.000Z');
    expect(canonicalInstant('2026-11-03T09:30:00')).toBeNull(); // no offset: ambiguous, refused
    expect(canonicalInstant('2026-11-03')).toBeNull();
    expect(canonicalInstant('yesterday')).toBeNull();
  });

  it('validates dates and months on the calendar', () => {
    expect(isDate('2024-02-29')).toBe(true);
    expect(isDate('2026-02-29')).toBe(false);
    expect(isDate('2026-13-01')).toBe(false);
    expect(isDate('2026-1-01')).toBe(false);
    expect(isMonth('2026-12')).toBe(true);
    expect(isMonth('2026-00')).toBe(false);
  });

  it('does calendar arithmetic across month and year ends', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addMonths('2026-11', 2)).toBe('2027-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthLastDay('2024-02')).toBe('2024-02-29');
    expect(formatShanghai('2026-11-02T16:05:00.000Z')).toBe('2026-11-03 00:05');
  });
});

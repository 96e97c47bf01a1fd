import { describe, expect, it } from 'vitest';
import { instantMs } from '../../src/domain/instants';

/**
 * `instantMs` reads the stored form digit by digit; its answer must be `Date.parse`'s for every
 * value — each month (January and February take their own arithmetic), leap days of leap and
 * non-leap centuries, and every malformed or out-of-range value, which it leaves to `Date.parse`.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('instantMs', () => {
  it('equals Date.parse for the last and first moments of every month of several years', () => {
    const values: string[] = [];
    for (const year of [1970, 1999, 2000, 2024, 2025, 2026, 2100, 2400])
      for (let month = 1; month <= 12; month++)
        for (const day of [1, 15, 28, 29, 30, 31])
          for (const time of ['00:00:00.000', '15:59:59.999', '16:00:00.000', '23:59:59.999'])
            values.push(`${year}-${pad(month)}-${pad(day)}T${time}Z`);
    for (const value of values) expect([value, instantMs(value)]).toEqual([value, Date.parse(value)]);
  });

  it('tells leap days by the Gregorian rule', () => {
    expect(instantMs('2024-02-29T12:00:00.000Z')).toBe(Date.UTC(2024, 1, 29, 12));
    expect(instantMs('2000-02-29T00:00:00.000Z')).toBe(Date.UTC(2000, 1, 29));
    // No 29 February in 2026 or 2100: whatever Date.parse makes of it, the same.
    expect(instantMs('2026-02-29T00:00:00.000Z')).toBe(Date.parse('2026-02-29T00:00:00.000Z'));
    expect(instantMs('2100-02-29T00:00:00.000Z')).toBe(Date.parse('2100-02-29T00:00:00.000Z'));
  });

  it('leaves other forms and out-of-range parts to Date.parse', () => {
    for (const value of [
      '2026-01-15T08:00:00+08:00',
      '2026-01-15T08:00:00Z',
      '2026-01-15',
      '2026-13-01T00:00:00.000Z',
      '2026-00-10T00:00:00.000Z',
      '2026-04-31T00:00:00.000Z',
      '2026-01-32T00:00:00.000Z',
      '2026-01-15T24:00:00.000Z',
      '2026-01-15T23:60:00.000Z',
      '2026-01-15T23:59:60.000Z',
      '2026-0a-15T00:00:00.000Z',
      '2026/01/15T00:00:00.000Z',
      '',
    ])
      expect([value, instantMs(value)]).toEqual([value, Date.parse(value)]);
  });
});

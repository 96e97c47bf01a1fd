import { describe, expect, it } from 'vitest';
import { complaintInput } from '../../reports/complaints';
import {
  complaintReport,
  type ComplaintFacts,
  type ComplaintReportFilter,
} from '../../src/domain/complaints';
import { ascendingOrder, wholeNumberOrder } from '../../src/domain/complaints/tally';
import { instantMs } from '../../src/domain/instants';
import { referenceComplaintReport } from './reference/complaintReport';
import { demoData } from './reference/demoData';

/**
 * The hours to resolve are fed to every group in ascending order (for the mean's sum and the
 * median): sorted as whole milliseconds when they all are (two radix passes), else as the hours
 * themselves. Both orders must be ascending, and the report's figures those of the reference.
 */

const sortedValues = (values: Float64Array, order: Uint32Array) => Array.from(order, (i) => values[i]);
const ascending = (values: Float64Array) => Array.from(values).sort((a, b) => a - b);

let seed = 11;
const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);

describe('wholeNumberOrder', () => {
  it('orders whole numbers from 0 to 2³² − 1 (digits in either half, ties, edges)', () => {
    const values = Float64Array.from({ length: 5000 }, (_, i) =>
      i % 7 === 0 ? 65_536 * (next() % 5) : i % 11 === 0 ? 4_294_967_295 : i % 13 === 0 ? 0 : next() * 2,
    );
    const order = wholeNumberOrder(values);
    expect(order).not.toBeNull();
    expect(new Set(order).size).toBe(values.length);
    expect(sortedValues(values, order!)).toEqual(ascending(values));
  });

  it('orders values sharing one half (a skipped pass)', () => {
    const low = Float64Array.from({ length: 300 }, () => next() % 65_536);
    expect(sortedValues(low, wholeNumberOrder(low)!)).toEqual(ascending(low));
    const high = Float64Array.from({ length: 300 }, () => 65_536 * (next() % 65_536) + 5);
    expect(sortedValues(high, wholeNumberOrder(high)!)).toEqual(ascending(high));
  });

  it('declines anything else: a fraction, a negative, 2³², NaN', () => {
    for (const odd of [0.5, -1, 4_294_967_296, Number.NaN])
      expect(wholeNumberOrder(Float64Array.from([3, odd, 1]))).toBeNull();
    expect(Array.from(wholeNumberOrder(new Float64Array(0))!)).toEqual([]);
  });
});

describe('ascendingOrder (hours as doubles)', () => {
  it('orders fractions, negatives and large values', () => {
    const values = Float64Array.from({ length: 3000 }, (_, i) => ((i % 2 ? -1 : 1) * next()) / 3_600_000);
    expect(sortedValues(values, ascendingOrder(values))).toEqual(ascending(values));
  });
});

describe('complaint report: the hours order does not change a figure', () => {
  const data = demoData();
  const input = complaintInput(data);
  const YEAR: ComplaintReportFilter = {
    from: '2025-11-21',
    to: '2026-11-20',
    asOf: '2026-11-20T08:00:00.000Z',
  };

  it('when some complaint took longer than 2³² ms (the doubles are sorted instead)', () => {
    const resolved = input.complaints.filter(
      (c) => c.resolvedAt && instantMs(c.receivedAt) > instantMs('2025-12-01T00:00:00.000Z'),
    );
    expect(resolved.length).toBeGreaterThan(10);
    const slow = new Set(resolved.slice(0, 3).map((c) => c.id));
    const complaints: ComplaintFacts[] = input.complaints.map((c) =>
      slow.has(c.id)
        ? { ...c, resolvedAt: new Date(instantMs(c.receivedAt) + 60 * 86_400_000).toISOString() }
        : c,
    );
    const changed = { ...input, complaints };
    const fast = complaintReport(changed, YEAR);
    expect(fast).toStrictEqual(referenceComplaintReport(changed, YEAR));
    expect(fast.overall.meanHoursToResolve).not.toBe(complaintReport(input, YEAR).overall.meanHoursToResolve);
  });
});

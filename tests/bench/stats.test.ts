import { describe, expect, it } from 'vitest';
import { median, percentile, summarize } from './stats';

describe('benchmark statistics', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('interpolates percentiles between closest ranks', () => {
    // 1..20: rank of p95 = 0.95 × 19 = 18.05 → 19 + 0.05 × (20 − 19) = 19.05
    const samples = Array.from({ length: 20 }, (_, i) => 20 - i);
    expect(percentile(samples, 95)).toBeCloseTo(19.05, 10);
    expect(percentile(samples, 0)).toBe(1);
    expect(percentile(samples, 100)).toBe(20);
    expect(percentile([7], 95)).toBe(7);
    expect(() => percentile(samples, 101)).toThrow(RangeError);
  });

  it('summarizes without changing the samples', () => {
    const samples = [3.14159, 1, 2];
    expect(summarize(samples)).toEqual({ runs: 3, median: 2, min: 1, max: 3.1 });
    expect(samples).toEqual([3.14159, 1, 2]);
  });
});

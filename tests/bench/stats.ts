/**
 * Pure helpers of the benchmark: the summary figures of a list of samples. Kept free of I/O so
 * a unit test can check them by hand-worked values (tests/bench/stats.test.ts).
 */

/** The middle sample (the mean of the two middle ones for an even count); NaN for none. */
export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/**
 * The p-th percentile by linear interpolation between closest ranks (the "R-7" rule of
 * spreadsheets and numpy's default): rank = p/100 × (n − 1), counted from 0.
 */
export function percentile(samples: readonly number[], p: number): number {
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be 0–100, not ${p}`);
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const below = Math.floor(rank);
  const above = Math.ceil(rank);
  return sorted[below] + (sorted[above] - sorted[below]) * (rank - below);
}

/** Rounds for display and for results.json: figures are noisy beyond this anyway. */
export function round(value: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export interface Summary {
  runs: number;
  median: number;
  min: number;
  max: number;
}

export function summarize(samples: readonly number[], digits = 1): Summary {
  return {
    runs: samples.length,
    median: round(median(samples), digits),
    min: round(Math.min(...samples), digits),
    max: round(Math.max(...samples), digits),
  };
}

/**
 * Integer arithmetic for appraisal money and points (DOMAIN §0: sums and shares in integer fen,
 * rounded half-up once, at the end). Points are kept in hundredths ("centi-points") so that a
 * collective share split among members stays exact to the hundredth and adds up to the whole.
 */

/** Fen per yuan; also centi-points per point. */
export const HUNDRED = 100;

/**
 * Exact money is kept in units of 1/10 000 fen: a fee in fen times a percentage in basis points
 * (2 % = 200 bp) is a whole number of those units, so percent commissions never lose a fraction
 * before the single rounding.
 */
export const SUBFEN_PER_FEN = 10_000;

/** Yuan (≤ 2 decimals) → integer fen. `null`/absent is 0. */
export function toFen(yuan: number | null | undefined): number {
  return Math.round((yuan ?? 0) * HUNDRED);
}

/** Points (≤ 2 decimals) → integer centi-points. */
export function toCenti(points: number | null | undefined): number {
  return Math.round((points ?? 0) * HUNDRED);
}

/** A percentage (2 means 2 %, ≤ 2 decimals) → integer basis points. */
export function toBasisPoints(percent: number | null | undefined): number {
  return Math.round((percent ?? 0) * HUNDRED);
}

/** Integer fen or centi-points back to yuan or points for JSON (exactly 2 decimals at most). */
export function fromHundredths(value: number): number {
  return Math.round(value) / HUNDRED;
}

/**
 * `numerator ÷ denominator` rounded half-up, halves away from zero (四舍五入: −2.5 → −3), for a
 * positive integer denominator; integer arithmetic only.
 */
export function roundDiv(numerator: number, denominator: number): number {
  if (!Number.isInteger(numerator) || !Number.isInteger(denominator) || denominator <= 0)
    throw new RangeError(`roundDiv needs integers and a positive denominator (${numerator}/${denominator})`);
  const magnitude = Math.floor((2 * Math.abs(numerator) + denominator) / (2 * denominator));
  return numerator < 0 ? -magnitude : magnitude;
}

/**
 * Splits an integer total into `parts` integer shares that add up to it exactly: each share is
 * the total ÷ parts truncated toward zero, and the first |remainder| shares take one unit more
 * (of the total's sign). 500 fen among 3 → [167, 167, 166]; −500 → [−167, −167, −166].
 */
export function splitEvenly(total: number, parts: number): number[] {
  if (!Number.isInteger(total) || !Number.isInteger(parts) || parts < 1)
    throw new RangeError(`splitEvenly needs an integer total and at least one part (${total}, ${parts})`);
  const base = Math.trunc(total / parts);
  const remainder = total - base * parts;
  const step = Math.sign(remainder);
  return Array.from({ length: parts }, (_, i) => (i < Math.abs(remainder) ? base + step : base));
}

/** Σ of a list of numbers. */
export function sum(values: Iterable<number>): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

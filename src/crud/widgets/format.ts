import { formatShanghai, parseInstant } from '../../schema/time';

/**
 * Plain-text formats of values, shared by cells, displays, option labels and summaries.
 * Intl with a fixed locale keeps the output the same in every browser (and in tests).
 */
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A number format, made on first use and kept: making one costs about a millisecond (a list
 * made one per cell), and a page that shows no number makes none.
 */
function grouped(min: number, max: number): Intl.NumberFormat {
  const key = `${min}-${max}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.NumberFormat('en-US', { minimumFractionDigits: min, maximumFractionDigits: max });
    formatters.set(key, made);
  }
  return made;
}

export function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** `1234.5` → `¥1,234.50`; negative amounts put the sign first (`-¥5.00`). */
export function formatMoney(value: number): string {
  return `${value < 0 ? '-' : ''}¥${grouped(2, 2).format(Math.abs(value))}`;
}

/** A fraction 0–1 shown as a percent: `0.125` → `12.5%`. */
export function formatPercent(fraction: number): string {
  return `${grouped(0, 2).format(fraction * 100)}%`;
}

/** Decimals grouped by thousands, at most `decimals` places (whole numbers stay as they are). */
export function formatDecimal(value: number, decimals = 4): string {
  return grouped(0, decimals).format(value);
}

/** An instant as Shanghai wall-clock time; a malformed value is shown as it is. */
export function formatInstant(value: string): string {
  return parseInstant(value) === null ? value : formatShanghai(value);
}

/** Rounds away binary noise (`0.07 * 100` → `7`). */
export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * Business time is Asia/Shanghai. China has kept a fixed UTC+08:00 offset with no daylight
 * saving since 1991, so calendar conversions are plain arithmetic on the offset: this keeps
 * the hot paths (metrics over hundreds of thousands of rows) free of Intl look-ups.
 * Every instant is stored in one canonical form, UTC with milliseconds (`…T01:30:00.000Z`),
 * so that the backend's string range filters (`_gte` / `_lte`) compare correctly.
 */
export const BUSINESS_TZ = 'Asia/Shanghai';
const OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;
/** ISO 8601 instant with an explicit offset (Z or ±hh:mm). */
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

export function isMonth(value: string): boolean {
  const m = MONTH_RE.exec(value);
  return !!m && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

/** Parses an instant with an explicit offset; returns epoch ms or null. */
export function parseInstant(value: string): number | null {
  if (!INSTANT_RE.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

/** The canonical stored form of an instant given with any offset, or null when not one. */
export function canonicalInstant(value: string): string | null {
  const ms = parseInstant(value);
  return ms === null ? null : new Date(ms).toISOString();
}

export function instantFromMs(ms: number): string {
  return new Date(ms).toISOString();
}

/** The Shanghai calendar date of an instant (epoch ms or ISO string). */
export function shanghaiDate(instant: number | string): string {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 10);
}

/** The Shanghai calendar month `YYYY-MM` of an instant. */
export function shanghaiMonth(instant: number | string): string {
  return shanghaiDate(instant).slice(0, 7);
}

/** Epoch ms of 00:00 Shanghai on a date. */
export function shanghaiDayStartMs(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) - OFFSET_MS;
}

/** First instant of a Shanghai day, canonical form. */
export function shanghaiDayStart(date: string): string {
  return instantFromMs(shanghaiDayStartMs(date));
}

/** Last millisecond of a Shanghai day, canonical form (inclusive upper bound for `_lte`). */
export function shanghaiDayEnd(date: string): string {
  return instantFromMs(shanghaiDayStartMs(date) + DAY_MS - 1);
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Adds months to a `YYYY-MM` month. */
export function addMonths(month: string, months: number): string {
  const [y, m] = month.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1 + months, 1));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`;
}

export function monthFirstDay(month: string): string {
  return `${month}-01`;
}

export function monthLastDay(month: string): string {
  return addDays(`${addMonths(month, 1)}-01`, -1);
}

/** The instant `hours` calendar hours after another (deadlines are calendar hours). */
export function addHours(instant: string, hours: number): string {
  return instantFromMs(Date.parse(instant) + hours * 3600_000);
}

/** Shows an instant as Shanghai wall-clock time, `YYYY-MM-DD HH:mm`. */
export function formatShanghai(instant: string, withSeconds = false): string {
  const iso = new Date(Date.parse(instant) + OFFSET_MS).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, withSeconds ? 19 : 16)}`;
}

/** Shanghai wall-clock parts of an instant, for Excel dates (written by their UTC clock). */
export function shanghaiWallClockAsUtc(instant: string): Date {
  return new Date(Date.parse(instant) + OFFSET_MS);
}

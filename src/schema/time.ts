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

/**
 * The stored form read without `Date.parse` (reports format hundreds of thousands of these):
 * `YYYY-MM-DDTHH:MM:SS.sssZ`, years 0100–9999, a real calendar day and a clock of 00:00:00–
 * 23:59:59. Its fields go to `FIELDS` (year, month, day, hour, minute, second, ms) — a scratch
 * reused by each call, so the hot paths allocate nothing. Anything else is left to the general
 * (slower) path, so both paths agree on every input: tests/unit/timeFast.test.ts checks it.
 */
const FIELDS = new Int32Array(7);
const Y = 0;
const MO = 1;
const D = 2;
const H = 3;
const MI = 4;
const S = 5;
const MS = 6;

/** Two ASCII digits at `i` as a number, or -1. */
function twoDigits(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/*
 * The two calendar functions below run every arithmetic operation on every call, whatever the
 * month: records come in time order, so an operation only January or February takes (`year − 1`,
 * the leap-year test) would first run months into a year's report pass, after the engine had
 * compiled the function without it — and the compiled code would be thrown away there.
 */

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 1 : 0;
  return DAYS_IN_MONTH[month - 1] + (month === 2 ? leap : 0);
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date, year ≥ 0 (what `Date.UTC` computes, by
 * integer arithmetic: the year is counted from March, so the leap day ends it).
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const early = month <= 2 ? 1 : 0; // January and February count in the year before
  const y = year - early;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  // Months from March: month − 3, or month + 9 for January and February.
  const dayOfYear = Math.floor((153 * (month + 12 * early - 3) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function readCanonical(s: string): boolean {
  if (
    s.length !== 24 ||
    s.charCodeAt(4) !== 45 || // -
    s.charCodeAt(7) !== 45 ||
    s.charCodeAt(10) !== 84 || // T
    s.charCodeAt(13) !== 58 || // :
    s.charCodeAt(16) !== 58 ||
    s.charCodeAt(19) !== 46 || // .
    s.charCodeAt(23) !== 90 // Z
  )
    return false;
  const century = twoDigits(s, 0);
  const yy = twoDigits(s, 2);
  const month = twoDigits(s, 5);
  const day = twoDigits(s, 8);
  const hour = twoDigits(s, 11);
  const minute = twoDigits(s, 14);
  const second = twoDigits(s, 17);
  const msHigh = twoDigits(s, 20);
  const msLow = s.charCodeAt(22) - 48;
  if (century < 1 || yy < 0 || msHigh < 0 || msLow < 0 || msLow > 9) return false;
  const year = century * 100 + yy;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) return false;
  FIELDS[Y] = year;
  FIELDS[MO] = month;
  FIELDS[D] = day;
  FIELDS[H] = hour;
  FIELDS[MI] = minute;
  FIELDS[S] = second;
  FIELDS[MS] = msHigh * 10 + msLow;
  return true;
}

/**
 * Epoch ms of an instant in the stored form, without `Date.parse`; null when `value` is not in
 * that form (parse it with `parseInstant` then). Equal to `Date.parse(value)` wherever not null.
 */
export function storedInstantMs(value: string): number | null {
  if (!readCanonical(value)) return null;
  const clock = ((FIELDS[H] * 60 + FIELDS[MI]) * 60 + FIELDS[S]) * 1000 + FIELDS[MS];
  return daysFromCivil(FIELDS[Y], FIELDS[MO], FIELDS[D]) * DAY_MS + clock;
}

/**
 * The Shanghai date of the instant `readCanonical` just read (`instant`): its own date, or the
 * next one from 16:00 UTC. Null past 9999 (ISO writes such years with six digits: the general
 * path then).
 */
function shanghaiDateOfRead(instant: string): string | null {
  if (FIELDS[H] + 8 < 24) return instant.slice(0, 10);
  const key = FIELDS[Y] * 10_000 + FIELDS[MO] * 100 + FIELDS[D];
  let next = NEXT_DAYS.get(key);
  if (next === undefined) {
    if (NEXT_DAYS.size >= MAX_NEXT_DAYS) NEXT_DAYS.clear();
    next = nextDayOfRead();
    NEXT_DAYS.set(key, next);
  }
  return next;
}

/** The day after each date seen (`YYYYMMDD` → `YYYY-MM-DD`): a sheet's instants share few days. */
const NEXT_DAYS = new Map<number, string | null>();
const MAX_NEXT_DAYS = 10_000;

/** The day after the date `readCanonical` just read; null past 9999. */
function nextDayOfRead(): string | null {
  let year = FIELDS[Y];
  let month = FIELDS[MO];
  let day = FIELDS[D] + 1;
  if (day > daysInMonth(year, month)) {
    month++;
    day = 1;
  }
  if (month > 12) {
    year++;
    month = 1;
  }
  if (year > 9999) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** `formatShanghai` of a stored-form instant by moving its clock 8 hours; null for other forms. */
function formatStored(instant: string, withSeconds: boolean): string | null {
  if (!readCanonical(instant)) return null;
  const date = shanghaiDateOfRead(instant);
  if (date === null) return null;
  const hour = (FIELDS[H] + 8) % 24;
  return `${date} ${hour < 10 ? '0' : ''}${hour}${instant.slice(13, withSeconds ? 19 : 16)}`;
}

/** The Shanghai calendar date of an instant (epoch ms or ISO string). */
export function shanghaiDate(instant: number | string): string {
  const stored = typeof instant === 'string' && readCanonical(instant) ? shanghaiDateOfRead(instant) : null;
  if (stored !== null) return stored;
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
  const stored = formatStored(instant, withSeconds);
  if (stored !== null) return stored;
  const iso = new Date(Date.parse(instant) + OFFSET_MS).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, withSeconds ? 19 : 16)}`;
}

/** Shanghai wall-clock parts of an instant, for Excel dates (written by their UTC clock). */
export function shanghaiWallClockAsUtc(instant: string): Date {
  return new Date(Date.parse(instant) + OFFSET_MS);
}

import { addDays, addMonths, isDate, monthLastDay, shanghaiDayStartMs } from '../../src/schema/time';

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;
/** The Shanghai hour of `today` taken as "now": opening time. */
export const NOW_HOUR = 8;

/**
 * The seed's time frame, all in Asia/Shanghai: twelve full months ending last month, plus the
 * current month up to `today`. "Now" is 08:00 of `today`, when the branches open — a
 * function of the day alone, so that a day's seed is always the same — and nothing generated
 * lies after it except what is meant to be in the future (booked appointments, follow-ups not
 * yet due).
 */
export interface Calendar {
  today: string;
  /** The 13 months, oldest first; the last is the current one. */
  months: string[];
  currentMonth: string;
  firstDay: string;
  /** Every day from firstDay to today, inclusive. */
  days: string[];
  /** The days on which staff work (all but Sundays) before today: today has only just begun. */
  workingDays: string[];
  nowMs: number;
}

export function createCalendar(today: string): Calendar {
  if (!isDate(today)) throw new Error(`today must be a date written YYYY-MM-DD, got "${today}"`);
  const currentMonth = today.slice(0, 7);
  const months: string[] = [];
  for (let i = -12; i <= 0; i++) months.push(addMonths(currentMonth, i));
  const firstDay = `${months[0]}-01`;
  const days: string[] = [];
  for (let d = firstDay; d <= today; d = addDays(d, 1)) days.push(d);
  const workingDays = days.filter((d) => d < today && weekday(d) !== 0);
  return {
    today,
    months,
    currentMonth,
    firstDay,
    days,
    workingDays,
    nowMs: shanghaiDayStartMs(today) + NOW_HOUR * HOUR_MS,
  };
}

/** 0 = Sunday … 6 = Saturday, for a calendar date. */
export function weekday(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Epoch ms of a Shanghai wall-clock time on a date. */
export function atShanghai(date: string, hour: number, minute = 0): number {
  return shanghaiDayStartMs(date) + hour * HOUR_MS + minute * MINUTE_MS;
}

export function lastDayOf(month: string): string {
  return monthLastDay(month);
}

/** The same day `months` later, or the month's last day when it has no such day. */
export function addMonthsToDate(date: string, months: number): string {
  const month = addMonths(date.slice(0, 7), months);
  const day = `${month}-${date.slice(8, 10)}`;
  const last = monthLastDay(month);
  return day > last ? last : day;
}

/** Whole days from one date to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((shanghaiDayStartMs(to) - shanghaiDayStartMs(from)) / 86_400_000);
}

export { HOUR_MS, MINUTE_MS };

import { fen } from '../../resources/rules';
import { instantMs } from '../instants';
import { EXCLUDED_STATUSES } from './lifecycle';
import type { ComplaintFacts } from './types';

/**
 * The complaint rates of DOMAIN §4, over one cohort of complaints (by receivedAt). Pure: "now"
 * (the report's as-of instant) and the number of services performed are passed in. A rate
 * whose denominator is 0 is null, never 0 or NaN.
 */
export interface ComplaintFigures {
  received: number;
  handled: number;
  handlingRate: number | null;
  onTimeRate: number | null;
  respondOnTimeRate: number | null;
  overdue: number;
  meanHoursToResolve: number | null;
  medianHoursToResolve: number | null;
  reopenRate: number | null;
  per1000Services: number | null;
  handlingSatisfaction: number | null;
  handlingSatisfactionTop2: number | null;
  refunds: number;
}

const HOUR_MS = 3_600_000;

/** Half-up rounding to `places` decimals (the tiny nudge keeps 2.05 from becoming 2.0). */
export function roundHalfUp(value: number, places: number): number {
  const f = 10 ** places;
  return Math.round(value * f + Math.sign(value) * 1e-9) / f;
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

/** Withdrawn and invalid complaints are in no rate. */
export function isCounted(c: Pick<ComplaintFacts, 'status'>): boolean {
  return !EXCLUDED_STATUSES.includes(c.status);
}

/** Handled = resolvedAt set (resolved, closed, or reopened after resolving). */
export function isHandled(c: Pick<ComplaintFacts, 'resolvedAt'>): boolean {
  return c.resolvedAt !== null && c.resolvedAt !== undefined;
}

/** Not resolved and now > resolveDueAt, or resolvedAt > resolveDueAt (resolved exactly at the deadline is on time). */
export function isOverdue(
  c: Pick<ComplaintFacts, 'status' | 'resolvedAt' | 'resolveDueAt'>,
  asOfMs: number,
): boolean {
  if (!isCounted(c)) return false;
  const due = instantMs(c.resolveDueAt);
  return isHandled(c) ? instantMs(c.resolvedAt as string) > due : asOfMs > due;
}

/** Calendar hours from receipt to (first) resolution. */
export function hoursToResolve(c: Pick<ComplaintFacts, 'receivedAt' | 'resolvedAt'>): number | null {
  return isHandled(c) ? (instantMs(c.resolvedAt as string) - instantMs(c.receivedAt)) / HOUR_MS : null;
}

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * The figures of a set of complaints (already limited to the cohort and filter; withdrawn and
 * invalid ones are dropped here). `services` = care records performed in the same period and
 * filter (null when unknown).
 */
export function complaintFigures(
  complaints: readonly ComplaintFacts[],
  asOfMs: number,
  services: number | null,
): ComplaintFigures {
  let received = 0;
  let respondedOnTime = 0;
  let overdue = 0;
  let refundFen = 0;
  const hours: number[] = [];
  let onTime = 0;
  let reopened = 0;
  let ratingSum = 0;
  let ratings = 0;
  let top2 = 0;
  for (const c of complaints) {
    if (!isCounted(c)) continue;
    received++;
    if (c.acknowledgedAt && instantMs(c.acknowledgedAt) <= instantMs(c.respondDueAt)) respondedOnTime++;
    if (isOverdue(c, asOfMs)) overdue++;
    if (typeof c.refundAmount === 'number') refundFen += fen(c.refundAmount);
    if (typeof c.handlingSatisfaction === 'number') {
      ratings++;
      ratingSum += c.handlingSatisfaction;
      if (c.handlingSatisfaction >= 4) top2++;
    }
    const h = hoursToResolve(c);
    if (h === null) continue;
    hours.push(h);
    if (instantMs(c.resolvedAt as string) <= instantMs(c.resolveDueAt)) onTime++;
    if ((c.reopenedCount ?? 0) >= 1) reopened++;
  }
  const handled = hours.length;
  hours.sort((a, b) => a - b);
  const mid = median(hours);
  const mean = ratio(
    hours.reduce((s, h) => s + h, 0),
    handled,
  );
  const rating = ratio(ratingSum, ratings);
  return {
    received,
    handled,
    handlingRate: ratio(handled, received),
    onTimeRate: ratio(onTime, handled),
    respondOnTimeRate: ratio(respondedOnTime, received),
    overdue,
    meanHoursToResolve: mean === null ? null : roundHalfUp(mean, 1),
    medianHoursToResolve: mid === null ? null : roundHalfUp(mid, 1),
    reopenRate: ratio(reopened, handled),
    per1000Services: services === null || services === 0 ? null : (received / services) * 1000,
    handlingSatisfaction: rating === null ? null : roundHalfUp(rating, 2),
    handlingSatisfactionTop2: ratio(top2, ratings),
    refunds: refundFen / 100,
  };
}

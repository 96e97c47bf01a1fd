import { fen } from '../../resources/rules';
import { instantMs } from '../instants';
import { isCounted, isHandled, roundHalfUp, type ComplaintFigures } from './metrics';
import type { ComplaintFacts } from './types';

/**
 * `complaintFigures` taken apart for the report's single pass: what one complaint contributes
 * to every figure, worked out once (`prepareComplaint`), and running totals that any number of
 * groups keep side by side (`ComplaintTally`). Each rule is the one of `metrics.ts`, on the
 * same numbers in the same order, so the figures are identical to `complaintFigures` over the
 * group's rows (tests/unit/complaintReportFast.test.ts checks it over the demo seed).
 */

const HOUR_MS = 3_600_000;

/** A counted complaint's part in the figures (withdrawn and invalid ones have none: null). */
export interface PreparedComplaint {
  respondedOnTime: boolean;
  overdue: boolean;
  /** Fen, when a refund amount is recorded. */
  refundFen: number | null;
  rating: number | null;
  /** Calendar hours from receipt to resolution; null while unresolved. */
  hours: number | null;
  resolvedOnTime: boolean;
  reopened: boolean;
  resolvedMs: number;
  resolveDueMs: number;
}

export function prepareComplaint(
  c: ComplaintFacts,
  receivedMs: number,
  asOfMs: number,
): PreparedComplaint | null {
  if (!isCounted(c)) return null;
  const resolveDueMs = instantMs(c.resolveDueAt);
  const handled = isHandled(c);
  const resolvedMs = handled ? instantMs(c.resolvedAt as string) : NaN;
  return {
    respondedOnTime: !!c.acknowledgedAt && instantMs(c.acknowledgedAt) <= instantMs(c.respondDueAt),
    overdue: handled ? resolvedMs > resolveDueMs : asOfMs > resolveDueMs,
    refundFen: typeof c.refundAmount === 'number' ? fen(c.refundAmount) : null,
    rating: typeof c.handlingSatisfaction === 'number' ? c.handlingSatisfaction : null,
    hours: handled ? (resolvedMs - receivedMs) / HOUR_MS : null,
    resolvedOnTime: handled && resolvedMs <= resolveDueMs,
    reopened: handled && (c.reopenedCount ?? 0) >= 1,
    resolvedMs,
    resolveDueMs,
  };
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

/** The running totals of one group of complaints; `figures()` is `complaintFigures` of the group. */
export class ComplaintTally {
  private received = 0;
  private respondedOnTime = 0;
  private overdue = 0;
  private refundFen = 0;
  private onTime = 0;
  private reopened = 0;
  private ratingSum = 0;
  private ratings = 0;
  private top2 = 0;
  private readonly hours: number[] = [];

  /** Adds a complaint of the group (null: withdrawn or invalid, in the group but in no figure). */
  add(p: PreparedComplaint | null): void {
    if (p === null) return;
    this.received++;
    if (p.respondedOnTime) this.respondedOnTime++;
    if (p.overdue) this.overdue++;
    if (p.refundFen !== null) this.refundFen += p.refundFen;
    if (p.rating !== null) {
      this.ratings++;
      this.ratingSum += p.rating;
      if (p.rating >= 4) this.top2++;
    }
    if (p.hours === null) return;
    this.hours.push(p.hours);
    if (p.resolvedOnTime) this.onTime++;
    if (p.reopened) this.reopened++;
  }

  figures(services: number | null): ComplaintFigures {
    const handled = this.hours.length;
    // A typed array sorts numbers without a comparator, several times faster; the sum is
    // taken in ascending order, as `complaintFigures` does, so the mean is the same double.
    const sorted = new Float64Array(this.hours).sort();
    let sum = 0;
    for (let i = 0; i < handled; i++) sum += sorted[i];
    const mid = handled >> 1;
    const median = handled === 0 ? null : handled % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    const mean = ratio(sum, handled);
    const rating = ratio(this.ratingSum, this.ratings);
    const received = this.received;
    return {
      received,
      handled,
      handlingRate: ratio(handled, received),
      onTimeRate: ratio(this.onTime, handled),
      respondOnTimeRate: ratio(this.respondedOnTime, received),
      overdue: this.overdue,
      meanHoursToResolve: mean === null ? null : roundHalfUp(mean, 1),
      medianHoursToResolve: median === null ? null : roundHalfUp(median, 1),
      reopenRate: ratio(this.reopened, handled),
      per1000Services: services === null || services === 0 ? null : (received / services) * 1000,
      handlingSatisfaction: rating === null ? null : roundHalfUp(rating, 2),
      handlingSatisfactionTop2: ratio(this.top2, this.ratings),
      refunds: this.refundFen / 100,
    };
  }
}

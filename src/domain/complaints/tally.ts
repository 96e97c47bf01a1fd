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
  /** Milliseconds from receipt to resolution (`hours` is this ÷ 3,600,000); NaN while unresolved. */
  spanMs: number;
  resolvedOnTime: boolean;
  reopened: boolean;
  resolvedMs: number;
  resolveDueMs: number;
}

/** A blank `PreparedComplaint` to pass to `prepareComplaint` again and again. */
export function preparedScratch(): PreparedComplaint {
  return {
    respondedOnTime: false,
    overdue: false,
    refundFen: null,
    rating: null,
    hours: null,
    spanMs: NaN,
    resolvedOnTime: false,
    reopened: false,
    resolvedMs: NaN,
    resolveDueMs: NaN,
  };
}

/**
 * A complaint's part in the figures, written into `into` (the report's pass reuses one object
 * for its 100,000 complaints: no garbage, no extra collections in a large heap), or null.
 * Valid until the next call with the same `into`.
 */
export function prepareComplaint(
  c: ComplaintFacts,
  receivedMs: number,
  asOfMs: number,
  into: PreparedComplaint = preparedScratch(),
): PreparedComplaint | null {
  if (!isCounted(c)) return null;
  const resolveDueMs = instantMs(c.resolveDueAt);
  const handled = isHandled(c);
  const resolvedMs = handled ? instantMs(c.resolvedAt as string) : NaN;
  into.respondedOnTime = !!c.acknowledgedAt && instantMs(c.acknowledgedAt) <= instantMs(c.respondDueAt);
  into.overdue = handled ? resolvedMs > resolveDueMs : asOfMs > resolveDueMs;
  into.refundFen = typeof c.refundAmount === 'number' ? fen(c.refundAmount) : null;
  into.rating = typeof c.handlingSatisfaction === 'number' ? c.handlingSatisfaction : null;
  into.spanMs = handled ? resolvedMs - receivedMs : NaN;
  into.hours = handled ? into.spanMs / HOUR_MS : null;
  into.resolvedOnTime = handled && resolvedMs <= resolveDueMs;
  into.reopened = handled && (c.reopenedCount ?? 0) >= 1;
  into.resolvedMs = resolvedMs;
  into.resolveDueMs = resolveDueMs;
  return into;
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

/**
 * The running totals of one group of complaints; `figures()` is `complaintFigures` of the group.
 * The hours to resolve, for the mean and median, are fed afterwards in ascending order for every
 * group at once (`feedHoursInOrder`): one sort of the cohort instead of one per group, and no
 * array per group (the sorted group is a subsequence of the sorted cohort, so its sum is taken
 * in the same order as `complaintFigures` takes it, and its median is found by position).
 */
export class ComplaintTally {
  private received = 0;
  private respondedOnTime = 0;
  private overdue = 0;
  private refundFen = 0;
  private handled = 0;
  private onTime = 0;
  private reopened = 0;
  private ratingSum = 0;
  private ratings = 0;
  private top2 = 0;
  private hoursSeen = 0;
  private hoursSum = 0;
  private lowerMiddle = 0;
  private median: number | null = null;
  /** Its index among the tallies of the `HoursByGroup` that records it (-1: none yet). */
  hoursSlot = -1;

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
    this.handled++;
    if (p.resolvedOnTime) this.onTime++;
    if (p.reopened) this.reopened++;
  }

  /** The next hours to resolve of the group's handled complaints, in ascending order. */
  addHoursInOrder(hours: number): void {
    const seen = ++this.hoursSeen;
    this.hoursSum += hours;
    const mid = this.handled >> 1;
    if (this.handled % 2) {
      if (seen === mid + 1) this.median = hours;
    } else if (seen === mid) this.lowerMiddle = hours;
    else if (seen === mid + 1) this.median = (this.lowerMiddle + hours) / 2;
  }

  figures(services: number | null): ComplaintFigures {
    const handled = this.handled;
    if (this.hoursSeen !== handled)
      throw new Error('ComplaintTally: hours not fed for every handled complaint');
    const mean = ratio(this.hoursSum, handled);
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
      medianHoursToResolve: this.median === null ? null : roundHalfUp(this.median, 1),
      reopenRate: ratio(this.reopened, handled),
      per1000Services: services === null || services === 0 ? null : (received / services) * 1000,
      handlingSatisfaction: rating === null ? null : roundHalfUp(rating, 2),
      handlingSatisfactionTop2: ratio(this.top2, this.ratings),
      refunds: this.refundFen / 100,
    };
  }
}

/**
 * Records which groups each handled complaint is in, then feeds every group its hours in
 * ascending order (see `ComplaintTally`). At most `groupsPerComplaint` groups a complaint.
 * The order is that of the milliseconds from receipt to resolution (hours are those ÷ 3,600,000,
 * which keeps the order): whole numbers, sorted in two radix passes instead of four on the
 * hours' bits.
 */
export class HoursByGroup {
  private readonly tallies: ComplaintTally[] = [];
  private readonly spans: Float64Array;
  private readonly members: Int32Array;
  private count = 0;

  constructor(
    capacity: number,
    private readonly groupsPerComplaint: number,
  ) {
    this.spans = new Float64Array(capacity);
    this.members = new Int32Array(capacity * groupsPerComplaint).fill(-1);
  }

  /**
   * A handled complaint's milliseconds from receipt to resolution (`PreparedComplaint.spanMs`)
   * and the tallies it was added to (null: a breakdown without its group).
   */
  record(spanMs: number, groups: readonly (ComplaintTally | null)[]): void {
    const at = this.count++;
    this.spans[at] = spanMs;
    for (let g = 0; g < groups.length; g++) {
      const tally = groups[g];
      if (tally === null) continue;
      // The slot is kept on the tally (a Map lookup per group and complaint cost ~15 ms a year).
      if (tally.hoursSlot < 0) {
        tally.hoursSlot = this.tallies.length;
        this.tallies.push(tally);
      }
      this.members[at * this.groupsPerComplaint + g] = tally.hoursSlot;
    }
  }

  feed(): void {
    const { spans, members, groupsPerComplaint: k } = this;
    const recorded = spans.subarray(0, this.count);
    const order =
      wholeNumberOrder(recorded) ?? ascendingOrder(Float64Array.from(recorded, (ms) => ms / HOUR_MS));
    for (let at = 0; at < order.length; at++) {
      const i = order[at];
      const hours = spans[i] / HOUR_MS;
      for (let g = 0; g < k; g++) {
        const id = members[i * k + g];
        if (id >= 0) this.tallies[id].addHoursInOrder(hours);
      }
    }
  }
}

const TWO_32 = 4_294_967_296;

/**
 * An LSD radix sort of indices: `keys` holds `wordsPerKey` unsigned 32-bit words per item, least
 * significant word first, sorted 16 bits a pass (a pass is skipped when every key has the same
 * digit there). Equal keys in any order.
 */
function radixOrder(keys: Uint32Array, wordsPerKey: 1 | 2): Uint32Array {
  const n = keys.length / wordsPerKey;
  let order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  if (n < 2) return order;
  let spare = new Uint32Array(n);
  const counts = new Uint32Array(65536);
  for (let pass = 0; pass < 2 * wordsPerKey; pass++) {
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(keys[wordsPerKey * i + word] >>> shift) & 0xffff]++;
    if (counts[(keys[word] >>> shift) & 0xffff] === n) continue; // every key has this digit
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[d];
      counts[d] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const at = order[i];
      spare[counts[(keys[wordsPerKey * at + word] >>> shift) & 0xffff]++] = at;
    }
    [order, spare] = [spare, order];
  }
  return order;
}

/**
 * The indices of `values` in ascending order of value when every value is a whole number from 0
 * to 2³² − 1 (durations in ms up to 49 days), else null: two radix passes of 16 bits. Equal
 * values in any order.
 */
export function wholeNumberOrder(values: Float64Array): Uint32Array | null {
  const n = values.length;
  const keys = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (!(v >= 0 && v < TWO_32 && Math.floor(v) === v)) return null;
    keys[i] = v;
  }
  return radixOrder(keys, 1);
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The indices of `values` in ascending order of value. A comparator sort of 100,000 indices
 * costs ~40 ms (a call per comparison); this is a radix sort on the doubles' bits, four passes
 * of 16 bits, ~2 ms. Equal values may come in any order: they are equal, so sums and medians
 * over them are the same. With a NaN (no order), the comparator sort decides, as before.
 */
export function ascendingOrder(values: Float64Array): Uint32Array {
  const n = values.length;
  let comparable = LITTLE_ENDIAN;
  for (let i = 0; i < n && comparable; i++) if (Number.isNaN(values[i])) comparable = false;
  if (!comparable) {
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    return order.sort((a, b) => values[a] - values[b]);
  }
  // Keys that sort as unsigned integers as the doubles sort as numbers: a negative double has
  // every bit flipped, a positive one its sign bit set (-0 before +0, which are equal anyway).
  // Little-endian: each double is its low word, then its high word (which holds the sign).
  const words = new Uint32Array(Float64Array.from(values).buffer);
  for (let i = 0; i < n; i++) {
    const hi = 2 * i + 1;
    if (words[hi] & 0x80000000) {
      words[hi] = ~words[hi];
      words[2 * i] = ~words[2 * i];
    } else words[hi] |= 0x80000000;
  }
  return radixOrder(words, 2);
}

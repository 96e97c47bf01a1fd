import { KeyedGroups } from '../keyedGroups';
import type { LowScore } from './metrics';
import { ResponseScorer, SummaryTally } from './pass';
import type { ResponseRecord } from './responses';
import type { TemplateRecord } from './template';

/**
 * The satisfaction report's totals of one month's responses (those of the report's filter), by
 * every breakdown but the month: the report adds its months' parts up. A month that has not
 * changed since the last report need not be read again (`MonthPartsCache`): after a new or
 * corrected response, a year's figures cost one month's pass and a sum of twelve.
 */
export interface MonthPart {
  overall: SummaryTally;
  byBranch: KeyedGroups<number, SummaryTally>;
  byStaff: KeyedGroups<number, SummaryTally>;
  byItem: KeyedGroups<number, SummaryTally>;
  byChannel: KeyedGroups<string, SummaryTally>;
  /** The month's low scores, in the order of its responses. */
  lows: LowScore[];
  /** The templates the month's responses use. */
  used: Set<number>;
}

/**
 * One pass over a month's responses: each is scored once and added to the totals of every group
 * it is in; one without a group value (no staff, no item) is in no row of that breakdown.
 * Nothing is stored per response (a month is ~25,000 of them).
 */
export function monthPart(
  rows: readonly ResponseRecord[],
  scorer: ResponseScorer,
  keyCount: number,
): MonthPart {
  const tally = () => new SummaryTally(keyCount);
  const part: MonthPart = {
    overall: tally(),
    byBranch: new KeyedGroups<number, SummaryTally>(tally),
    byStaff: new KeyedGroups<number, SummaryTally>(tally),
    byItem: new KeyedGroups<number, SummaryTally>(tally),
    byChannel: new KeyedGroups<string, SummaryTally>(tally),
    lows: [],
    used: new Set<number>(),
  };
  const { overall, byBranch, byStaff, byItem, byChannel, lows, used } = part;
  const targets: SummaryTally[] = new Array<SummaryTally>(5).fill(overall);
  let lastTemplate: number | undefined;
  // An indexed loop, not for…of: until the engine has compiled the loop, for…of costs an
  // iterator step per item (an empty for…of over 300,000 rows: 100–250 ms cold, indexed < 25 ms).
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    // Nearly every response uses the template of the one before: a Set add only on a change.
    if (r.templateId !== lastTemplate) used.add((lastTemplate = r.templateId));
    const s = scorer.score(r);
    let count = 0;
    targets[count++] = overall;
    if (r.branchId != null) targets[count++] = byBranch.of(r.branchId);
    if (r.staffId != null) targets[count++] = byStaff.of(r.staffId);
    if (r.serviceItemId != null) targets[count++] = byItem.of(r.serviceItemId);
    if (r.channel != null) targets[count++] = byChannel.of(r.channel);
    SummaryTally.addToEach(targets, count, r, s);
    const low = scorer.lowScore(r, s);
    if (low) lows.push(low);
  }
  return part;
}

/** Each response's month: its index among the period's months, -1 when it is not in the report. */
export type MonthIndexOf = (r: ResponseRecord) => number;

/** The parts of the months of a period, computed from the responses. */
export function computeMonthParts(
  responses: readonly ResponseRecord[],
  monthIndexOf: MonthIndexOf,
  monthCount: number,
  compute: (rows: readonly ResponseRecord[]) => MonthPart,
): MonthPart[] {
  return bucketed(responses, monthsOf(responses, monthIndexOf), monthCount).map(compute);
}

interface Remembered {
  templates: readonly TemplateRecord[];
  responses: readonly ResponseRecord[];
  months: Int32Array;
  rows: ResponseRecord[][];
  parts: MonthPart[];
}

/**
 * The month parts of recent reports, for a backend whose records are replaced, never changed in
 * place, on a write (the mock API's store). What a run learnt is reused only for the very same
 * objects: a response's month when it is the same object as in the last run of the same filter
 * and period, a month's part when its responses are the same objects in the same order and are
 * scored by the same template objects. Anything else (a response added, corrected or removed;
 * another user's scope; a template edited) is read again: a remembered figure can go unused,
 * never be wrong. Records read over HTTP are new objects every time: pass no cache then.
 *
 * Reading a year's 300,000 responses again costs more than the arithmetic (each is a cache miss):
 * when nothing or one response changed, this run compares references, reads the changed ones
 * and computes the one month that changed. Kept for the last `maxRuns` filters and periods; each
 * holds about three references per response of its period.
 */
export class MonthPartsCache {
  private readonly runs = new Map<string, Remembered>();

  constructor(private readonly maxRuns = 4) {}

  /** `computeMonthParts`, reusing what the last run under `key` (filter and period) learnt. */
  parts(
    key: string,
    templates: readonly TemplateRecord[],
    responses: readonly ResponseRecord[],
    monthIndexOf: MonthIndexOf,
    monthCount: number,
    compute: (rows: readonly ResponseRecord[]) => MonthPart,
  ): MonthPart[] {
    const last = this.runs.get(key);
    const months = last
      ? alignedMonths(last.responses, last.months, responses, monthIndexOf)
      : monthsOf(responses, monthIndexOf);
    const rows = bucketed(responses, months, monthCount);
    const sameTemplates = last !== undefined && sameItems(last.templates, templates);
    const parts = rows.map((monthRows, m) =>
      sameTemplates && last.rows[m] && sameItems(last.rows[m], monthRows)
        ? last.parts[m]
        : compute(monthRows),
    );
    // Most recently used last: the first entry is the one to drop.
    this.runs.delete(key);
    // A copy of the list, not the caller's array: the run's data (keyed by that array elsewhere,
    // reports/satisfaction/index.ts) must not live as long as this memory.
    this.runs.set(key, { templates, responses: responses.slice(), months, rows, parts });
    if (this.runs.size > this.maxRuns) this.runs.delete(this.runs.keys().next().value as string);
    return parts;
  }
}

function monthsOf(responses: readonly ResponseRecord[], monthIndexOf: MonthIndexOf): Int32Array {
  const months = new Int32Array(responses.length);
  // Indexed loops here and below, not for…of (see `monthPart`).
  for (let i = 0; i < responses.length; i++) months[i] = monthIndexOf(responses[i]);
  return months;
}

/**
 * The months of `next`, taken from `last` (the same filter and period) for every response that
 * is the same object, read from the response otherwise. The two lists are walked side by side,
 * stepping over a response replaced, added or removed; after a larger change the walk loses step
 * and reads the rest, which is only slower.
 */
function alignedMonths(
  last: readonly ResponseRecord[],
  lastMonths: Int32Array,
  next: readonly ResponseRecord[],
  monthIndexOf: MonthIndexOf,
): Int32Array {
  const months = new Int32Array(next.length);
  let j = 0;
  for (let i = 0; i < next.length; i++) {
    const r = next[i];
    if (last[j] === r) {
      months[i] = lastMonths[j++];
    } else if (last[j + 1] === r) {
      months[i] = lastMonths[j + 1]; // last[j] was removed
      j += 2;
    } else {
      months[i] = monthIndexOf(r); // new or replaced
      if (last[j + 1] === next[i + 1]) j++; // it replaced last[j]
    }
  }
  return months;
}

/**
 * The responses of each month, in their order. Each month's list is made at its size: grown by
 * `push`, a year's lists were copied over and over as they grew (30 ms).
 */
function bucketed(
  responses: readonly ResponseRecord[],
  months: Int32Array,
  monthCount: number,
): ResponseRecord[][] {
  const sizes = new Int32Array(monthCount);
  for (let i = 0; i < months.length; i++) if (months[i] >= 0) sizes[months[i]]++;
  const rows = Array.from(sizes, (size) => new Array<ResponseRecord>(size));
  const filled = new Int32Array(monthCount);
  for (let i = 0; i < responses.length; i++) {
    const m = months[i];
    if (m >= 0) rows[m][filled[m]++] = responses[i];
  }
  return rows;
}

/** The same objects in the same order. */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

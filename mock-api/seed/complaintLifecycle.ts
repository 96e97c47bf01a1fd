import { HOUR_MS, MINUTE_MS } from './calendar';
import type { ComplaintActors, DeadlineShape } from './complaints';
import { HISTORY_NOTES } from './content/complaints';
import { Weighted, type Rng } from './prng';
import type { ComplaintStatus, Id } from './types';

const DAY_MS = 24 * HOUR_MS;

export interface Step {
  at: number;
  to: ComplaintStatus;
  by: Id;
  note: string | null;
}

/** A note on a routine step is optional: handlers write one now and then. */
function sometimes(rng: Rng, share: number, notes: string[]): string | null {
  return rng.chance(share) ? rng.pick(notes) : null;
}

/** The fate of a complaint, decided when it arrives and then cut off at "now". */
export type Fate = 'normal' | 'reopened' | 'withdrawn' | 'invalid' | 'stuck';
const FATES = new Weighted<Fate>([
  ['normal', 83],
  ['reopened', 6],
  ['withdrawn', 4],
  ['invalid', 4],
  ['stuck', 3],
]);

/**
 * The steps of one complaint's lifecycle from its receipt: acknowledged within the response
 * time (mostly), investigated, resolved within the resolution time (mostly), closed after the
 * follow-up call — or reopened, withdrawn, found invalid, or stalled.
 */
export function plan(
  rng: Rng,
  receivedMs: number,
  d: DeadlineShape,
  actors: ComplaintActors,
  unreachable: boolean,
  forced?: Fate,
): Step[] {
  const steps: Step[] = [
    { at: receivedMs, to: 'received', by: actors.desk, note: sometimes(rng, 0.4, HISTORY_NOTES.received) },
  ];
  const fate = forced ?? FATES.pick(rng);
  const respondMs = d.respondHours * HOUR_MS;
  const resolveMs = d.resolveHours * HOUR_MS;
  const ackAt =
    receivedMs +
    Math.max(2 * MINUTE_MS, respondMs * (rng.chance(0.92) ? 0.1 + rng.next() * 0.8 : 1.1 + rng.next() * 2));
  if (fate === 'invalid' && rng.chance(0.3)) {
    steps.push({ at: ackAt, to: 'invalid', by: actors.supervisor, note: rng.pick(HISTORY_NOTES.invalid) });
    return steps;
  }
  steps.push({
    at: ackAt,
    to: 'acknowledged',
    by: actors.desk,
    note: sometimes(rng, 0.5, HISTORY_NOTES.acknowledged),
  });
  if (fate === 'invalid') {
    steps.push({
      at: ackAt + rng.int(1, 48) * HOUR_MS,
      to: 'invalid',
      by: actors.supervisor,
      note: rng.pick(HISTORY_NOTES.invalid),
    });
    return steps;
  }
  const investigateAt = ackAt + Math.min(resolveMs * 0.1, rng.int(20, 720) * MINUTE_MS);
  steps.push({
    at: investigateAt,
    to: 'investigating',
    by: actors.desk,
    note: sometimes(rng, 0.6, HISTORY_NOTES.investigating),
  });
  if (fate === 'withdrawn') {
    steps.push({
      at: investigateAt + rng.int(2, 72) * HOUR_MS,
      to: 'withdrawn',
      by: actors.desk,
      note: rng.pick(HISTORY_NOTES.withdrawn),
    });
    return steps;
  }
  if (fate === 'stuck') return steps;
  const resolvedAt =
    receivedMs + resolveMs * (rng.chance(0.88) ? 0.15 + rng.next() * 0.8 : 1.05 + rng.next() * 0.75);
  steps.push({
    at: Math.max(resolvedAt, investigateAt + HOUR_MS),
    to: 'resolved',
    by: actors.manager,
    note: rng.pick(HISTORY_NOTES.resolved),
  });
  let last = steps[steps.length - 1].at;
  if (fate === 'reopened') {
    const closeFirst = rng.chance(0.5);
    if (closeFirst) {
      last += rng.int(1, 4) * DAY_MS + rng.int(0, 480) * MINUTE_MS;
      steps.push({ at: last, to: 'closed', by: actors.desk, note: rng.pick(HISTORY_NOTES.closed) });
    }
    last += rng.int(2, 10) * DAY_MS + rng.int(0, 480) * MINUTE_MS;
    steps.push({
      at: last,
      to: 'investigating',
      by: actors.supervisor,
      note: rng.pick(HISTORY_NOTES.reopened),
    });
    last += rng.int(1, 7) * DAY_MS + rng.int(0, 480) * MINUTE_MS;
    steps.push({ at: last, to: 'resolved', by: actors.manager, note: rng.pick(HISTORY_NOTES.resolved) });
  }
  if (rng.chance(0.85)) {
    last += rng.int(1, 5) * DAY_MS + rng.int(0, 480) * MINUTE_MS;
    steps.push({
      at: last,
      to: 'closed',
      by: actors.desk,
      note: unreachable ? HISTORY_NOTES.closedUnreachable[0] : rng.pick(HISTORY_NOTES.closed),
    });
  }
  return steps;
}

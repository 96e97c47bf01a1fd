import { metaOf, type Meta } from '../../database';
import type { Store } from '../../store';
import { highestSequence, parseComplaintNo } from '../../../src/domain/complaints';

/**
 * The complaint-number counters, per branch code and Shanghai month, kept in the database's
 * `_meta` beside the id counters: they only go up, so a number freed by a delete is never
 * given again. A database without counters (a fresh seed) starts above its highest number.
 */
interface ComplaintMeta extends Meta {
  complaintSequences?: Record<string, number>;
}

function counters(store: Store): Record<string, number> {
  const meta = metaOf(store.db.getState()) as ComplaintMeta;
  meta.complaintSequences ??= {};
  return meta.complaintSequences;
}

/** The sequence the next complaint under `key` gets (not yet taken: see `takeSequence`). */
export function nextSequence(store: Store, key: string): number {
  const counted = counters(store)[key] ?? 0;
  const used = highestSequence(
    store.rows('complaints').map((c) => c.complaintNo),
    key,
  );
  return Math.max(counted, used) + 1;
}

/**
 * Records a number as taken, inside the write's transaction. (A failed write leaves the counter
 * ahead: that only skips a number, which is harmless; reusing one is what must never happen.)
 */
export function takeSequence(store: Store, complaintNo: unknown): void {
  const parsed = typeof complaintNo === 'string' ? parseComplaintNo(complaintNo) : null;
  if (!parsed) return;
  const all = counters(store);
  if ((all[parsed.key] ?? 0) < parsed.seq) all[parsed.key] = parsed.seq;
}

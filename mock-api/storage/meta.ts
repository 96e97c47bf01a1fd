import type { MetaPatch } from './journalFile';

/** The database's bookkeeping entry beside the tables (id counters and the like); never served. */
export const META_KEY = '_meta';

/**
 * Inside `_meta` of the snapshot file only: the sequence number of the last journal entry the
 * snapshot holds. Kept out of the state in memory (the storage tracks it), so nothing else sees it.
 */
export const SEQ_KEY = 'journalSeq';

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `_meta` as a plain object (an absent or odd one counts as empty). */
function metaIn(state: Obj): Obj {
  const meta = state[META_KEY];
  return isObj(meta) ? meta : {};
}

/** A copy of `_meta` to compare against later (small: counters only). */
export function cloneMeta(state: Obj): Obj {
  return structuredClone(metaIn(state));
}

/** Removes the snapshot's sequence number from a freshly parsed state and returns it (0 when none). */
export function takeSnapshotSeq(state: Obj): number {
  const meta = state[META_KEY];
  if (!isObj(meta) || !Object.hasOwn(meta, SEQ_KEY)) return 0;
  const seq = meta[SEQ_KEY];
  delete meta[SEQ_KEY];
  return typeof seq === 'number' && Number.isSafeInteger(seq) && seq >= 0 ? seq : 0;
}

/** The state as the snapshot file stores it: `_meta` carries the sequence number (a shallow copy; the state is untouched). */
export function withSnapshotSeq(state: Obj, seq: number): Obj {
  return { ...state, [META_KEY]: { ...metaIn(state), [SEQ_KEY]: seq } };
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** What changed in `_meta` since `before` (undefined when nothing did). */
export function diffMeta(before: Obj, state: Obj): MetaPatch | undefined {
  const after = metaIn(state);
  const patch: MetaPatch = {};
  for (const key of Object.keys(after)) {
    const was = before[key];
    const now = after[key];
    if (same(was, now)) continue;
    const removedInner = isObj(was) && isObj(now) && Object.keys(was).some((k) => !Object.hasOwn(now, k));
    if (isObj(was) && isObj(now) && !removedInner) {
      const changed: Obj = {};
      for (const inner of Object.keys(now)) if (!same(was[inner], now[inner])) changed[inner] = now[inner];
      (patch.merge ??= {})[key] = changed;
    } else (patch.set ??= {})[key] = now;
  }
  for (const key of Object.keys(before)) if (!Object.hasOwn(after, key)) (patch.unset ??= []).push(key);
  return patch.merge || patch.set || patch.unset ? patch : undefined;
}

/** Applies a journalled `_meta` change (idempotent: values are set, never added to). */
export function applyMetaPatch(state: Obj, patch: MetaPatch): void {
  if (!isObj(state[META_KEY])) state[META_KEY] = {};
  const meta = state[META_KEY] as Obj;
  for (const [key, values] of Object.entries(patch.merge ?? {})) {
    const target = isObj(meta[key]) ? meta[key] : (meta[key] = {});
    Object.assign(target, values);
  }
  for (const [key, value] of Object.entries(patch.set ?? {})) meta[key] = value;
  for (const key of patch.unset ?? []) delete meta[key];
}

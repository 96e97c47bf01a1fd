/**
 * The latest records first — `receivedAt` descending, then `id` descending, then the input's
 * order (what a stable sort with that comparator gives) — at most `limit` of them. A year has
 * ~13,000 overdue complaints and the dashboard shows the latest hundred: they are picked in one
 * pass into a short sorted list instead of sorting every one of them.
 */
export function latestFirst<T extends { receivedAt: string; id: number }>(
  rows: readonly T[],
  limit: number,
): T[] {
  const n = rows.length;
  const newer = (i: number, j: number): boolean => {
    const a = rows[i];
    const b = rows[j];
    if (a.receivedAt !== b.receivedAt) return a.receivedAt > b.receivedAt;
    if (a.id !== b.id) return b.id - a.id < 0;
    return i < j;
  };
  if (limit >= n)
    return [...rows].sort((a, b) =>
      a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : b.id - a.id,
    );
  if (limit <= 0) return [];
  const top: number[] = [];
  // From the end: rows are usually stored oldest first, so most are turned away at once.
  for (let i = n - 1; i >= 0; i--) {
    if (top.length === limit && !newer(i, top[limit - 1])) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (newer(i, top[mid])) hi = mid;
      else lo = mid + 1;
    }
    top.splice(lo, 0, i);
    if (top.length > limit) top.pop();
  }
  return top.map((i) => rows[i]);
}

import { useCallback, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { shanghaiMonth } from '../../schema/time';

/** A dashboard's report parameters as the URL holds them: `?month=2026-03&branch=BJ01&channel=…`. */
export type ReportQuery = Partial<Record<string, string>> & {
  month?: string;
  from?: string;
  to?: string;
  branch?: string;
};

/**
 * The dashboard's filters, kept in the URL's search parameters, so a filtered dashboard can be
 * bookmarked, shared and reopened. Without a period in the URL, `defaultMonth` (this Shanghai
 * month unless given) applies. `set` merges; an empty value removes the key; choosing a month
 * drops a date range and the other way round.
 */
export function useReportQuery(defaultMonth?: string): [ReportQuery, (next: ReportQuery) => void] {
  const [search, setSearch] = useSearchParams();
  // The month the page was opened in: read once, so a render never changes the period by itself.
  const [openedIn] = useState(() => shanghaiMonth(Date.now()));
  const query = useMemo(() => {
    const q: ReportQuery = Object.fromEntries(search.entries());
    if (!q.month && !q.from && !q.to && !q.year) q.month = defaultMonth ?? openedIn;
    return q;
  }, [search, defaultMonth, openedIn]);

  // The parameters the last `set` asked for, and the render's parameters it started from.
  // react-router's setter starts from the parameters of the render it came from, so a second
  // change made before the first one's render (a quick user, a busy machine) would drop the
  // first: while no render has happened since, start from what the last `set` asked for.
  const pending = useRef<{ from: URLSearchParams; asked: URLSearchParams } | undefined>(undefined);

  const set = useCallback(
    (next: ReportQuery) => {
      const base = pending.current?.from === search ? pending.current.asked : search;
      const out = new URLSearchParams(base);
      if (next.month) ['from', 'to', 'year'].forEach((k) => out.delete(k));
      if (next.from || next.to) ['month', 'year'].forEach((k) => out.delete(k));
      for (const [key, value] of Object.entries(next)) {
        if (value === undefined || value === '') out.delete(key);
        else out.set(key, value);
      }
      pending.current = { from: search, asked: out };
      setSearch(out, { replace: true });
    },
    [search, setSearch],
  );
  return [query, set];
}

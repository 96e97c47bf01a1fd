import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useReportQuery, type ReportQuery } from '../../../dashboards/kit/useReportQuery';
import { defaultPeriod } from './filters';

const PERIOD_KEYS = ['month', 'year', 'from', 'to'];

/**
 * The dashboard's filters in the URL (the kit's `useReportQuery`): period, `branch`, `category`,
 * `severity`. Opened without a period, it shows the last six full months, so the by-month
 * charts draw a trend.
 */
export function useDashboardQuery(): [ReportQuery, (next: ReportQuery) => void] {
  const [search] = useSearchParams();
  const [query, set] = useReportQuery();
  const [fallback] = useState(() => defaultPeriod(Date.now()));
  const hasPeriod = PERIOD_KEYS.some((k) => !!search.get(k));
  const effective = useMemo(
    () => (hasPeriod ? query : { ...query, month: undefined, from: fallback.from, to: fallback.to }),
    [hasPeriod, query, fallback],
  );
  return [effective, set];
}

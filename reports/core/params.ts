import type { Lang } from '../../src/schema/labels';
import { canonicalInstant, isDate, isMonth, monthFirstDay, monthLastDay } from '../../src/schema/time';
import { reportMessage } from './messages';
import type { ReportParams } from './types';

/**
 * Report parameters as given — command-line options or URL query values, all strings — checked
 * and normalised into `ReportParams`. One function for the CLI, the API route and the console,
 * so a period means the same everywhere. Errors are field-level (`{month: "…"}`), in `lang`.
 */
export interface RawReportParams {
  month?: string;
  year?: string;
  from?: string;
  to?: string;
  branch?: string;
  asOf?: string;
}

export type ParamErrors = Record<string, string>;

export type ParsedParams = { ok: true; params: ReportParams } | { ok: false; errors: ParamErrors };

/** Longest period a report accepts: a few years of daily data is plenty; more is a typo. */
export const MAX_PERIOD_DAYS = 3 * 366;

const BRANCH_CODE = /^[A-Za-z0-9_-]{1,20}$/;

function days(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;
}

/**
 * Checks raw parameters. Exactly one of `month`, `year`, or `from`+`to` gives the period;
 * `asOf` (an ISO instant with offset) defaults to `now`; `extra` keeps a report's own filters.
 */
export function parseReportParams(
  raw: RawReportParams,
  lang: Lang,
  now: Date,
  extra: Record<string, string> = {},
): ParsedParams {
  const errors: ParamErrors = {};
  const given = (v: string | undefined): v is string => v !== undefined && v !== '';
  const ways = [given(raw.month), given(raw.year), given(raw.from) || given(raw.to)].filter(Boolean).length;
  let period: ReportParams['period'] | undefined;

  if (ways === 0) errors.month = reportMessage('periodRequired', lang);
  else if (ways > 1) errors.month = reportMessage('periodTwice', lang);
  else if (given(raw.month)) {
    if (isMonth(raw.month)) period = { from: monthFirstDay(raw.month), to: monthLastDay(raw.month) };
    else errors.month = reportMessage('notMonth', lang);
  } else if (given(raw.year)) {
    if (/^\d{4}$/.test(raw.year)) period = { from: `${raw.year}-01-01`, to: `${raw.year}-12-31` };
    else errors.year = reportMessage('notYear', lang);
  } else {
    if (!given(raw.from)) errors.from = reportMessage('missingFrom', lang);
    else if (!isDate(raw.from)) errors.from = reportMessage('notDate', lang);
    if (!given(raw.to)) errors.to = reportMessage('missingTo', lang);
    else if (!isDate(raw.to)) errors.to = reportMessage('notDate', lang);
    if (!errors.from && !errors.to) {
      const from = raw.from as string;
      const to = raw.to as string;
      if (to < from) errors.to = reportMessage('toBeforeFrom', lang);
      else if (days(from, to) > MAX_PERIOD_DAYS)
        errors.to = reportMessage('periodTooLong', lang, { max: MAX_PERIOD_DAYS });
      else period = { from, to };
    }
  }

  let asOf = now.toISOString();
  if (given(raw.asOf)) {
    const canonical = canonicalInstant(raw.asOf);
    if (canonical) asOf = canonical;
    else errors.asOf = reportMessage('notInstant', lang);
  }
  if (given(raw.branch) && !BRANCH_CODE.test(raw.branch))
    errors.branch = reportMessage('notBranchCode', lang);

  if (Object.keys(errors).length > 0 || !period) return { ok: false, errors };
  const params: ReportParams = { period, asOf };
  if (given(raw.month)) params.month = raw.month;
  if (given(raw.year)) params.year = raw.year;
  if (given(raw.branch)) params.branch = raw.branch;
  if (Object.keys(extra).length > 0) params.extra = { ...extra };
  return { ok: true, params };
}

/** The query string of parameters (the API route's and the dashboards' form), for links and fetches. */
export function paramsToQuery(params: ReportParams): Record<string, string> {
  const query: Record<string, string> = {};
  if (params.month) query.month = params.month;
  else if (params.year) query.year = params.year;
  else {
    query.from = params.period.from;
    query.to = params.period.to;
  }
  if (params.branch) query.branch = params.branch;
  query.asOf = params.asOf;
  for (const [key, value] of Object.entries(params.extra ?? {})) query[key] = value;
  return query;
}

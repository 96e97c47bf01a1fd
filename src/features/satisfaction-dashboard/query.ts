import type { LowScoreRow } from '../../domain/satisfaction';
import { listHref } from '../../dashboards/kit/listHref';
import type { ReportQuery } from '../../dashboards/kit/useReportQuery';
import { format } from '../../schema/labels';
import { addMonths, monthFirstDay, monthLastDay } from '../../schema/time';

/**
 * The dashboard's filters as the URL keeps them, the report route's query for them, and the
 * links out of the dashboard (drill-down to the responses list, a complaint from a low score).
 * Pure functions: the page and the tests share them.
 */

/** The satisfaction report's own filters (its `params.extra`), as the URL names them. */
export const EXTRA_KEYS = ['staffId', 'serviceItemId', 'channel'] as const;
const PERIOD_KEYS = ['month', 'from', 'to', 'branch'] as const;

/** Only the keys the report understands, so a stray URL parameter never reaches the route. */
export function reportQueryOf(query: ReportQuery): ReportQuery {
  const out: ReportQuery = {};
  for (const key of [...PERIOD_KEYS, ...EXTRA_KEYS]) {
    const value = query[key];
    if (value) out[key] = value;
  }
  if (out.month) {
    delete out.from;
    delete out.to;
  }
  return out;
}

/** The inclusive days of the query's period (a month, or from/to). */
export function periodOf(query: ReportQuery): { from: string; to: string } | undefined {
  if (query.month && /^\d{4}-\d{2}$/.test(query.month))
    return { from: monthFirstDay(query.month), to: monthLastDay(query.month) };
  if (query.from && query.to) return { from: query.from, to: query.to };
  return undefined;
}

/** Months the trend shows: the twelve ending with the period's last month, or the whole period when longer. */
export const TREND_MONTHS = 12;

/** The query of the trend chart: the same filters over at least twelve months up to the period's end. */
export function trendQueryOf(query: ReportQuery): ReportQuery | undefined {
  const period = periodOf(query);
  if (!period) return undefined;
  const { month: _m, from: _f, to: _t, ...rest } = reportQueryOf(query);
  const twelveBack = monthFirstDay(addMonths(period.to.slice(0, 7), -(TREND_MONTHS - 1)));
  return { ...rest, from: period.from < twelveBack ? period.from : twelveBack, to: period.to };
}

export interface DrillDown {
  branchId?: number;
  staffId?: number;
  serviceItemId?: number;
  channel?: string;
  /** Only the responses flagged invalid. */
  invalid?: boolean;
  /** Another period than the dashboard's (a month of the trend). */
  period?: { from: string; to: string };
}

/**
 * The survey-responses list behind a figure: the period (Shanghai days of submittedAt), the
 * dashboard's filters, and the figure's own group (`drill`, which wins over the filter).
 */
export function responsesHref(
  query: ReportQuery,
  branchId: number | undefined,
  drill: DrillDown = {},
): string {
  const period = drill.period ?? periodOf(query);
  const num = (v: string | undefined) => (v ? Number(v) : undefined);
  const branch = drill.branchId ?? branchId;
  const staff = drill.staffId ?? num(query.staffId);
  const item = drill.serviceItemId ?? num(query.serviceItemId);
  const channel = drill.channel ?? query.channel;
  return listHref('survey-responses', {
    submittedAt: period ? [period.from, period.to] : undefined,
    branchId: branch === undefined ? undefined : [branch],
    staffId: staff === undefined ? undefined : [staff],
    serviceItemId: item === undefined ? undefined : [item],
    channel: channel ? [channel] : undefined,
    valid: drill.invalid ? false : undefined,
  });
}

export const responseHref = (id: number) => `/survey-responses/show/${id}`;

/** Longest description carried in the URL; the supervisor completes it in the form. */
const MAX_DESCRIPTION = 300;

/**
 * "Register a complaint" from a low score: the complaint form, prefilled from the query string
 * (customer, branch, a description naming the response and its comment). No channel: a survey
 * is none of the complaint channels of DOMAIN §4, so the person registering it chooses one.
 */
export function complaintHref(low: LowScoreRow, template: string, noComment: string): string {
  const description = format(template, {
    id: low.responseId,
    overall: Math.round(low.overall * 100) / 100,
    scale: low.scale,
    comment: low.comment?.trim() || noComment,
  }).slice(0, MAX_DESCRIPTION);
  const search = new URLSearchParams();
  if (low.customerId !== null) search.set('customerId', String(low.customerId));
  search.set('branchId', String(low.branchId));
  search.set('description', description);
  return `/complaints/create?${search.toString()}`;
}

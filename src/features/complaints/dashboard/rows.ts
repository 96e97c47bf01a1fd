import type { ComplaintFigures, ComplaintReport } from '../../../domain/complaints';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS } from '../../../resources/complaints';
import { SEVERITIES } from '../../../resources/options';
import type { EnumOption } from '../../../schema/fields';
import type { Lang } from '../../../schema/labels';
import type { ReportQuery } from '../../../dashboards/kit/useReportQuery';
import { complaintListHref, handlerFilter } from '../links';
import type { ChartRow } from './charts';
import { drillFilters, monthWithin, periodOf } from './filters';

export function labelOf(options: EnumOption[], value: string, lang: Lang): string {
  return options.find((o) => o.value === value)?.label[lang] ?? value;
}

/** The id of the branch the dashboard is filtered to (its code is in the URL). */
export function branchIdOf(
  report: ComplaintReport | undefined,
  code: string | undefined,
): number | undefined {
  return code ? report?.byBranch.find((b) => b.code === code)?.branchId : undefined;
}

/** Only the figures of a breakdown row (its group key and name stripped). */
function figuresOf(row: ComplaintFigures): ComplaintFigures {
  return {
    received: row.received,
    handled: row.handled,
    handlingRate: row.handlingRate,
    onTimeRate: row.onTimeRate,
    respondOnTimeRate: row.respondOnTimeRate,
    overdue: row.overdue,
    meanHoursToResolve: row.meanHoursToResolve,
    medianHoursToResolve: row.medianHoursToResolve,
    reopenRate: row.reopenRate,
    per1000Services: row.per1000Services,
    handlingSatisfaction: row.handlingSatisfaction,
    handlingSatisfactionTop2: row.handlingSatisfactionTop2,
    refunds: row.refunds,
  };
}

export interface DashboardRows {
  all: string;
  byMonth: ChartRow[];
  byBranch: ChartRow[];
  byCategory: ChartRow[];
  bySeverity: ChartRow[];
  byChannel: ChartRow[];
  byHandler: ChartRow[];
}

/**
 * The rows of every chart and table, each with its label in `lang` and the link to the
 * complaint list it summarises (the dashboard's filters plus the row's own group).
 */
export function dashboardRows(report: ComplaintReport, query: ReportQuery, lang: Lang): DashboardRows {
  const branchId = branchIdOf(report, query.branch);
  const period = periodOf(query);
  const row = (key: string, label: string, f: ComplaintFigures, href: string): ChartRow => ({
    ...figuresOf(f),
    key,
    label,
    href,
  });
  const enumRows = <F extends 'category' | 'severity' | 'channel'>(
    field: F,
    options: EnumOption[],
    rows: (ComplaintFigures & Record<F, string>)[],
  ) =>
    rows.map((r) =>
      row(
        r[field],
        labelOf(options, r[field], lang),
        r,
        complaintListHref(drillFilters(query, branchId, [{ field, operator: 'eq', value: r[field] }])),
      ),
    );
  const unassigned = lang === 'en' ? 'Unassigned' : '未指派';
  return {
    all: complaintListHref(drillFilters(query, branchId)),
    byMonth: report.byMonth.map((m) =>
      row(
        m.month,
        m.month,
        m,
        complaintListHref(drillFilters(query, branchId, [], monthWithin(m.month, period))),
      ),
    ),
    byBranch: report.byBranch.map((b) => ({
      ...row(b.code, `${b.code} ${b.name}`, b, complaintListHref(drillFilters(query, b.branchId))),
      axis: b.code,
    })),
    byCategory: enumRows('category', COMPLAINT_CATEGORIES, report.byCategory),
    bySeverity: enumRows('severity', SEVERITIES, report.bySeverity),
    byChannel: enumRows('channel', COMPLAINT_CHANNELS, report.byChannel),
    byHandler: report.byHandler.map((h) =>
      row(
        String(h.handlerId),
        h.name || unassigned,
        h,
        // The list cannot filter on "no handler" (simple-rest has no null test): the unassigned
        // row opens the whole selection.
        complaintListHref(
          drillFilters(query, branchId, h.handlerId === null ? [] : [handlerFilter(h.handlerId)]),
        ),
      ),
    ),
  };
}

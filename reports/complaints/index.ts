import {
  complaintReport,
  inComplaintFilter,
  type ComplaintFacts,
  type ComplaintFigures,
  type ComplaintReport,
  type ComplaintReportFilter,
  type ServiceFacts,
  OVERDUE_LIST_LIMIT,
} from '../../src/domain/complaints';
import { COMPLAINT_CATEGORIES, COMPLAINT_CHANNELS } from '../../src/resources/complaints';
import { SEVERITIES } from '../../src/resources/options';
import type { EnumOption } from '../../src/schema/fields';
import type { Labels, Lang } from '../../src/schema/labels';
import { reportCaption } from '../core/caption';
import { branchQuery, periodQuery } from '../core/query';
import { defineReport, sheet, type ReportData, type ReportParams, type ReportRecord } from '../core/types';
import { figureColumns } from './columns';
import { detailColumns } from './detail';

/**
 * 投诉案件统计表 (DOMAIN §8 `complaints`): the §4 rates overall and by branch, category, severity,
 * channel and handler (plus involved department and month), and every complaint with its
 * timeline. Its own filters (`--param category=…`, `?category=…`; several comma-separated):
 * category, severity, channel, handlerId — the dashboard's filters.
 */

const list = (v: string | undefined) =>
  v
    ? v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined;
const ids = (v: string | undefined) =>
  list(v)
    ?.map(Number)
    .filter((n) => Number.isInteger(n));

/** The filter of a run: period, as-of, branch and the report's own filters. */
export function complaintFilter(params: ReportParams): ComplaintReportFilter {
  const extra = params.extra ?? {};
  return {
    from: params.period.from,
    to: params.period.to,
    asOf: params.asOf,
    branchIds: params.branchId === undefined ? undefined : [params.branchId],
    categories: list(extra.category),
    severities: list(extra.severity),
    channels: list(extra.channel),
    handlerIds: ids(extra.handlerId),
  };
}

const named = (r: ReportRecord) => ({ id: Number(r.id), name: String(r.name ?? '') });

/** The domain's input from the records `load` read. */
export function complaintInput(data: ReportData) {
  const branches = data.branches ?? [];
  const code = new Map(branches.map((b) => [Number(b.id), String(b.code)]));
  return {
    complaints: (data.complaints ?? []) as unknown as ComplaintFacts[],
    services: (data['care-records'] ?? []) as unknown as ServiceFacts[],
    branches: branches.map((b) => ({ ...named(b), code: String(b.code) })),
    employees: (data.employees ?? []).map(named),
    // Department names repeat across branches (every branch has a 客服部): prefix the branch code.
    departments: (data.departments ?? []).map((d) => ({
      id: Number(d.id),
      name: `${code.get(Number(d.branchId)) ?? ''} ${String(d.name ?? '')}`.trim(),
    })),
  };
}

const label = (options: EnumOption[], value: string, lang: Lang) =>
  options.find((o) => o.value === value)?.label[lang] ?? value;

const DIMENSIONS: Record<string, Labels> = {
  overall: { zh: '全部', en: 'All' },
  branch: { zh: '机构', en: 'Branch' },
  category: { zh: '投诉类别', en: 'Category' },
  severity: { zh: '严重程度', en: 'Severity' },
  channel: { zh: '投诉渠道', en: 'Channel' },
  handler: { zh: '处理人', en: 'Handler' },
  department: { zh: '涉及部门', en: 'Involved department' },
};
const UNASSIGNED: Labels = { zh: '（未指定）', en: '(none)' };

type SummaryRow = ComplaintFigures & { dimension: string; group: string };

/** The summary sheet's rows: the whole filter, then each breakdown (filter by the first column). */
function summaryRows(r: ComplaintReport, lang: Lang): SummaryRow[] {
  const dim = (key: string) => DIMENSIONS[key][lang];
  const orNone = (name: string) => name || UNASSIGNED[lang];
  return [
    { dimension: dim('overall'), group: dim('overall'), ...r.overall },
    ...r.byBranch.map(({ branchId: _b, code, name, ...f }) => ({
      dimension: dim('branch'),
      group: `${code} ${name}`,
      ...f,
    })),
    ...r.byCategory.map(({ category, ...f }) => ({
      dimension: dim('category'),
      group: label(COMPLAINT_CATEGORIES, category, lang),
      ...f,
    })),
    ...r.bySeverity.map(({ severity, ...f }) => ({
      dimension: dim('severity'),
      group: label(SEVERITIES, severity, lang),
      ...f,
    })),
    ...r.byChannel.map(({ channel, ...f }) => ({
      dimension: dim('channel'),
      group: label(COMPLAINT_CHANNELS, channel, lang),
      ...f,
    })),
    ...r.byHandler.map(({ handlerId: _h, name, ...f }) => ({
      dimension: dim('handler'),
      group: orNone(name),
      ...f,
    })),
    ...r.byDepartment.map(({ departmentId: _d, name, ...f }) => ({
      dimension: dim('department'),
      group: orNone(name),
      ...f,
    })),
  ];
}

export const complaintsReport = defineReport<ComplaintReport>({
  name: 'complaints',
  title: { zh: '投诉案件统计表', en: 'Complaint statistics' },

  async load(source, params) {
    const extra = complaintFilter(params);
    const narrow = {
      ...(extra.categories ? { category: extra.categories } : {}),
      ...(extra.severities ? { severity: extra.severities } : {}),
      ...(extra.channels ? { channel: extra.channels } : {}),
      ...(extra.handlerIds ? { handlerId: extra.handlerIds } : {}),
    };
    const [complaints, careRecords, branches, employees, departments] = await Promise.all([
      source.list('complaints', {
        ...periodQuery('receivedAt', params, 'datetime'),
        ...branchQuery(params),
        ...narrow,
      }),
      source.list('care-records', {
        ...periodQuery('performedAt', params, 'datetime'),
        ...branchQuery(params),
      }),
      source.list('branches', branchQuery(params, 'id')),
      source.list('employees'),
      source.list('departments', branchQuery(params)),
    ]);
    return { complaints, 'care-records': careRecords, branches, employees, departments };
  },

  // The json's overdue list is the latest ones (the count of all: overall.overdue); the xlsx's
  // detail sheet below lists every complaint, overdue or not.
  compute: (data, params) =>
    complaintReport(complaintInput(data), complaintFilter(params), { overdueLimit: OVERDUE_LIST_LIMIT }),

  sheets(result, data, params, lang) {
    const filters = complaintFilter(params);
    const shown: Record<string, string> = {};
    if (filters.categories)
      shown[DIMENSIONS.category[lang]] = filters.categories
        .map((c) => label(COMPLAINT_CATEGORIES, c, lang))
        .join('、');
    if (filters.severities)
      shown[DIMENSIONS.severity[lang]] = filters.severities.map((c) => label(SEVERITIES, c, lang)).join('、');
    if (filters.channels)
      shown[DIMENSIONS.channel[lang]] = filters.channels
        .map((c) => label(COMPLAINT_CHANNELS, c, lang))
        .join('、');
    const caption = reportCaption(complaintsReport, params, lang, shown);
    const input = complaintInput(data);
    const total: Labels = { zh: '合计', en: 'Total' };
    return [
      sheet({
        name: { zh: '汇总', en: 'Summary' },
        caption,
        rows: summaryRows(result, lang),
        columns: [
          {
            key: 'dimension',
            header: { zh: '统计维度', en: 'Dimension' },
            type: 'text',
            value: (r) => r.dimension,
          },
          { key: 'group', header: { zh: '分组', en: 'Group' }, type: 'text', value: (r) => r.group },
          ...figureColumns<SummaryRow>().map(({ total: _t, ...c }) => c),
        ],
      }),
      sheet({
        name: { zh: '按机构', en: 'By branch' },
        caption,
        rows: result.byBranch,
        totalsLabel: total,
        columns: [
          { key: 'code', header: { zh: '机构编码', en: 'Code' }, type: 'text', value: (r) => r.code },
          { key: 'name', header: { zh: '机构', en: 'Branch' }, type: 'text', value: (r) => r.name },
          ...figureColumns<ComplaintReport['byBranch'][number]>(),
        ],
      }),
      sheet({
        name: { zh: '按月份', en: 'By month' },
        caption,
        rows: result.byMonth,
        totalsLabel: total,
        columns: [
          { key: 'month', header: { zh: '月份', en: 'Month' }, type: 'month', value: (r) => r.month },
          ...figureColumns<ComplaintReport['byMonth'][number]>(),
        ],
      }),
      sheet({
        name: { zh: '投诉明细', en: 'Complaints' },
        caption,
        // Every complaint of the filter, withdrawn and invalid ones too (flagged as not in the rates).
        rows: input.complaints.filter((c) => inComplaintFilter(c, filters)) as unknown as ReportRecord[],
        totalsLabel: total,
        columns: detailColumns({
          asOfMs: Date.parse(params.asOf),
          lang,
          branch: new Map(input.branches.map((b) => [b.id, b])),
          employee: new Map(input.employees.map((e) => [e.id, e.name])),
          department: new Map(input.departments.map((d) => [d.id, d.name])),
        }),
      }),
    ];
  },
});

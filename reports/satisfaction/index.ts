import {
  satisfactionReport,
  scoredInFilter,
  type NamedRef,
  type ResponseRecord,
  type SatisfactionReport,
  type SatisfactionReportInput,
  type SatisfactionSummary,
  type TemplateRecord,
  withCustomerNames,
} from '../../src/domain/satisfaction';
import { MonthPartsCache } from '../../src/domain/satisfaction/monthParts';
import { codes } from '../../src/resources/options';
import { SURVEY_CHANNELS } from '../../src/resources/survey-responses';
import type { Labels, Lang } from '../../src/schema/labels';
import { reportCaption } from '../core/caption';
import { branchQuery, periodQuery } from '../core/query';
import { defineReport, sheet, type RecordSource, type ReportData, type ReportRecord } from '../core/types';
import { summaryColumns } from './columns';
import { labelOf, lowScoreColumns, only, responseColumns, type Names } from './detail';
import { satisfactionFilter } from './filter';

/**
 * 满意度报表 (DOMAIN §8 `satisfaction`): the §3 metrics overall and by branch, month, staff,
 * service item and channel; the low-score responses with their comments; every valid response;
 * the excluded ones with their reason. Own filters: staffId, serviceItemId, channel.
 */

const named = (r: ReportRecord): NamedRef => ({ id: Number(r.id), name: String(r.name ?? '') });

/** The domain's input from the records `load` read. */
export function satisfactionInput(data: ReportData): SatisfactionReportInput {
  return {
    responses: (data['survey-responses'] ?? []) as unknown as ResponseRecord[],
    templates: (data['survey-templates'] ?? []) as unknown as TemplateRecord[],
    branches: (data.branches ?? []).map((b) => ({ ...named(b), code: String(b.code ?? '') })),
    employees: (data.employees ?? []).map(named),
    serviceItems: (data['service-items'] ?? []).map((s) => ({ ...named(s), code: String(s.code ?? '') })),
    customers: (data.customers ?? []).map(named),
  };
}

/**
 * The report as `load` computed it without customers, for `compute` to finish when it is given
 * the very records `load` returned and the same filter (the route, the CLI, the console):
 * the year's pass then runs once, not once to find the low-score customers and again to compute.
 * Any other data (a test's own) is computed from scratch. Keyed by the responses array, so it
 * goes with the run's data.
 */
interface LoadPass {
  data: ReportData;
  filter: string;
  report: SatisfactionReport;
}
const loadPasses = new WeakMap<readonly ReportRecord[], LoadPass>();

const INPUT_TABLES = ['survey-responses', 'survey-templates', 'branches', 'employees', 'service-items'];

function passOf(data: ReportData, filter: string): SatisfactionReport | undefined {
  const responses = data['survey-responses'];
  const pass = responses && loadPasses.get(responses);
  if (!pass || pass.filter !== filter) return undefined;
  return INPUT_TABLES.every((t) => pass.data[t] === data[t]) ? pass.report : undefined;
}

/** Reads the customers of the low-score list only (names), a few ids per request. */
async function lowScoreCustomers(source: RecordSource, report: SatisfactionReport): Promise<ReportRecord[]> {
  const ids = [...new Set(report.lowScores.flatMap((l) => (l.customerId === null ? [] : [l.customerId])))];
  const out: ReportRecord[] = [];
  for (let i = 0; i < ids.length; i += 50)
    out.push(...(await source.list('customers', { id: ids.slice(i, i + 50) })));
  return out;
}

const DIMENSION: Record<string, Labels> = {
  overall: { zh: '全部', en: 'All' },
  branch: { zh: '机构', en: 'Branch' },
  month: { zh: '月份', en: 'Month' },
  staff: { zh: '员工', en: 'Staff' },
  item: { zh: '服务项目', en: 'Service item' },
  channel: { zh: '调查方式', en: 'Channel' },
};

type SummaryRow = SatisfactionSummary & { dimension: string; group: string };

function summaryRows(r: SatisfactionReport, lang: Lang): SummaryRow[] {
  const dim = (key: string) => DIMENSION[key][lang];
  return [
    { dimension: dim('overall'), group: dim('overall'), ...r.overall },
    ...r.byBranch.map((b) => ({ ...b, dimension: dim('branch'), group: `${b.code} ${b.name}` })),
    ...(r.byMonth.length > 1
      ? r.byMonth.map((m) => ({ ...m, dimension: dim('month'), group: m.month }))
      : []),
    ...r.byStaff.map((s) => ({ ...s, dimension: dim('staff'), group: s.name })),
    ...r.byServiceItem.map((s) => ({ ...s, dimension: dim('item'), group: `${s.code} ${s.name}`.trim() })),
    ...r.byChannel.map((c) => ({
      ...c,
      dimension: dim('channel'),
      group: labelOf(SURVEY_CHANNELS, c.channel, lang) ?? c.channel,
    })),
  ];
}

export const satisfactionReportDefinition = defineReport<SatisfactionReport>({
  name: 'satisfaction',
  title: { zh: '满意度报表', en: 'Satisfaction report' },

  async load(source, params) {
    const filter = satisfactionFilter(params);
    const [responses, templates, branches, employees, serviceItems] = await Promise.all([
      source.list('survey-responses', {
        ...periodQuery('submittedAt', params, 'datetime'),
        ...branchQuery(params),
        ...(filter.staffId !== undefined ? { staffId: filter.staffId } : {}),
        ...(filter.serviceItemId !== undefined ? { serviceItemId: filter.serviceItemId } : {}),
        ...(filter.channel !== undefined ? { channel: filter.channel } : {}),
      }),
      source.list('survey-templates'),
      source.list('branches', branchQuery(params, 'id')),
      source.list('employees'),
      source.list('service-items'),
    ]);
    const tables: ReportData = {
      'survey-responses': responses,
      'survey-templates': templates,
      branches,
      employees,
      'service-items': serviceItems,
    };
    const report = satisfactionReport(
      satisfactionInput(tables),
      filter,
      codes(SURVEY_CHANNELS),
      // The months' totals of recent runs, kept by a backend whose records never change once read.
      source.memory?.of('satisfaction.monthParts', () => new MonthPartsCache()),
    );
    loadPasses.set(responses, { data: tables, filter: JSON.stringify(filter), report });
    return { ...tables, customers: await lowScoreCustomers(source, report) };
  },

  compute(data, params) {
    const filter = satisfactionFilter(params);
    const pass = passOf(data, JSON.stringify(filter));
    if (pass) return withCustomerNames(pass, satisfactionInput(data).customers ?? []);
    return satisfactionReport(satisfactionInput(data), filter, codes(SURVEY_CHANNELS));
  },

  sheets(result, data, params, lang) {
    const input = satisfactionInput(data);
    const filter = satisfactionFilter(params);
    const names: Names = {
      branch: new Map(input.branches.map((b) => [b.id, b])),
      employee: new Map(input.employees.map((e) => [e.id, e.name])),
      serviceItem: new Map(input.serviceItems.map((s) => [s.id, s.name])),
      template: new Map(input.templates.map((t) => [t.id, t.name ?? `#${t.id}`])),
    };
    const shown: Record<string, string> = {};
    if (filter.staffId !== undefined)
      shown[DIMENSION.staff[lang]] = names.employee.get(filter.staffId) ?? `#${filter.staffId}`;
    if (filter.serviceItemId !== undefined)
      shown[DIMENSION.item[lang]] = names.serviceItem.get(filter.serviceItemId) ?? `#${filter.serviceItemId}`;
    if (filter.channel !== undefined)
      shown[DIMENSION.channel[lang]] = labelOf(SURVEY_CHANNELS, filter.channel, lang) ?? filter.channel;
    const caption = reportCaption(satisfactionReportDefinition, params, lang, shown);
    const dims = result.dimensionLabels;
    const total: Labels = { zh: '合计', en: 'Total' };
    const scored = scoredInFilter(input, filter);
    const sheets = [
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
          ...summaryColumns<SummaryRow>(dims, false),
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
          ...summaryColumns<SatisfactionReport['byBranch'][number]>(dims),
        ],
      }),
    ];
    if (!params.month)
      sheets.push(
        sheet({
          name: { zh: '按月份', en: 'By month' },
          caption,
          rows: result.byMonth,
          totalsLabel: total,
          columns: [
            { key: 'month', header: { zh: '月份', en: 'Month' }, type: 'month', value: (r) => r.month },
            ...summaryColumns<SatisfactionReport['byMonth'][number]>(dims),
          ],
        }),
      );
    sheets.push(
      sheet({
        name: { zh: '低分答卷', en: 'Low scores' },
        caption,
        rows: result.lowScores,
        columns: lowScoreColumns(dims, lang),
      }),
      sheet({
        name: { zh: '有效答卷', en: 'Valid responses' },
        caption,
        rows: only(scored, (s) => s.counts),
        columns: responseColumns(dims, names, lang, false),
      }),
      sheet({
        name: { zh: '剔除答卷', en: 'Excluded responses' },
        caption,
        rows: only(scored, (s) => !s.counts),
        columns: responseColumns(dims, names, lang, true),
      }),
    );
    return sheets;
  },
});

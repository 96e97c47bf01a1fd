import {
  followUpReport,
  type FollowUpFigures,
  type FollowUpRecord,
  type FollowUpReport,
  type FollowUpReportFilter,
  type FollowUpReportInput,
} from '../../src/domain/followUps';
import { FOLLOW_UP_SUBJECTS } from '../../src/resources/follow-ups';
import type { Labels } from '../../src/schema/labels';
import { shanghaiDate } from '../../src/schema/time';
import { reportCaption } from '../core/caption';
import { branchQuery, periodQuery } from '../core/query';
import { ReportParamsError } from '../core/run';
import {
  defineReport,
  sheet,
  type ReportData,
  type ReportParams,
  type ReportRecord,
  type SheetColumn,
} from '../core/types';
import { labelOf } from '../satisfaction/detail';

/**
 * 回访统计 (DOMAIN §8 `follow-ups`): follow-ups due in the period (by dueOn) — done, reached,
 * success rate (reached ÷ due) — by staff, by branch and by month, with what is open and
 * overdue as of `--as-of`, and the overdue list. Own filter: staffId.
 */

const NOT_ID = '应为正整数编号 / Must be a positive integer id';
const UNKNOWN = '未知参数（可用：staffId）/ Unknown parameter (known: staffId)';

export function followUpFilter(params: ReportParams): FollowUpReportFilter {
  const filter: FollowUpReportFilter = { from: params.period.from, to: params.period.to, asOf: params.asOf };
  if (params.branchId !== undefined) filter.branchIds = [params.branchId];
  const errors: Record<string, string> = {};
  for (const [key, value] of Object.entries(params.extra ?? {})) {
    if (value === '') continue;
    if (key !== 'staffId') errors[key] = UNKNOWN;
    else if (!/^[1-9]\d{0,9}$/.test(value)) errors[key] = NOT_ID;
    else filter.staffId = Number(value);
  }
  if (Object.keys(errors).length > 0) throw new ReportParamsError(errors, 'zh');
  return filter;
}

const named = (r: ReportRecord) => ({ id: Number(r.id), name: String(r.name ?? '') });

export function followUpInput(data: ReportData): FollowUpReportInput {
  return {
    followUps: (data['follow-ups'] ?? []) as unknown as FollowUpRecord[],
    branches: (data.branches ?? []).map((b) => ({ ...named(b), code: String(b.code ?? '') })),
    employees: (data.employees ?? []).map((e) => ({
      ...named(e),
      branchId: typeof e.branchId === 'number' ? e.branchId : null,
    })),
    customers: (data.customers ?? []).map(named),
  };
}

/** The F columns (DOMAIN §8) and the extras; counts sum in the totals row, the rate does not. */
function figureColumns<Row extends FollowUpFigures>(): SheetColumn<Row>[] {
  const count = (key: keyof FollowUpFigures, header: Labels): SheetColumn<Row> => ({
    key,
    header,
    type: 'integer',
    value: (r) => r[key] as number,
    total: 'sum',
  });
  return [
    count('due', { zh: '应回访', en: 'Due' }),
    count('done', { zh: '已回访', en: 'Done' }),
    count('reached', { zh: '回访成功', en: 'Reached' }),
    {
      key: 'successRate',
      header: { zh: '回访成功率', en: 'Success rate' },
      type: 'percent',
      value: (r) => r.successRate,
    },
    count('unreachable', { zh: '联系不上', en: 'Unreachable' }),
    count('refused', { zh: '拒绝回访', en: 'Refused' }),
    count('open', { zh: '未回访', en: 'Open' }),
    count('overdue', { zh: '逾期未回访', en: 'Overdue' }),
  ];
}

export const followUpsReportDefinition = defineReport<FollowUpReport>({
  name: 'follow-ups',
  title: { zh: '回访统计', en: 'Follow-up statistics' },

  async load(source, params) {
    const filter = followUpFilter(params);
    const [followUps, employees, branches] = await Promise.all([
      source.list('follow-ups', {
        ...periodQuery('dueOn', params, 'date'),
        ...branchQuery(params),
        ...(filter.staffId !== undefined ? { staffId: filter.staffId } : {}),
      }),
      source.list('employees'),
      source.list('branches', branchQuery(params, 'id')),
    ]);
    // Names of the overdue list's customers only, a few ids per request.
    const today = shanghaiDate(params.asOf);
    const ids = [
      ...new Set(
        followUps.filter((f) => f.doneAt == null && String(f.dueOn) < today).map((f) => Number(f.customerId)),
      ),
    ];
    const customers: ReportRecord[] = [];
    for (let i = 0; i < ids.length; i += 50)
      customers.push(...(await source.list('customers', { id: ids.slice(i, i + 50) })));
    return { 'follow-ups': followUps, employees, branches, customers };
  },

  compute: (data, params) => followUpReport(followUpInput(data), followUpFilter(params)),

  sheets(result, data, params, lang) {
    const filter = followUpFilter(params);
    const input = followUpInput(data);
    const shown: Record<string, string> = {};
    if (filter.staffId !== undefined)
      shown[lang === 'zh' ? '回访人' : 'Staff'] =
        input.employees.find((e) => e.id === filter.staffId)?.name ?? `#${filter.staffId}`;
    const caption = reportCaption(followUpsReportDefinition, params, lang, shown);
    const total: Labels = { zh: '合计', en: 'Total' };
    type Staff = FollowUpReport['byStaff'][number];
    type Branch = FollowUpReport['byBranch'][number];
    type Month = FollowUpReport['byMonth'][number];
    type Summary = FollowUpFigures & { dimension: string; group: string };
    const dim = (zh: string, en: string) => (lang === 'zh' ? zh : en);
    const summary: Summary[] = [
      { dimension: dim('全部', 'All'), group: dim('全部', 'All'), ...result.overall },
      ...result.byBranch.map((b) => ({
        ...b,
        dimension: dim('机构', 'Branch'),
        group: `${b.code} ${b.name}`,
      })),
      ...result.byStaff.map((r) => ({ ...r, dimension: dim('回访人', 'Staff'), group: r.name })),
    ];
    const sheets = [
      sheet({
        name: { zh: '汇总', en: 'Summary' },
        caption,
        rows: summary,
        columns: [
          {
            key: 'dimension',
            header: { zh: '统计维度', en: 'Dimension' },
            type: 'text',
            value: (r: Summary) => r.dimension,
          },
          { key: 'group', header: { zh: '分组', en: 'Group' }, type: 'text', value: (r: Summary) => r.group },
          ...figureColumns<Summary>().map(({ total: _t, ...c }) => c),
        ],
      }),
      sheet({
        name: { zh: '按员工', en: 'By staff' },
        caption,
        rows: result.byStaff,
        totalsLabel: total,
        columns: [
          {
            key: 'branch',
            header: { zh: '机构', en: 'Branch' },
            type: 'text',
            value: (r: Staff) => r.branchCode,
          },
          { key: 'name', header: { zh: '回访人', en: 'Staff' }, type: 'text', value: (r: Staff) => r.name },
          ...figureColumns<Staff>(),
        ],
      }),
      sheet({
        name: { zh: '按机构', en: 'By branch' },
        caption,
        rows: result.byBranch,
        totalsLabel: total,
        columns: [
          { key: 'code', header: { zh: '机构编码', en: 'Code' }, type: 'text', value: (r: Branch) => r.code },
          { key: 'name', header: { zh: '机构', en: 'Branch' }, type: 'text', value: (r: Branch) => r.name },
          ...figureColumns<Branch>(),
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
            {
              key: 'month',
              header: { zh: '月份', en: 'Month' },
              type: 'month',
              value: (r: Month) => r.month,
            },
            ...figureColumns<Month>(),
          ],
        }),
      );
    sheets.push(
      sheet({
        name: { zh: '逾期未回访', en: 'Overdue' },
        caption,
        rows: result.overdueList,
        columns: [
          { key: 'id', header: { zh: '回访编号', en: 'Follow-up id' }, type: 'integer', value: (r) => r.id },
          { key: 'dueOn', header: { zh: '应回访日期', en: 'Due on' }, type: 'date', value: (r) => r.dueOn },
          {
            key: 'days',
            header: { zh: '逾期天数', en: 'Days overdue' },
            type: 'integer',
            value: (r) => r.daysOverdue,
          },
          { key: 'branch', header: { zh: '机构', en: 'Branch' }, type: 'text', value: (r) => r.branchCode },
          { key: 'staff', header: { zh: '回访人', en: 'Staff' }, type: 'text', value: (r) => r.staffName },
          {
            key: 'customer',
            header: { zh: '顾客', en: 'Customer' },
            type: 'text',
            value: (r) => r.customerName ?? `#${r.customerId}`,
          },
          {
            key: 'subject',
            header: { zh: '回访事由', en: 'Subject' },
            type: 'text',
            value: (r) => `${labelOf(FOLLOW_UP_SUBJECTS, r.subjectType, lang) ?? ''} #${r.subjectId}`,
          },
        ],
      }),
    );
    return sheets;
  },
});

import { reportCaption } from '../core/caption';
import { branchQuery } from '../core/query';
import { defineReport, sheet, type QueryParams, type ReportParams } from '../core/types';
import { kpiReport, type KpiReport, type KpiReportRow } from '../../src/domain/kpi/report';
import { MONTHLY_APPRAISAL_STATUSES } from '../../src/resources/monthly-appraisals';
import { ROLE_GROUPS } from '../../src/resources/options';
import type { Lang } from '../../src/schema/labels';

/**
 * 月度/年度考核 (DOMAIN §8.4): `--month YYYY-MM` for a month's appraisals, `--year YYYY` for the
 * annual results (a `--from/--to` range is read as the month of its first day). Sheets: the
 * employees with score, grade and coefficient, and the count by grade.
 */

type Period = { month: string } | { year: number };

function periodOf(params: ReportParams): Period {
  if (params.year) return { year: Number(params.year) };
  return { month: params.month ?? params.period.from.slice(0, 7) };
}

const STATUS_LABELS: Record<string, { zh: string; en: string }> = {
  ...Object.fromEntries(MONTHLY_APPRAISAL_STATUSES.map((o) => [o.value, o.label])),
  recorded: { zh: '已评定', en: 'Recorded' },
  provisional: { zh: '暂算（未评定）', en: 'Provisional' },
};

const roleLabel = (value: string, lang: Lang) =>
  ROLE_GROUPS.find((o) => o.value === value)?.label[lang] ?? value;

export const kpiReportDefinition = defineReport<KpiReport>({
  name: 'kpi',
  title: { zh: '月度/年度考核', en: 'Monthly and annual KPI appraisal' },

  async load(source, params) {
    const period = periodOf(params);
    const monthRange: QueryParams =
      'month' in period
        ? { month: period.month }
        : { month_gte: `${period.year}-01`, month_lte: `${period.year}-12` };
    const [employees, branches, templates, monthly, annual] = await Promise.all([
      source.list('employees', branchQuery(params)),
      source.list('branches'),
      source.list('appraisal-templates'),
      source.list('monthly-appraisals', monthRange),
      'year' in period ? source.list('annual-appraisals', { year: period.year }) : Promise.resolve([]),
    ]);
    // Appraisals carry no branch: keep those of the branch's employees.
    const ids = new Set(employees.map((e) => e.id));
    return {
      employees,
      branches,
      'appraisal-templates': templates,
      'monthly-appraisals': monthly.filter((m) => ids.has(m.employeeId)),
      'annual-appraisals': annual.filter((a) => ids.has(a.employeeId)),
    };
  },

  compute: (data, params) =>
    kpiReport(
      {
        employees: data.employees,
        branches: data.branches,
        templates: data['appraisal-templates'],
        monthly: data['monthly-appraisals'],
        annual: data['annual-appraisals'],
      } as unknown as Parameters<typeof kpiReport>[0], // records as the API stores them
      periodOf(params),
    ),

  sheets(result, _data, params, lang) {
    const caption = reportCaption(kpiReportDefinition, params, lang);
    const annual = result.year !== undefined;
    const columns = [
      {
        key: 'branch',
        header: { zh: '机构', en: 'Branch' },
        type: 'text' as const,
        value: (r: KpiReportRow) => r.branchCode,
      },
      {
        key: 'employeeNo',
        header: { zh: '工号', en: 'No.' },
        type: 'text' as const,
        value: (r: KpiReportRow) => r.employeeNo,
      },
      {
        key: 'name',
        header: { zh: '员工', en: 'Employee' },
        type: 'text' as const,
        value: (r: KpiReportRow) => r.name,
      },
      {
        key: 'roleGroup',
        header: { zh: '考核类别', en: 'Role group' },
        type: 'text' as const,
        value: (r: KpiReportRow) => roleLabel(r.roleGroup, lang),
      },
      ...(annual
        ? [
            {
              key: 'months',
              header: { zh: '已确认月数', en: 'Confirmed months' },
              type: 'integer' as const,
              value: (r: KpiReportRow) => r.months ?? null,
            },
            {
              key: 'monthlyMean',
              header: { zh: '月度平均分', en: 'Monthly mean' },
              type: 'score' as const,
              value: (r: KpiReportRow) => r.monthlyMean ?? null,
            },
            {
              key: 'adjustment',
              header: { zh: '调整分', en: 'Adjustment' },
              type: 'number' as const,
              value: (r: KpiReportRow) => r.adjustment ?? null,
            },
          ]
        : []),
      {
        key: 'finalScore',
        header: { zh: '考核得分', en: 'Final score' },
        type: 'score' as const,
        value: (r: KpiReportRow) => r.finalScore,
        total: 'average' as const,
      },
      {
        key: 'grade',
        header: { zh: '等级', en: 'Grade' },
        type: 'text' as const,
        value: (r: KpiReportRow) => r.grade,
      },
      {
        key: 'bonusCoefficient',
        header: { zh: '奖金系数', en: 'Bonus coefficient' },
        type: 'number' as const,
        value: (r: KpiReportRow) => r.bonusCoefficient,
      },
      {
        key: 'status',
        header: { zh: '状态', en: 'Status' },
        type: 'text' as const,
        value: (r: KpiReportRow) => STATUS_LABELS[r.status]?.[lang] ?? r.status,
      },
    ];
    const grades = Object.entries(result.byGrade).map(([grade, count]) => ({ grade, count }));
    return [
      sheet({
        name: { zh: '员工考核结果', en: 'Employees' },
        caption,
        rows: result.employees,
        totalsLabel: { zh: '平均', en: 'Mean' },
        columns,
      }),
      sheet({
        name: { zh: '等级分布', en: 'By grade' },
        caption,
        rows: grades,
        totalsLabel: { zh: '合计', en: 'Total' },
        columns: [
          {
            key: 'grade',
            header: { zh: '等级', en: 'Grade' },
            type: 'text',
            value: (r) => (r.grade === 'none' ? (lang === 'zh' ? '未评定' : 'Not graded') : r.grade),
          },
          {
            key: 'count',
            header: { zh: '人数', en: 'Employees' },
            type: 'integer',
            value: (r) => r.count,
            total: 'sum',
          },
        ],
      }),
    ];
  },
});

import { defineResource } from '../schema/resource';
import { GRADES, options } from './options';

export const MONTHLY_APPRAISAL_STATUSES = options([
  ['self_pending', '待自评', 'Awaiting self-assessment', 'orange'],
  ['supervisor_pending', '待上级评分', 'Awaiting supervisor', 'gold'],
  ['confirmed', '已确认', 'Confirmed', 'green'],
]);

/**
 * 月度考核: 《月度绩效考核自评表》 and 《月度绩效考核评价表》 in one record (seed 000). The final
 * score and grade are computed by the backend from the employee's template.
 */
export const monthlyAppraisals = defineResource({
  name: 'monthly-appraisals',
  label: { zh: '月度考核', en: 'Monthly appraisals' },
  group: 'appraisal',
  icon: 'AuditOutlined',
  uniqueTogether: [['employeeId', 'month']],
  titleField: 'month',
  defaultSort: [
    { field: 'month', order: 'desc' },
    { field: 'employeeId', order: 'asc' },
  ],
  fields: [
    {
      name: 'employeeId',
      type: 'reference',
      resource: 'employees',
      label: { zh: '员工', en: 'Employee' },
      required: true,
    },
    { name: 'month', type: 'month', label: { zh: '考核月份', en: 'Month' }, required: true },
    {
      name: 'selfScores',
      type: 'scoreMap',
      label: { zh: '自评分', en: 'Self scores' },
      min: 0,
      max: 100,
      default: {},
      hideInList: true,
      help: { zh: '手工评分指标代码 → 0–100', en: 'Manual indicator key → 0–100' },
    },
    {
      name: 'supervisorScores',
      type: 'scoreMap',
      label: { zh: '上级评分', en: 'Supervisor scores' },
      min: 0,
      max: 100,
      default: {},
      hideInList: true,
      help: { zh: '手工评分指标代码 → 0–100', en: 'Manual indicator key → 0–100' },
    },
    {
      name: 'autoValues',
      type: 'scoreMap',
      label: { zh: '系统指标实际值', en: 'Metric values' },
      readOnly: true,
      hideInList: true,
      help: {
        zh: '由系统按当月记录计算的指标实际值（比率为百分数）',
        en: "The metrics' actual values, computed from the month's records (rates as percentages)",
      },
    },
    {
      name: 'finalScore',
      type: 'number',
      label: { zh: '考核得分', en: 'Final score' },
      readOnly: true,
      min: 0,
      max: 100,
      decimals: 2,
    },
    { name: 'grade', type: 'enum', label: { zh: '等级', en: 'Grade' }, readOnly: true, options: GRADES },
    {
      name: 'status',
      type: 'enum',
      label: { zh: '状态', en: 'Status' },
      required: true,
      options: MONTHLY_APPRAISAL_STATUSES,
      default: 'self_pending',
    },
    {
      name: 'comments',
      type: 'longText',
      label: { zh: '评语', en: 'Comments' },
      maxLength: 2000,
      hideInList: true,
    },
  ],
});

import { defineResource } from '../schema/resource';
import { GRADES, options, ROLE_GROUPS } from './options';

export const INDICATOR_GROUPS = options([
  ['performance', '工作业绩', 'Performance', 'blue'],
  ['attitude', '工作态度', 'Attitude', 'green'],
  ['ability', '专业能力', 'Ability', 'purple'],
]);

/**
 * Where an indicator's score comes from: `manual` (self and supervisor scores) or a metric the
 * system computes from the month's records (DOMAIN §5.2; a rate's actual is its percentage).
 */
export const INDICATOR_SOURCES = options([
  ['manual', '手工评分', 'Manual scoring', 'default'],
  ['contractAmount', '销售额（元）', 'Contract amount (¥)', 'gold'],
  ['contractCount', '订单量', 'Contracts signed', 'gold'],
  ['newCustomers', '客户拓展数量', 'New customers', 'gold'],
  ['customersServed', '服务客户数量', 'Customers served', 'cyan'],
  ['qualityScore', '服务质量评价', 'Service quality score', 'cyan'],
  ['satisfaction', '客户满意度', 'Customer satisfaction', 'green'],
  ['complaintHandlingRate', '客户投诉处理率（%）', 'Complaint handling rate (%)', 'orange'],
  ['followUpSuccessRate', '客户回访成功率（%）', 'Follow-up success rate (%)', 'orange'],
  ['attendance', '出勤（100 − 10 × 迟到早退旷工次数）', 'Attendance (100 − 10 × absences)', 'blue'],
]);

interface Indicator {
  source?: string | null;
  target?: number | null;
  weight?: number | null;
}

interface Grade {
  grade?: string | null;
  min?: number | null;
}

/** 考核模板: the KPI appraisal of one role group (seed 000 绩效考核指标). */
export const appraisalTemplates = defineResource({
  name: 'appraisal-templates',
  label: { zh: '考核模板', en: 'Appraisal templates' },
  group: 'appraisal',
  icon: 'SolutionOutlined',
  titleField: 'roleGroup',
  defaultSort: [{ field: 'roleGroup', order: 'asc' }],
  fields: [
    {
      name: 'roleGroup',
      type: 'enum',
      label: { zh: '考核类别', en: 'Role group' },
      required: true,
      unique: true,
      options: ROLE_GROUPS,
    },
    {
      name: 'indicators',
      type: 'objectList',
      label: { zh: '考核指标', en: 'Indicators' },
      required: true,
      minItems: 1,
      uniqueBy: 'key',
      hideInList: true,
      fields: [
        {
          name: 'key',
          type: 'text',
          label: { zh: '指标代码', en: 'Key' },
          required: true,
          maxLength: 40,
          pattern: {
            source: '^[a-z][A-Za-z0-9]*$',
            message: {
              zh: '小写字母开头的英文字母或数字，如 teamwork',
              en: 'Letters and digits from a lower-case letter, e.g. teamwork',
            },
          },
        },
        {
          name: 'label',
          type: 'text',
          label: { zh: '指标名称', en: 'Label' },
          required: true,
          maxLength: 60,
        },
        {
          name: 'group',
          type: 'enum',
          label: { zh: '指标类别', en: 'Group' },
          required: true,
          options: INDICATOR_GROUPS,
        },
        {
          name: 'weight',
          type: 'number',
          label: { zh: '权重', en: 'Weight' },
          required: true,
          min: 0.01,
          max: 100,
          decimals: 2,
        },
        {
          name: 'source',
          type: 'enum',
          label: { zh: '数据来源', en: 'Source' },
          required: true,
          options: INDICATOR_SOURCES,
          help: {
            zh: '手工评分 = 自评 × 自评权重 + 上级评分 × 上级权重；系统指标得分 = min(100, 100 × 实际 ÷ 目标)',
            en: 'Manual = self × self weight + supervisor × supervisor weight; a metric scores min(100, 100 × actual ÷ target)',
          },
        },
        {
          name: 'target',
          type: 'number',
          label: { zh: '目标值', en: 'Target' },
          min: 0,
          decimals: 2,
          help: {
            zh: '系统指标的月度目标；比率以百分数计，如 95',
            en: 'Monthly target of a metric; a rate as a percentage, e.g. 95',
          },
        },
      ],
    },
    {
      name: 'selfWeight',
      type: 'percent',
      label: { zh: '自评权重', en: 'Self weight' },
      required: true,
      default: 0.3,
    },
    {
      name: 'supervisorWeight',
      type: 'percent',
      label: { zh: '上级评分权重', en: 'Supervisor weight' },
      required: true,
      default: 0.7,
    },
    {
      name: 'grades',
      type: 'objectList',
      label: { zh: '等级划分', en: 'Grades' },
      required: true,
      minItems: 1,
      uniqueBy: 'grade',
      hideInList: true,
      default: [
        { grade: 'A', min: 90 },
        { grade: 'B', min: 80 },
        { grade: 'C', min: 70 },
        { grade: 'D', min: 0 },
      ],
      fields: [
        { name: 'grade', type: 'enum', label: { zh: '等级', en: 'Grade' }, required: true, options: GRADES },
        {
          name: 'min',
          type: 'number',
          label: { zh: '最低分', en: 'From score' },
          required: true,
          min: 0,
          max: 100,
          decimals: 1,
        },
      ],
    },
    {
      name: 'bonusCoefficients',
      type: 'scoreMap',
      label: { zh: '绩效奖金系数', en: 'Bonus coefficients' },
      required: true,
      min: 0,
      max: 10,
      default: { A: 1.2, B: 1.0, C: 0.8, D: 0 },
      help: { zh: '等级 → 系数，如 A 1.2', en: 'Grade → coefficient, e.g. A 1.2' },
    },
  ],
  rules: [
    {
      field: 'supervisorWeight',
      message: {
        zh: '自评权重与上级评分权重之和应为 100%',
        en: 'Self and supervisor weights must add up to 100 %',
      },
      test: (r) =>
        typeof r.selfWeight !== 'number' ||
        typeof r.supervisorWeight !== 'number' ||
        Math.abs(r.selfWeight + r.supervisorWeight - 1) < 1e-9,
    },
    {
      field: 'indicators',
      message: { zh: '系统指标需设目标值（大于 0）', en: 'A metric indicator needs a target above 0' },
      test: (r) =>
        !Array.isArray(r.indicators) ||
        (r.indicators as Indicator[]).every(
          (i) => i.source === 'manual' || (typeof i.target === 'number' && i.target > 0),
        ),
    },
    {
      field: 'grades',
      message: {
        zh: '需有一个最低分为 0 的等级，使任何得分都有等级',
        en: 'One grade must start at 0 so that every score has a grade',
      },
      test: (r) => !Array.isArray(r.grades) || (r.grades as Grade[]).some((g) => g.min === 0),
    },
    {
      field: 'grades',
      message: { zh: '等级越高，最低分应越高', en: 'A higher grade needs a higher minimum' },
      test: (r) => {
        if (!Array.isArray(r.grades)) return true;
        const order = GRADES.map((g) => g.value);
        const sorted = [...(r.grades as Grade[])].sort(
          (a, b) => order.indexOf(a.grade ?? '') - order.indexOf(b.grade ?? ''),
        );
        return sorted.every((g, i) => i === 0 || (g.min ?? 0) < (sorted[i - 1].min ?? 0));
      },
    },
    {
      field: 'bonusCoefficients',
      message: { zh: '每个等级都需要奖金系数', en: 'Every grade needs a bonus coefficient' },
      test: (r) => {
        if (!Array.isArray(r.grades) || r.bonusCoefficients == null) return true;
        const coefficients = r.bonusCoefficients as Record<string, number>;
        return (r.grades as Grade[]).every((g) => g.grade != null && g.grade in coefficients);
      },
    },
  ],
});

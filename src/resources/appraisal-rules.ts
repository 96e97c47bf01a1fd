import { defineResource } from '../schema/resource';
import { options } from './options';

export const RULE_CATEGORIES = options([
  ['record_keeping', '考核表/登记表', 'Record keeping', 'blue'],
  ['spot_check', '抽查考核', 'Spot check', 'geekblue'],
  ['service_standard', '服务标准', 'Service standard', 'orange'],
  ['discipline', '纪律标准', 'Discipline', 'volcano'],
  ['praise', '顾客表扬', 'Praise', 'green'],
  ['conversion', '成功率提成', 'Conversion', 'gold'],
]);

export const RULE_APPLIES_TO = options([
  ['leader', '组长', 'Leader', 'purple'],
  ['member', '组员', 'Members', 'blue'],
  ['all', '全组（含组长）', 'Everyone', 'default'],
]);

interface Money {
  individualYuan?: number | null;
  collectiveYuan?: number | null;
  individualPercent?: number | null;
  collectivePercent?: number | null;
}

function hasMoney(money: unknown): boolean {
  if (money == null || typeof money !== 'object') return false;
  const m = money as Money;
  return [m.individualYuan, m.collectiveYuan, m.individualPercent, m.collectivePercent].some(
    (v) => (v ?? 0) !== 0,
  );
}

/** 考核规则: the consulting group's point and commission rules (seed 002), edited as records. */
export const appraisalRules = defineResource({
  name: 'appraisal-rules',
  label: { zh: '考核规则', en: 'Appraisal rules' },
  group: 'appraisal',
  icon: 'OrderedListOutlined',
  titleField: 'name',
  defaultSort: [{ field: 'code', order: 'asc' }],
  fields: [
    {
      name: 'code',
      type: 'text',
      label: { zh: '规则编码', en: 'Code' },
      required: true,
      unique: true,
      maxLength: 10,
      pattern: {
        source: '^[A-Z][A-Z0-9]{1,9}$',
        message: {
          zh: '大写字母开头的大写字母或数字，如 S01',
          en: 'Capitals and digits from a capital, e.g. S01',
        },
      },
    },
    { name: 'name', type: 'text', label: { zh: '考核项目', en: 'Rule' }, required: true, maxLength: 120 },
    {
      name: 'category',
      type: 'enum',
      label: { zh: '类别', en: 'Category' },
      required: true,
      options: RULE_CATEGORIES,
    },
    {
      name: 'appliesTo',
      type: 'enum',
      label: { zh: '适用对象', en: 'Applies to' },
      required: true,
      options: RULE_APPLIES_TO,
      default: 'member',
    },
    {
      name: 'points',
      type: 'number',
      label: { zh: '每次得分', en: 'Points each' },
      required: true,
      min: -100,
      max: 100,
      decimals: 1,
      default: 0,
      help: { zh: '加分为正，扣分为负', en: 'Positive adds, negative deducts' },
    },
    {
      name: 'escalation',
      type: 'object',
      label: { zh: '当天累计加重', en: 'Daily escalation' },
      hideInList: true,
      help: {
        zh: '同一员工同一规则当天累计达到次数时，另扣个人分、集体分各一次',
        en: "When one employee's count of the rule on one day reaches the threshold, these are added once",
      },
      fields: [
        {
          name: 'threshold',
          type: 'integer',
          label: { zh: '当天累计次数', en: 'Threshold (per day)' },
          required: true,
          min: 1,
          max: 99,
        },
        {
          name: 'individualPoints',
          type: 'number',
          label: { zh: '个人加扣分', en: 'Individual points' },
          required: true,
          min: -100,
          max: 100,
          decimals: 1,
        },
        {
          name: 'collectivePoints',
          type: 'number',
          label: { zh: '集体加扣分', en: 'Collective points' },
          required: true,
          min: -100,
          max: 100,
          decimals: 1,
          help: { zh: '“集体”为该员工所在考核小组', en: "The employee's team (the collective)" },
        },
      ],
    },
    {
      name: 'money',
      type: 'object',
      label: { zh: '提成', en: 'Commission' },
      hideInList: true,
      help: {
        zh: '每次的提成金额，或按费用的百分比',
        en: 'Per occurrence, in yuan or as a percentage of the fee',
      },
      fields: [
        {
          name: 'individualYuan',
          type: 'money',
          label: { zh: '个人提成（元/次）', en: 'Individual (¥ each)' },
          min: 0,
        },
        {
          name: 'collectiveYuan',
          type: 'money',
          label: { zh: '集体提成（元/次）', en: 'Collective (¥ each)' },
          min: 0,
        },
        {
          name: 'individualPercent',
          type: 'number',
          label: { zh: '个人提成（费用 %）', en: 'Individual (% of fee)' },
          min: 0,
          max: 100,
          decimals: 2,
          help: { zh: '2 表示 2%', en: '2 means 2 %' },
        },
        {
          name: 'collectivePercent',
          type: 'number',
          label: { zh: '集体提成（费用 %）', en: 'Collective (% of fee)' },
          min: 0,
          max: 100,
          decimals: 2,
          help: { zh: '2 表示 2%', en: '2 means 2 %' },
        },
      ],
    },
    { name: 'active', type: 'boolean', label: { zh: '启用', en: 'Active' }, default: true },
    {
      name: 'effectiveFrom',
      type: 'month',
      label: { zh: '生效月份', en: 'Effective from' },
      hideInList: true,
      help: {
        zh: '修改得分、加重或提成时必填：新值从该月起计分（不早于本月），之前的月份保留原值',
        en: 'Needed when points, escalation or money change: the new values count from this month (this month or later); earlier months keep the old ones',
      },
    },
    {
      name: 'versions',
      type: 'objectList',
      label: { zh: '历史版本', en: 'Earlier versions' },
      readOnly: true,
      hideInList: true,
      help: {
        zh: '由系统在修改规则时记录：各月份计分所用的旧值（截止月份及之前）',
        en: 'Kept by the system when a rule changes: the values earlier months were scored with (up to and including the month shown)',
      },
      fields: [
        { name: 'until', type: 'month', label: { zh: '适用至', en: 'Until' }, required: true },
        { name: 'points', type: 'number', label: { zh: '每次得分', en: 'Points each' }, decimals: 1 },
        { name: 'threshold', type: 'integer', label: { zh: '加重次数', en: 'Threshold' } },
        {
          name: 'escalationIndividualPoints',
          type: 'number',
          label: { zh: '加重个人分', en: 'Escalation, individual' },
          decimals: 1,
        },
        {
          name: 'escalationCollectivePoints',
          type: 'number',
          label: { zh: '加重集体分', en: 'Escalation, collective' },
          decimals: 1,
        },
        {
          name: 'individualYuan',
          type: 'money',
          label: { zh: '个人提成（元）', en: 'Individual (¥)' },
          min: 0,
        },
        {
          name: 'collectiveYuan',
          type: 'money',
          label: { zh: '集体提成（元）', en: 'Collective (¥)' },
          min: 0,
        },
        {
          name: 'individualPercent',
          type: 'number',
          label: { zh: '个人提成（%）', en: 'Individual (%)' },
          decimals: 2,
        },
        {
          name: 'collectivePercent',
          type: 'number',
          label: { zh: '集体提成（%）', en: 'Collective (%)' },
          decimals: 2,
        },
      ],
    },
  ],
  rules: [
    {
      field: 'points',
      message: { zh: '规则需有得分或提成', en: 'A rule needs points or a commission' },
      test: (r) => (typeof r.points === 'number' && r.points !== 0) || hasMoney(r.money),
    },
  ],
  related: [{ resource: 'appraisal-events', field: 'ruleId' }],
});

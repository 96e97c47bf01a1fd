import { defineResource } from '../schema/resource';
import { options } from './options';

export const COLLECTIVE_MODES = options([
  ['each_member', '每位组员全额承担', 'Each member bears it all', 'blue'],
  ['split_equally', '组员平均分摊', 'Split equally', 'green'],
]);

/** 考核设置: the one record (id 1) of the pay formula's constants (seed 002 各岗位工资构成). */
export const appraisalSettings = defineResource({
  name: 'appraisal-settings',
  label: { zh: '考核设置', en: 'Appraisal settings' },
  group: 'appraisal',
  icon: 'ControlOutlined',
  titleField: 'fullAttendanceRuleCode',
  singleton: true,
  fields: [
    {
      name: 'pointValueYuan',
      type: 'money',
      label: { zh: '每分折合（元）', en: 'Yuan per point' },
      required: true,
      min: 0,
      default: 1,
      help: { zh: '业务提成：考核 1 分折合 1 元', en: 'Commission: one point is worth one yuan' },
    },
    {
      name: 'collectivePointsMode',
      type: 'enum',
      label: { zh: '集体分计入方式', en: 'Collective points' },
      required: true,
      options: COLLECTIVE_MODES,
      default: 'each_member',
    },
    {
      name: 'collectiveMoneyMode',
      type: 'enum',
      label: { zh: '集体提成分配方式', en: 'Collective commission' },
      required: true,
      options: COLLECTIVE_MODES,
      default: 'split_equally',
    },
    {
      name: 'fullAttendanceBonus',
      type: 'money',
      label: { zh: '全勤奖（元/月）', en: 'Full-attendance bonus (¥/month)' },
      required: true,
      min: 0,
      default: 30,
    },
    {
      name: 'fullAttendanceRuleCode',
      type: 'text',
      label: { zh: '全勤判定规则', en: 'Full-attendance rule' },
      required: true,
      maxLength: 10,
      default: 'D04',
      help: {
        zh: '当月有此规则的考核记录（迟到、早退、旷工）即无全勤奖',
        en: 'A month with an event of this rule (late, early leave, absence) earns no full-attendance bonus',
      },
    },
    {
      name: 'leaderAllowance',
      type: 'money',
      label: { zh: '组长岗位津贴（元/月）', en: 'Leader allowance (¥/month)' },
      required: true,
      min: 0,
      default: 200,
    },
  ],
});

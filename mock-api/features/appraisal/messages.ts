import { format, type Labels, type Lang } from '../../../src/schema/labels';

/** The appraisal area's refusals, in both languages (field errors beside the form's fields). */
const MESSAGES = {
  noTeam: { zh: '该员工不属于任何考核小组', en: 'This employee belongs to no appraisal team' },
  leaderOnly: { zh: '“{rule}”只适用于组长', en: '"{rule}" applies to the team leader only' },
  memberOnly: { zh: '“{rule}”只适用于组员，不适用于组长', en: '"{rule}" applies to members, not the leader' },
  inactiveRule: { zh: '规则“{rule}”已停用，不能再登记', en: 'Rule "{rule}" is inactive: no new events' },
  futureDate: {
    zh: '不能登记未来的日期（今天是 {today}）',
    en: 'Cannot record a future day (today is {today})',
  },
  notEmployed: {
    zh: '该员工在 {date} 不在职',
    en: 'This employee was not employed on {date}',
  },
  feeRequired: {
    zh: '按费用比例提成的规则需填写费用',
    en: 'A rule paid as a share of the fee needs the fee',
  },
  effectiveFromRequired: {
    zh: '修改得分、加重或提成须选择生效月份，且不早于本月（{month}），以免改动已结算的月份',
    en: 'Changing points, escalation or money needs an effective month no earlier than this one ({month}), so past months stay as they were',
  },
  teamRequired: { zh: '请选择考核小组', en: 'Choose a team' },
  teamNotFound: { zh: '考核小组不存在', en: 'No such team' },
  dateRequired: { zh: '请选择日期（YYYY-MM-DD）', en: 'Choose a day (YYYY-MM-DD)' },
  notInTeam: { zh: '该员工不是此考核小组的成员', en: 'This employee is not a member of this team' },
  ruleNotFound: { zh: '考核规则不存在', en: 'No such rule' },
  conversionInGrid: {
    zh: '成功率提成由咨询登记生成，不在日录入表中登记',
    en: 'Conversions come from consultations, not from the daily grid',
  },
  countInvalid: { zh: '次数须为 0–999 的整数', en: 'The count must be a whole number 0–999' },
  cellsRequired: { zh: '请提供录入的单元格列表', en: 'Send the list of cells' },
  duplicateCell: { zh: '同一员工同一规则重复出现', en: 'The same employee and rule appear twice' },
} satisfies Record<string, Labels>;

export type AppraisalMessageKey = keyof typeof MESSAGES;

export function appraisalMessage(
  key: AppraisalMessageKey,
  lang: Lang,
  params?: Record<string, string | number>,
): string {
  return format(MESSAGES[key][lang], params);
}

import { defineResource } from '../schema/resource';
import { options } from './options';

export const SANCTION_KINDS = options([
  ['reward', '奖励', 'Reward', 'green'],
  ['penalty', '处罚', 'Penalty', 'red'],
]);

/** 处分级别 and 表扬 (seed 003 奖惩原则与制度). */
export const SANCTION_LEVELS = options([
  ['commendation', '表扬', 'Commendation', 'green'],
  ['warning', '警告', 'Warning', 'gold'],
  ['minor_demerit', '记过', 'Demerit', 'orange'],
  ['major_demerit', '记大过', 'Major demerit', 'volcano'],
  ['dismissal', '辞退', 'Dismissal', 'red'],
]);

/** 奖惩记录 (员工过失处罚单): rewards, and penalties of staff found responsible for a complaint. */
export const sanctions = defineResource({
  name: 'sanctions',
  label: { zh: '奖惩记录', en: 'Rewards & penalties' },
  group: 'quality',
  icon: 'FlagOutlined',
  titleField: 'reason',
  defaultSort: [{ field: 'decidedOn', order: 'desc' }],
  fields: [
    {
      name: 'employeeId',
      type: 'reference',
      resource: 'employees',
      label: { zh: '员工', en: 'Employee' },
      required: true,
    },
    {
      name: 'kind',
      type: 'enum',
      label: { zh: '奖惩类型', en: 'Kind' },
      required: true,
      options: SANCTION_KINDS,
    },
    {
      name: 'level',
      type: 'enum',
      label: { zh: '级别', en: 'Level' },
      required: true,
      options: SANCTION_LEVELS,
    },
    { name: 'reason', type: 'text', label: { zh: '事由', en: 'Reason' }, required: true, maxLength: 200 },
    {
      name: 'complaintId',
      type: 'reference',
      resource: 'complaints',
      label: { zh: '相关投诉', en: 'Complaint' },
      help: { zh: '因投诉认定责任而处罚时关联', en: 'Link when the penalty follows a complaint' },
    },
    {
      name: 'amount',
      type: 'money',
      label: { zh: '奖金/罚款（元）', en: 'Bonus / fine (¥)' },
      min: 0,
      help: { zh: '奖励为奖金，处罚为罚款', en: 'A bonus for a reward, a fine for a penalty' },
    },
    { name: 'decidedOn', type: 'date', label: { zh: '决定日期', en: 'Decided on' }, required: true },
    {
      name: 'approvedById',
      type: 'reference',
      resource: 'users',
      label: { zh: '批准人', en: 'Approved by' },
      hideInList: true,
      help: { zh: '批准此奖惩的院长或经理', en: 'The manager who approved it' },
    },
  ],
  rules: [
    {
      field: 'level',
      message: {
        zh: '奖励对应“表扬”，处罚对应警告至辞退',
        en: 'A reward is a commendation; a penalty is a warning or worse',
      },
      test: (r) =>
        r.kind == null || r.level == null || (r.kind === 'reward') === (r.level === 'commendation'),
    },
  ],
});

import { defineResource } from '../schema/resource';
import { options } from './options';

export const FOLLOW_UP_SUBJECTS = options([
  ['care-record', '护理记录', 'Care record', 'cyan'],
  ['contract', '服务合同', 'Contract', 'blue'],
  ['complaint', '投诉', 'Complaint', 'orange'],
]);

export const FOLLOW_UP_METHODS = options([
  ['phone', '电话', 'Phone'],
  ['sms', '短信', 'SMS'],
  ['wechat', '微信', 'WeChat'],
  ['visit', '上门/到店', 'Visit'],
]);

export const FOLLOW_UP_RESULTS = options([
  ['reached', '回访成功', 'Reached', 'green'],
  ['unreachable', '联系不上', 'Unreachable', 'orange'],
  ['refused', '拒绝回访', 'Refused', 'red'],
]);

/** 回访: calls after care, after a contract ends and after a complaint is resolved (seed 003 回访制度). */
export const followUps = defineResource({
  name: 'follow-ups',
  label: { zh: '回访', en: 'Follow-ups' },
  group: 'customers',
  icon: 'PhoneOutlined',
  titleField: 'dueOn',
  defaultSort: [{ field: 'dueOn', order: 'desc' }],
  fields: [
    {
      name: 'customerId',
      type: 'reference',
      resource: 'customers',
      label: { zh: '顾客', en: 'Customer' },
      required: true,
    },
    {
      name: 'branchId',
      type: 'reference',
      resource: 'branches',
      label: { zh: '机构', en: 'Branch' },
      required: true,
    },
    {
      name: 'subjectType',
      type: 'enum',
      label: { zh: '回访事由', en: 'Subject' },
      required: true,
      options: FOLLOW_UP_SUBJECTS,
    },
    {
      name: 'subjectId',
      type: 'integer',
      label: { zh: '事由记录编号', en: 'Subject record id' },
      required: true,
      min: 1,
      hideInList: true,
      noFilter: true,
      help: {
        zh: '回访所针对的护理记录、合同或投诉的编号',
        en: 'The id of the care record, contract or complaint followed up',
      },
    },
    {
      name: 'staffId',
      type: 'reference',
      resource: 'employees',
      label: { zh: '回访人', en: 'Staff' },
      required: true,
    },
    { name: 'dueOn', type: 'date', label: { zh: '应回访日期', en: 'Due on' }, required: true },
    { name: 'doneAt', type: 'datetime', label: { zh: '回访时间', en: 'Done at' } },
    {
      name: 'method',
      type: 'enum',
      label: { zh: '回访方式', en: 'Method' },
      required: true,
      options: FOLLOW_UP_METHODS,
      default: 'phone',
    },
    {
      name: 'result',
      type: 'enum',
      label: { zh: '回访结果', en: 'Result' },
      options: FOLLOW_UP_RESULTS,
      help: { zh: '回访完成后填写', en: 'Filled in once done' },
    },
    {
      name: 'notes',
      type: 'longText',
      label: { zh: '回访记录', en: 'Notes' },
      maxLength: 2000,
      hideInList: true,
    },
  ],
  rules: [
    {
      field: 'result',
      message: { zh: '已回访需填写回访结果', en: 'A follow-up done needs its result' },
      test: (r) => r.doneAt == null || r.result != null,
    },
    {
      field: 'doneAt',
      message: { zh: '填写回访结果时需填写回访时间', en: 'A result needs the time it was obtained' },
      test: (r) => r.result == null || r.doneAt != null,
    },
  ],
});

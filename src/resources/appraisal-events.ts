import { defineResource } from '../schema/resource';

/** 考核记录: occurrences of a rule (per day, with a count), from which the month's points come. */
export const appraisalEvents = defineResource({
  name: 'appraisal-events',
  label: { zh: '考核记录', en: 'Appraisal events' },
  group: 'appraisal',
  icon: 'CarryOutOutlined',
  titleField: 'occurredOn',
  defaultSort: [{ field: 'occurredOn', order: 'desc' }],
  fields: [
    {
      name: 'employeeId',
      type: 'reference',
      resource: 'employees',
      label: { zh: '员工', en: 'Employee' },
      required: true,
    },
    {
      name: 'ruleId',
      type: 'reference',
      resource: 'appraisal-rules',
      label: { zh: '考核规则', en: 'Rule' },
      required: true,
    },
    { name: 'occurredOn', type: 'date', label: { zh: '发生日期', en: 'Occurred on' }, required: true },
    {
      name: 'count',
      type: 'integer',
      label: { zh: '次数', en: 'Count' },
      required: true,
      min: 1,
      max: 999,
      default: 1,
    },
    {
      name: 'fee',
      type: 'money',
      label: { zh: '费用（元）', en: 'Fee (¥)' },
      min: 0,
      help: {
        zh: '按比例提成的规则（如整形就诊）所依据的费用',
        en: 'For percentage rules (e.g. surgery): the fee the share is of',
      },
    },
    { name: 'note', type: 'text', label: { zh: '备注', en: 'Note' }, maxLength: 200, hideInList: true },
    {
      name: 'recordedById',
      type: 'reference',
      resource: 'users',
      label: { zh: '登记人', en: 'Recorded by' },
      readOnly: true,
      hideInList: true,
      help: { zh: '由系统记录为登记的用户', en: 'Set by the system to the user who recorded it' },
    },
    {
      name: 'consultationId',
      type: 'reference',
      resource: 'consultations',
      label: { zh: '来源咨询', en: 'From consultation' },
      readOnly: true,
      hideInList: true,
      help: {
        zh: '由咨询结果自动生成的提成记录所对应的咨询登记；每条咨询只生成一次',
        en: 'The consultation whose outcome created this conversion event (once per consultation)',
      },
    },
  ],
});

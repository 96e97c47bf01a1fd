import { defineResource } from '../schema/resource';
import { SEVERITIES } from './options';

/** 投诉处理期限 (投诉反应调查处理期限要求): calendar hours from receipt, by severity. */
export const complaintDeadlines = defineResource({
  name: 'complaint-deadlines',
  label: { zh: '投诉处理期限', en: 'Complaint deadlines' },
  group: 'quality',
  icon: 'FieldTimeOutlined',
  titleField: 'severity',
  defaultSort: [
    { field: 'respondHours', order: 'asc' },
    { field: 'resolveHours', order: 'asc' },
  ],
  fields: [
    {
      name: 'severity',
      type: 'enum',
      label: { zh: '严重程度', en: 'Severity' },
      required: true,
      unique: true,
      options: SEVERITIES,
    },
    {
      name: 'respondHours',
      type: 'integer',
      label: { zh: '响应时限（小时）', en: 'Respond within (hours)' },
      required: true,
      min: 1,
      max: 720,
      help: {
        zh: '自投诉时间起，受理并答复顾客的期限',
        en: 'From receipt, to acknowledge and answer the complainant',
      },
    },
    {
      name: 'resolveHours',
      type: 'integer',
      label: { zh: '处理时限（小时）', en: 'Resolve within (hours)' },
      required: true,
      min: 1,
      max: 8760,
      help: {
        zh: '自投诉时间起，处理完毕的期限（自然小时）',
        en: 'From receipt, to resolve (calendar hours)',
      },
    },
  ],
  rules: [
    {
      field: 'resolveHours',
      message: { zh: '处理时限不能短于响应时限', en: 'Cannot be shorter than the response time' },
      test: (r) =>
        r.resolveHours == null ||
        r.respondHours == null ||
        (r.resolveHours as number) >= (r.respondHours as number),
    },
  ],
});

import { defineResource } from '../schema/resource';
import { options } from './options';

export const SURVEY_CHANNELS = options([
  ['face_to_face', '面对面', 'Face to face', 'green'],
  ['online', '在线问卷', 'Online', 'blue'],
  ['phone', '电话调查', 'Phone', 'cyan'],
]);

export const INVALID_REASONS = options([
  ['incomplete', '答卷不完整', 'Incomplete', 'orange'],
  ['duplicate', '重复提交', 'Duplicate', 'gold'],
  ['test', '测试数据', 'Test', 'default'],
  ['careless', '随意作答', 'Careless', 'volcano'],
  ['other', '其他', 'Other', 'default'],
]);

/**
 * 调查答卷. Invalid answers are kept (剔除无效问卷 excludes them from the metrics, never deletes
 * them); the metrics recheck completeness themselves rather than trusting `valid`.
 */
export const surveyResponses = defineResource({
  name: 'survey-responses',
  label: { zh: '满意度调查答卷', en: 'Survey responses' },
  group: 'quality',
  icon: 'SmileOutlined',
  titleField: 'submittedAt',
  defaultSort: [{ field: 'submittedAt', order: 'desc' }],
  fields: [
    {
      name: 'templateId',
      type: 'reference',
      resource: 'survey-templates',
      label: { zh: '调查表', en: 'Template' },
      required: true,
      hideInList: true,
    },
    {
      name: 'branchId',
      type: 'reference',
      resource: 'branches',
      label: { zh: '机构', en: 'Branch' },
      required: true,
    },
    { name: 'customerId', type: 'reference', resource: 'customers', label: { zh: '顾客', en: 'Customer' } },
    {
      name: 'staffId',
      type: 'reference',
      resource: 'employees',
      label: { zh: '被评价员工', en: 'Staff' },
      help: { zh: '答卷评价的服务人员，可空', en: 'The member of staff the answers are about, if any' },
    },
    {
      name: 'serviceItemId',
      type: 'reference',
      resource: 'service-items',
      label: { zh: '服务项目', en: 'Service item' },
      hideInList: true,
    },
    {
      name: 'channel',
      type: 'enum',
      label: { zh: '调查方式', en: 'Channel' },
      required: true,
      options: SURVEY_CHANNELS,
    },
    { name: 'submittedAt', type: 'datetime', label: { zh: '提交时间', en: 'Submitted at' }, required: true },
    {
      name: 'scores',
      type: 'scoreMap',
      label: { zh: '各维度评分', en: 'Scores' },
      required: true,
      integer: true,
      min: 0,
      max: 10,
      hideInList: true,
      help: { zh: '维度代码 → 分数，在模板分制之内', en: 'Dimension key → score within the template scale' },
    },
    {
      name: 'nps',
      type: 'integer',
      label: { zh: '推荐意愿（0–10）', en: 'NPS answer (0–10)' },
      min: 0,
      max: 10,
    },
    {
      name: 'comment',
      type: 'longText',
      label: { zh: '意见和建议', en: 'Comment' },
      maxLength: 2000,
      hideInList: true,
    },
    {
      name: 'valid',
      type: 'boolean',
      label: { zh: '有效答卷', en: 'Valid' },
      default: true,
      help: { zh: '无效答卷保留但不计入统计', en: 'Invalid responses are kept but left out of the metrics' },
    },
    {
      name: 'invalidReason',
      type: 'enum',
      label: { zh: '无效原因', en: 'Invalid because' },
      options: INVALID_REASONS,
    },
  ],
  rules: [
    {
      field: 'invalidReason',
      message: { zh: '标为无效时需选择无效原因', en: 'An invalid response needs a reason' },
      test: (r) => r.valid !== false || r.invalidReason != null,
    },
    {
      field: 'invalidReason',
      message: { zh: '有效答卷不应有无效原因', en: 'A valid response has no invalid reason' },
      test: (r) => r.valid === false || r.invalidReason == null,
    },
  ],
});

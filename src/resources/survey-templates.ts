import { defineResource } from '../schema/resource';

interface Dimension {
  weight?: number | null;
  required?: boolean | null;
}

/** 调查表模板: the questions of a satisfaction survey (seed 003 服务满意度调查表). */
export const surveyTemplates = defineResource({
  name: 'survey-templates',
  label: { zh: '满意度调查表模板', en: 'Survey templates' },
  group: 'quality',
  icon: 'FormOutlined',
  titleField: 'name',
  defaultSort: [{ field: 'name', order: 'asc' }],
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { zh: '模板名称', en: 'Name' },
      required: true,
      unique: true,
      maxLength: 60,
    },
    {
      name: 'scale',
      type: 'integer',
      label: { zh: '评分分制', en: 'Scale' },
      required: true,
      min: 5,
      max: 10,
      default: 5,
      help: {
        zh: '5 分制（1 非常不满意 … 5 非常满意）或 10 分制',
        en: '5 points (1 very dissatisfied … 5 very satisfied) or 10 points',
      },
    },
    {
      name: 'dimensions',
      type: 'objectList',
      label: { zh: '评价维度', en: 'Dimensions' },
      required: true,
      minItems: 1,
      uniqueBy: 'key',
      hideInList: true,
      fields: [
        {
          name: 'key',
          type: 'text',
          label: { zh: '维度代码', en: 'Key' },
          required: true,
          maxLength: 40,
          pattern: {
            source: '^[a-z][A-Za-z0-9]*$',
            message: {
              zh: '小写字母开头的英文字母或数字，如 attitude',
              en: 'Letters and digits from a lower-case letter, e.g. attitude',
            },
          },
          help: {
            zh: '答卷中该维度得分的键，启用后不要修改',
            en: 'The key of its score in each response: do not change it once in use',
          },
        },
        {
          name: 'label',
          type: 'text',
          label: { zh: '维度名称', en: 'Label' },
          required: true,
          maxLength: 60,
        },
        {
          name: 'weight',
          type: 'number',
          label: { zh: '权重', en: 'Weight' },
          required: true,
          min: 0.01,
          max: 100,
          decimals: 2,
          help: { zh: '综合满意度按权重加权平均', en: 'The composite is the weighted mean' },
        },
        { name: 'required', type: 'boolean', label: { zh: '必答', en: 'Required' } },
      ],
    },
    {
      name: 'hasNps',
      type: 'boolean',
      label: { zh: '含推荐意愿（NPS）', en: 'Asks NPS' },
      default: true,
      help: {
        zh: '“您有多大可能向亲友推荐我们？”0–10 分',
        en: '"How likely are you to recommend us?" 0–10',
      },
    },
    { name: 'active', type: 'boolean', label: { zh: '启用', en: 'Active' }, default: true },
  ],
  rules: [
    {
      field: 'scale',
      message: { zh: '分制只能是 5 或 10', en: 'The scale is 5 or 10' },
      test: (r) => r.scale == null || r.scale === 5 || r.scale === 10,
    },
    {
      field: 'dimensions',
      message: { zh: '至少一个维度为必答', en: 'At least one dimension must be required' },
      test: (r) =>
        !Array.isArray(r.dimensions) || (r.dimensions as Dimension[]).some((d) => d.required === true),
    },
  ],
  related: [{ resource: 'survey-responses', field: 'templateId' }],
});

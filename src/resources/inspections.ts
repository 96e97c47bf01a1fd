import { defineResource } from '../schema/resource';
import { options } from './options';
import { notBefore } from './rules';

/** The three inspections of seed 003's 检查管理制度. */
export const INSPECTION_KINDS = options([
  ['self_check', '各院自查', 'Branch self-check', 'blue'],
  ['quality_team', '检查小组检查', 'Quality team inspection', 'purple'],
  ['admin_rounds', '集团行政查房', 'Group admin rounds', 'gold'],
]);

/** 服务质量检查: a checklist with its score, findings and rectification (整改). */
export const inspections = defineResource({
  name: 'inspections',
  label: { zh: '服务质量检查', en: 'Inspections' },
  group: 'quality',
  icon: 'FileSearchOutlined',
  titleField: 'inspectedOn',
  defaultSort: [{ field: 'inspectedOn', order: 'desc' }],
  fields: [
    {
      name: 'branchId',
      type: 'reference',
      resource: 'branches',
      label: { zh: '受检机构', en: 'Branch' },
      required: true,
    },
    {
      name: 'kind',
      type: 'enum',
      label: { zh: '检查类型', en: 'Kind' },
      required: true,
      options: INSPECTION_KINDS,
    },
    {
      name: 'inspectorId',
      type: 'reference',
      resource: 'employees',
      label: { zh: '检查人', en: 'Inspector' },
      required: true,
    },
    { name: 'inspectedOn', type: 'date', label: { zh: '检查日期', en: 'Inspected on' }, required: true },
    {
      name: 'items',
      type: 'objectList',
      label: { zh: '检查项目', en: 'Checklist' },
      required: true,
      minItems: 1,
      uniqueBy: 'item',
      hideInList: true,
      fields: [
        { name: 'item', type: 'text', label: { zh: '检查项', en: 'Item' }, required: true, maxLength: 100 },
        { name: 'passed', type: 'boolean', label: { zh: '合格', en: 'Passed' }, required: true },
        { name: 'note', type: 'text', label: { zh: '说明', en: 'Note' }, maxLength: 200 },
      ],
    },
    {
      name: 'score',
      type: 'number',
      label: { zh: '得分', en: 'Score' },
      required: true,
      min: 0,
      max: 100,
      decimals: 1,
    },
    {
      name: 'findings',
      type: 'longText',
      label: { zh: '发现的问题', en: 'Findings' },
      maxLength: 4000,
      hideInList: true,
    },
    { name: 'rectifyBy', type: 'date', label: { zh: '整改期限', en: 'Rectify by' } },
    { name: 'rectifiedAt', type: 'datetime', label: { zh: '整改完成时间', en: 'Rectified at' } },
  ],
  rules: [
    notBefore('rectifyBy', 'inspectedOn', {
      zh: '整改期限不能早于检查日期',
      en: 'Cannot be before the inspection',
    }),
    {
      field: 'rectifyBy',
      message: { zh: '有不合格项时需定整改期限', en: 'A failed item needs a rectification deadline' },
      test: (r) =>
        r.rectifyBy != null ||
        !Array.isArray(r.items) ||
        (r.items as { passed?: boolean }[]).every((i) => i.passed !== false),
    },
  ],
});

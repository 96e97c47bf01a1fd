import { defineResource } from '../schema/resource';
import { options } from './options';

export const SERVICE_CATEGORIES = options([
  ['postpartum_repair', '产后修复', 'Postpartum repair', 'magenta'],
  ['skin_care', '皮肤护理', 'Skin care', 'pink'],
  ['body_care', '身体护理', 'Body care', 'orange'],
  ['rehab_training', '康复训练', 'Rehabilitation training', 'green'],
  ['injection', '注射美容', 'Injection', 'purple'],
  ['plastic_surgery', '整形手术', 'Plastic surgery', 'red'],
  ['consultation', '咨询面诊', 'Consultation', 'blue'],
]);

export const serviceItems = defineResource({
  name: 'service-items',
  label: { zh: '服务项目', en: 'Service items' },
  group: 'customers',
  icon: 'ShoppingOutlined',
  titleField: 'name',
  defaultSort: [{ field: 'code', order: 'asc' }],
  fields: [
    {
      name: 'code',
      type: 'text',
      label: { zh: '项目编码', en: 'Code' },
      required: true,
      unique: true,
      maxLength: 20,
    },
    { name: 'name', type: 'text', label: { zh: '项目名称', en: 'Name' }, required: true, maxLength: 60 },
    {
      name: 'category',
      type: 'enum',
      label: { zh: '项目类别', en: 'Category' },
      required: true,
      options: SERVICE_CATEGORIES,
    },
    {
      name: 'price',
      type: 'money',
      label: { zh: '标准价（元/次）', en: 'List price (¥/session)' },
      required: true,
      min: 0,
    },
    {
      name: 'durationMin',
      type: 'integer',
      label: { zh: '时长（分钟）', en: 'Duration (min)' },
      required: true,
      min: 1,
      max: 720,
    },
    { name: 'active', type: 'boolean', label: { zh: '在售', en: 'Active' }, default: true },
  ],
});

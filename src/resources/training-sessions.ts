import { defineResource } from '../schema/resource';
import { options } from './options';

export const TRAINING_CATEGORIES = options([
  ['skills', '专业技能', 'Skills', 'blue'],
  ['service_awareness', '服务意识', 'Service awareness', 'green'],
  ['management', '管理能力', 'Management', 'purple'],
  ['safety', '安全', 'Safety', 'red'],
]);

export const TRAINING_METHODS = options([
  ['internal', '内部培训', 'Internal', 'blue'],
  ['external', '外部培训', 'External', 'gold'],
  ['online', '在线学习', 'Online', 'cyan'],
]);

/** 培训: sessions of the annual training plan (seeds 000, 001). */
export const trainingSessions = defineResource({
  name: 'training-sessions',
  label: { zh: '培训课程', en: 'Training sessions' },
  group: 'training',
  icon: 'ReadOutlined',
  titleField: 'topic',
  defaultSort: [{ field: 'heldOn', order: 'desc' }],
  fields: [
    {
      name: 'branchId',
      type: 'reference',
      resource: 'branches',
      label: { zh: '机构', en: 'Branch' },
      required: true,
    },
    { name: 'topic', type: 'text', label: { zh: '培训主题', en: 'Topic' }, required: true, maxLength: 100 },
    {
      name: 'category',
      type: 'enum',
      label: { zh: '培训类别', en: 'Category' },
      required: true,
      options: TRAINING_CATEGORIES,
    },
    {
      name: 'method',
      type: 'enum',
      label: { zh: '培训方式', en: 'Method' },
      required: true,
      options: TRAINING_METHODS,
    },
    {
      name: 'trainerName',
      type: 'text',
      label: { zh: '培训讲师', en: 'Trainer' },
      required: true,
      maxLength: 60,
    },
    { name: 'heldOn', type: 'date', label: { zh: '培训日期', en: 'Held on' }, required: true },
    {
      name: 'hours',
      type: 'number',
      label: { zh: '学时', en: 'Hours' },
      required: true,
      min: 0.5,
      max: 200,
      decimals: 1,
    },
    {
      name: 'attendeeIds',
      type: 'referenceList',
      resource: 'employees',
      label: { zh: '参训员工', en: 'Attendees' },
      hideInList: true,
    },
  ],
  related: [{ resource: 'training-assessments', field: 'sessionId' }],
});

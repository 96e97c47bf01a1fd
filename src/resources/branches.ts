import { defineResource } from '../schema/resource';
import { options } from './options';

export const BRANCH_TYPES = options([
  ['postpartum_center', '产后修复中心', 'Postpartum recovery centre', 'magenta'],
  ['beauty_salon', '美容院', 'Beauty salon', 'purple'],
  ['aesthetic_clinic', '医美/整形医院', 'Medical-aesthetics clinic', 'geekblue'],
]);

export const branches = defineResource({
  name: 'branches',
  label: { zh: '机构', en: 'Branches' },
  group: 'organisation',
  icon: 'BankOutlined',
  titleField: 'name',
  defaultSort: [{ field: 'code', order: 'asc' }],
  fields: [
    {
      name: 'code',
      type: 'text',
      label: { zh: '机构编码', en: 'Code' },
      required: true,
      unique: true,
      maxLength: 10,
      pattern: {
        source: '^[A-Z]{2}[0-9]{2}$',
        message: { zh: '两个大写字母加两位数字，如 BJ01', en: 'Two capitals and two digits, e.g. BJ01' },
      },
    },
    { name: 'name', type: 'text', label: { zh: '机构名称', en: 'Name' }, required: true, maxLength: 60 },
    { name: 'city', type: 'text', label: { zh: '城市', en: 'City' }, required: true, maxLength: 30 },
    {
      name: 'type',
      type: 'enum',
      label: { zh: '机构类型', en: 'Type' },
      required: true,
      options: BRANCH_TYPES,
    },
    { name: 'openedOn', type: 'date', label: { zh: '开业日期', en: 'Opened on' } },
    { name: 'active', type: 'boolean', label: { zh: '营业中', en: 'Active' }, default: true },
  ],
  related: [
    { resource: 'departments', field: 'branchId' },
    { resource: 'teams', field: 'branchId' },
  ],
});

import { defineResource } from '../schema/resource';

/** 考核小组: the "集体" (collective) of the point rules (DOMAIN §5.1). */
export const teams = defineResource({
  name: 'teams',
  label: { zh: '考核小组', en: 'Teams' },
  group: 'organisation',
  icon: 'TeamOutlined',
  titleField: 'name',
  defaultSort: [
    { field: 'branchId', order: 'asc' },
    { field: 'name', order: 'asc' },
  ],
  fields: [
    {
      name: 'branchId',
      type: 'reference',
      resource: 'branches',
      label: { zh: '所属机构', en: 'Branch' },
      required: true,
    },
    { name: 'name', type: 'text', label: { zh: '小组名称', en: 'Name' }, required: true, maxLength: 60 },
    {
      name: 'leaderId',
      type: 'reference',
      resource: 'employees',
      label: { zh: '组长', en: 'Leader' },
      help: {
        zh: '组长按组长标准考核，并享受岗位津贴',
        en: 'The leader is appraised by the leader rules and receives the leader allowance',
      },
    },
  ],
  related: [
    { resource: 'employees', field: 'teamId' },
    { resource: 'monthly-awards', field: 'teamId' },
  ],
});

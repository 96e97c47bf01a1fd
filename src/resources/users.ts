import { defineResource } from '../schema/resource';
import { options } from './options';

/** Roles of DOMAIN §9; what each may do is the backend's access table. */
export const USER_ROLES = options([
  ['admin', '系统管理员', 'Administrator', 'red'],
  ['manager', '院长/经理', 'Manager', 'purple'],
  ['cs_staff', '客服专员/咨询员', 'Customer service', 'blue'],
  ['quality_supervisor', '质检主管', 'Quality supervisor', 'orange'],
  ['finance', '财务', 'Finance', 'gold'],
  ['therapist', '修复师', 'Therapist', 'cyan'],
]);

export const users = defineResource({
  name: 'users',
  label: { zh: '用户', en: 'Users' },
  group: 'system',
  icon: 'UserOutlined',
  titleField: 'displayName',
  defaultSort: [{ field: 'username', order: 'asc' }],
  fields: [
    {
      name: 'username',
      type: 'text',
      label: { zh: '登录名', en: 'Username' },
      required: true,
      unique: true,
      maxLength: 32,
      pattern: {
        source: '^[a-z][a-z0-9_.-]{1,31}$',
        message: {
          zh: '2–32 位小写字母、数字或 _ . -，以字母开头',
          en: '2–32 lower-case letters, digits or _ . -, starting with a letter',
        },
      },
    },
    {
      name: 'displayName',
      type: 'text',
      label: { zh: '姓名', en: 'Display name' },
      required: true,
      maxLength: 40,
    },
    { name: 'role', type: 'enum', label: { zh: '角色', en: 'Role' }, required: true, options: USER_ROLES },
    {
      name: 'branchIds',
      type: 'referenceList',
      resource: 'branches',
      label: { zh: '可访问机构', en: 'Branches' },
      help: { zh: '留空表示全部机构', en: 'Empty means every branch' },
    },
    {
      name: 'employeeId',
      type: 'reference',
      resource: 'employees',
      label: { zh: '对应员工', en: 'Employee' },
      help: {
        zh: '修复师据此只看到自己的预约和护理记录',
        en: 'A therapist sees only their own appointments and care records',
      },
    },
    { name: 'active', type: 'boolean', label: { zh: '启用', en: 'Active' }, default: true },
    {
      // A salted scrypt hash (mock-api/auth/password.ts), set only through the password routes
      // and never sent back by the API.
      name: 'passwordHash',
      type: 'text',
      label: { zh: '密码散列', en: 'Password hash' },
      readOnly: true,
      secret: true,
      noFilter: true,
      hideInList: true,
      maxLength: 300,
    },
  ],
  related: [{ resource: 'audit-logs', field: 'userId' }],
});

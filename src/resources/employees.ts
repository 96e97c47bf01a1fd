import { defineResource } from '../schema/resource';
import { GENDER, ROLE_GROUPS } from './options';
import { notBefore } from './rules';

export const employees = defineResource({
  name: 'employees',
  label: { zh: '员工', en: 'Employees' },
  group: 'organisation',
  icon: 'IdcardOutlined',
  titleField: 'name',
  defaultSort: [{ field: 'employeeNo', order: 'asc' }],
  fields: [
    {
      name: 'employeeNo',
      type: 'text',
      label: { zh: '工号', en: 'Employee no.' },
      required: true,
      unique: true,
      maxLength: 20,
    },
    { name: 'name', type: 'text', label: { zh: '姓名', en: 'Name' }, required: true, maxLength: 40 },
    {
      name: 'gender',
      type: 'enum',
      label: { zh: '性别', en: 'Gender' },
      required: true,
      options: GENDER,
      hideInList: true,
    },
    { name: 'phone', type: 'phone', label: { zh: '手机号', en: 'Phone' }, hideInList: true },
    {
      name: 'branchId',
      type: 'reference',
      resource: 'branches',
      label: { zh: '所属机构', en: 'Branch' },
      required: true,
    },
    {
      name: 'departmentId',
      type: 'reference',
      resource: 'departments',
      label: { zh: '部门', en: 'Department' },
      required: true,
    },
    { name: 'teamId', type: 'reference', resource: 'teams', label: { zh: '考核小组', en: 'Team' } },
    {
      name: 'position',
      type: 'text',
      label: { zh: '岗位', en: 'Position' },
      required: true,
      maxLength: 40,
      help: {
        zh: '如 产后修复师、客服专员、网络咨询员、销售代表',
        en: 'E.g. 产后修复师 (therapist), 客服专员 (customer-service officer), 网络咨询员 (online consultant)',
      },
    },
    {
      name: 'roleGroup',
      type: 'enum',
      label: { zh: '考核类别', en: 'Role group' },
      required: true,
      options: ROLE_GROUPS,
      help: { zh: '决定适用的月度考核模板', en: 'Decides which KPI appraisal template applies' },
    },
    {
      name: 'baseSalary',
      type: 'money',
      label: { zh: '基本工资（元/月）', en: 'Base salary (¥/month)' },
      min: 0,
      hideInList: true,
      help: { zh: '参照劳动合同', en: 'As in the employment contract' },
    },
    {
      name: 'hiredOn',
      type: 'date',
      label: { zh: '入职日期', en: 'Hired on' },
      required: true,
      hideInList: true,
    },
    {
      name: 'leftOn',
      type: 'date',
      label: { zh: '离职日期', en: 'Left on' },
      help: { zh: '在职时留空', en: 'Empty while employed' },
    },
  ],
  rules: [
    notBefore('leftOn', 'hiredOn', {
      zh: '离职日期不能早于入职日期',
      en: 'Cannot be before the hiring date',
    }),
  ],
  related: [
    { resource: 'appraisal-events', field: 'employeeId' },
    { resource: 'monthly-appraisals', field: 'employeeId' },
    { resource: 'sanctions', field: 'employeeId' },
    { resource: 'training-assessments', field: 'employeeId' },
  ],
});

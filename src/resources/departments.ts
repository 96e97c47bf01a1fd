import { defineResource } from '../schema/resource';
import { options } from './options';

export const DEPARTMENT_KINDS = options([
  ['administration', '行政部', 'Administration', 'default'],
  ['business', '业务部', 'Business', 'gold'],
  ['technical', '技术部', 'Technical', 'cyan'],
  ['customer_service', '客服部', 'Customer service', 'green'],
  ['consulting', '咨询组', 'Consulting', 'blue'],
  ['medical', '医疗', 'Medical', 'red'],
]);

export const departments = defineResource({
  name: 'departments',
  label: { zh: '部门', en: 'Departments' },
  group: 'organisation',
  icon: 'ApartmentOutlined',
  titleField: 'name',
  defaultSort: [{ field: 'branchId', order: 'asc' }],
  fields: [
    {
      name: 'branchId',
      type: 'reference',
      resource: 'branches',
      label: { zh: '所属机构', en: 'Branch' },
      required: true,
    },
    { name: 'name', type: 'text', label: { zh: '部门名称', en: 'Name' }, required: true, maxLength: 60 },
    {
      name: 'kind',
      type: 'enum',
      label: { zh: '部门类别', en: 'Kind' },
      required: true,
      options: DEPARTMENT_KINDS,
    },
  ],
  related: [{ resource: 'employees', field: 'departmentId' }],
});

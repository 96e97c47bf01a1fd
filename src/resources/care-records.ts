import { defineResource } from '../schema/resource';

/** 护理记录: what was done at each session, kept in the customer's file (seed 001 护理记录). */
export const careRecords = defineResource({
  name: 'care-records',
  label: { zh: '护理记录', en: 'Care records' },
  group: 'customers',
  icon: 'MedicineBoxOutlined',
  titleField: 'performedAt',
  defaultSort: [{ field: 'performedAt', order: 'desc' }],
  fields: [
    {
      name: 'customerId',
      type: 'reference',
      resource: 'customers',
      label: { zh: '顾客', en: 'Customer' },
      required: true,
    },
    {
      name: 'branchId',
      type: 'reference',
      resource: 'branches',
      label: { zh: '机构', en: 'Branch' },
      required: true,
    },
    {
      name: 'appointmentId',
      type: 'reference',
      resource: 'appointments',
      label: { zh: '对应预约', en: 'Appointment' },
      hideInList: true,
      help: { zh: '无预约到店时留空', en: 'Empty for a visit without an appointment' },
    },
    {
      name: 'serviceItemId',
      type: 'reference',
      resource: 'service-items',
      label: { zh: '护理项目', en: 'Service item' },
      required: true,
    },
    {
      name: 'staffId',
      type: 'reference',
      resource: 'employees',
      label: { zh: '护理人员', en: 'Staff' },
      required: true,
    },
    { name: 'performedAt', type: 'datetime', label: { zh: '护理时间', en: 'Performed at' }, required: true },
    {
      name: 'effect',
      type: 'longText',
      label: { zh: '护理效果', en: 'Effect' },
      required: true,
      maxLength: 1000,
    },
    {
      name: 'reaction',
      type: 'longText',
      label: { zh: '顾客反应', en: 'Customer reaction' },
      maxLength: 1000,
      hideInList: true,
    },
    {
      name: 'advice',
      type: 'longText',
      label: { zh: '护理建议', en: 'Advice' },
      maxLength: 1000,
      hideInList: true,
    },
  ],
});

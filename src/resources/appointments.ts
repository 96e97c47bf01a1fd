import { defineResource } from '../schema/resource';
import { options } from './options';
import { notBefore } from './rules';

export const APPOINTMENT_STATUSES = options([
  ['booked', '已预约', 'Booked', 'blue'],
  ['confirmed', '已确认', 'Confirmed', 'cyan'],
  ['arrived', '已到店', 'Arrived', 'geekblue'],
  ['completed', '已完成', 'Completed', 'green'],
  ['no_show', '爽约', 'No-show', 'red'],
  ['cancelled', '已取消', 'Cancelled', 'default'],
]);

/** 预约: the first and later sessions of a service, confirmed by a call the day before (seed 000). */
export const appointments = defineResource({
  name: 'appointments',
  label: { zh: '预约', en: 'Appointments' },
  group: 'customers',
  icon: 'CalendarOutlined',
  titleField: 'startAt',
  defaultSort: [{ field: 'startAt', order: 'desc' }],
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
      name: 'serviceItemId',
      type: 'reference',
      resource: 'service-items',
      label: { zh: '服务项目', en: 'Service item' },
      required: true,
    },
    {
      name: 'staffId',
      type: 'reference',
      resource: 'employees',
      label: { zh: '服务人员', en: 'Staff' },
      required: true,
      help: { zh: '为顾客提供服务的修复师或技师', en: 'The therapist who serves the customer' },
    },
    { name: 'room', type: 'text', label: { zh: '护理房间', en: 'Room' }, maxLength: 30, hideInList: true },
    { name: 'startAt', type: 'datetime', label: { zh: '开始时间', en: 'Starts at' }, required: true },
    {
      name: 'endAt',
      type: 'datetime',
      label: { zh: '结束时间', en: 'Ends at' },
      required: true,
      hideInList: true,
    },
    {
      name: 'status',
      type: 'enum',
      label: { zh: '状态', en: 'Status' },
      required: true,
      options: APPOINTMENT_STATUSES,
      default: 'booked',
    },
    {
      name: 'confirmedAt',
      type: 'datetime',
      label: { zh: '电话确认时间', en: 'Confirmed at' },
      help: {
        zh: '预约前一天，客服人员再次与顾客确认服务时间和地点',
        en: 'The day before, customer service calls to confirm the time and place',
      },
    },
  ],
  rules: [
    notBefore('endAt', 'startAt', { zh: '结束时间应晚于开始时间', en: 'Must be after the start' }, true),
    notBefore('startAt', 'confirmedAt', {
      zh: '确认时间应在预约开始之前',
      en: 'The confirmation must come before the start',
    }),
  ],
  related: [{ resource: 'care-records', field: 'appointmentId' }],
});

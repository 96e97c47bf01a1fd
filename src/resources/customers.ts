import { defineResource } from '../schema/resource';
import { GENDER, options } from './options';

export const CUSTOMER_SOURCES = options([
  ['walk_in', '到店', 'Walk-in', 'default'],
  ['referral', '老客转介绍', 'Referral', 'green'],
  ['online', '网络', 'Online', 'blue'],
  ['phone', '电话', 'Phone', 'cyan'],
  ['event', '活动', 'Event', 'purple'],
]);

export const MEMBER_LEVELS = options([
  ['none', '非会员', 'None', 'default'],
  ['silver', '银卡', 'Silver', 'default'],
  ['gold', '金卡', 'Gold', 'gold'],
  ['vip', 'VIP', 'VIP', 'magenta'],
]);

/**
 * 顾客档案. Confidential (顾客档案保密): phone, address and birth date reach only the roles allowed
 * to see them; the backend masks them for the others and logs every opening of a full file.
 */
export const customers = defineResource({
  name: 'customers',
  label: { zh: '顾客档案', en: 'Customers' },
  group: 'customers',
  icon: 'ContactsOutlined',
  titleField: 'name',
  defaultSort: [{ field: 'customerNo', order: 'asc' }],
  fields: [
    {
      name: 'customerNo',
      type: 'text',
      label: { zh: '档案号', en: 'Customer no.' },
      required: true,
      unique: true,
      maxLength: 20,
    },
    { name: 'name', type: 'text', label: { zh: '姓名', en: 'Name' }, required: true, maxLength: 40 },
    { name: 'gender', type: 'enum', label: { zh: '性别', en: 'Gender' }, required: true, options: GENDER },
    { name: 'birthDate', type: 'date', label: { zh: '出生日期', en: 'Date of birth' }, hideInList: true },
    { name: 'phone', type: 'phone', label: { zh: '联系电话', en: 'Phone' }, required: true },
    {
      name: 'occupation',
      type: 'text',
      label: { zh: '职业', en: 'Occupation' },
      maxLength: 40,
      hideInList: true,
    },
    { name: 'address', type: 'text', label: { zh: '地址', en: 'Address' }, maxLength: 200, hideInList: true },
    {
      name: 'branchId',
      type: 'reference',
      resource: 'branches',
      label: { zh: '所属机构', en: 'Branch' },
      required: true,
    },
    { name: 'source', type: 'enum', label: { zh: '顾客来源', en: 'Source' }, options: CUSTOMER_SOURCES },
    {
      name: 'memberLevel',
      type: 'enum',
      label: { zh: '会员等级', en: 'Member level' },
      required: true,
      options: MEMBER_LEVELS,
      default: 'none',
    },
    {
      name: 'consentToContact',
      type: 'boolean',
      label: { zh: '同意回访联系', en: 'Consents to contact' },
      default: false,
      help: {
        zh: '顾客同意接受回访、满意度调查与活动通知',
        en: 'The customer agrees to follow-up calls, surveys and notices',
      },
    },
    { name: 'notes', type: 'longText', label: { zh: '备注', en: 'Notes' }, hideInList: true },
  ],
  related: [
    { resource: 'care-records', field: 'customerId' },
    { resource: 'follow-ups', field: 'customerId' },
    { resource: 'complaints', field: 'customerId' },
    { resource: 'survey-responses', field: 'customerId' },
    { resource: 'contracts', field: 'customerId' },
    { resource: 'appointments', field: 'customerId' },
  ],
});

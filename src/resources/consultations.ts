import { defineResource } from '../schema/resource';
import { options } from './options';
import { notBefore, onlyWhen, requiredWhen } from './rules';

export const CONSULTATION_CHANNELS = options([
  ['online_chat', '网络在线咨询', 'Online chat', 'blue'],
  ['phone', '电话咨询', 'Phone', 'cyan'],
  ['website_booking', '网站在线预约', 'Website booking', 'geekblue'],
  ['message_board', '留言板/论坛', 'Message board', 'purple'],
  ['email', '邮箱', 'Email', 'default'],
]);

export const CONSULTATION_OUTCOMES = options([
  ['none', '未转化', 'None', 'default'],
  ['screening_booked', '预约筛查', 'Screening booked', 'blue'],
  ['registered_visit', '到院挂号就诊', 'Registered visit', 'green'],
  ['surgery', '整形就诊', 'Surgery', 'magenta'],
]);

/**
 * 咨询登记: the consulting group's register of enquiries (seed 002 网络、电话登记表). An outcome
 * becomes a conversion event of the C rules, once.
 */
export const consultations = defineResource({
  name: 'consultations',
  label: { zh: '咨询登记', en: 'Consultations' },
  group: 'customers',
  icon: 'MessageOutlined',
  titleField: 'prospectName',
  defaultSort: [{ field: 'receivedAt', order: 'desc' }],
  fields: [
    {
      name: 'branchId',
      type: 'reference',
      resource: 'branches',
      label: { zh: '机构', en: 'Branch' },
      required: true,
    },
    {
      name: 'consultantId',
      type: 'reference',
      resource: 'employees',
      label: { zh: '咨询员', en: 'Consultant' },
      required: true,
    },
    {
      name: 'channel',
      type: 'enum',
      label: { zh: '咨询渠道', en: 'Channel' },
      required: true,
      options: CONSULTATION_CHANNELS,
    },
    {
      name: 'prospectName',
      type: 'text',
      label: { zh: '咨询者', en: 'Prospect' },
      required: true,
      maxLength: 40,
    },
    {
      name: 'prospectContact',
      type: 'text',
      label: { zh: '联系方式', en: 'Contact' },
      maxLength: 60,
      hideInList: true,
      help: { zh: '电话、微信、QQ 或邮箱', en: 'Phone, WeChat, QQ or email' },
    },
    {
      name: 'question',
      type: 'longText',
      label: { zh: '咨询问题', en: 'Question' },
      required: true,
      maxLength: 2000,
      hideInList: true,
    },
    { name: 'receivedAt', type: 'datetime', label: { zh: '咨询时间', en: 'Received at' }, required: true },
    { name: 'answeredAt', type: 'datetime', label: { zh: '答复时间', en: 'Answered at' } },
    {
      name: 'outcome',
      type: 'enum',
      label: { zh: '咨询结果', en: 'Outcome' },
      required: true,
      options: CONSULTATION_OUTCOMES,
      default: 'none',
      help: {
        zh: '到院或预约后计入咨询员的成功率提成（C01–C05）',
        en: 'A visit or booking earns the consultant a conversion commission (C01–C05)',
      },
    },
    {
      name: 'surgeryFee',
      type: 'money',
      label: { zh: '手术费（元）', en: 'Surgery fee (¥)' },
      min: 0,
      help: { zh: '整形就诊时填写，按比例提成', en: 'For a surgery visit: the commission is a share of it' },
    },
  ],
  rules: [
    notBefore('answeredAt', 'receivedAt', {
      zh: '答复时间不能早于咨询时间',
      en: 'Cannot be before it was received',
    }),
    requiredWhen('surgeryFee', (r) => r.outcome === 'surgery', {
      zh: '整形就诊需填写手术费',
      en: 'A surgery visit needs its fee',
    }),
    onlyWhen('surgeryFee', (r) => r.outcome === 'surgery', {
      zh: '只有整形就诊才有手术费',
      en: 'Only a surgery visit has a surgery fee',
    }),
  ],
  related: [{ resource: 'appraisal-events', field: 'consultationId' }],
});

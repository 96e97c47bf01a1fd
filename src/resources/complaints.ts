import { defineResource } from '../schema/resource';
import { COMPLAINT_STATUSES, options, SEVERITIES } from './options';
import { requiredWhen } from './rules';

export const COMPLAINT_CHANNELS = options([
  ['hotline', '投诉热线', 'Hotline', 'blue'],
  ['email', '投诉邮箱', 'Email', 'cyan'],
  ['online', '网络/在线', 'Online', 'geekblue'],
  ['on_site', '现场投诉', 'On site', 'orange'],
  ['letter', '来信', 'Letter', 'default'],
  ['third_party', '第三方平台/监管转办', 'Third party', 'purple'],
]);

export const COMPLAINT_CATEGORIES = options([
  ['service_attitude', '服务态度', 'Service attitude', 'orange'],
  ['treatment_effect', '护理/治疗效果', 'Treatment effect', 'gold'],
  ['medical_safety', '医疗安全', 'Medical safety', 'red'],
  ['billing_refund', '收费与退款', 'Billing & refund', 'purple'],
  ['environment', '环境设施', 'Environment', 'cyan'],
  ['waiting_appointment', '等候与预约', 'Waiting & appointments', 'blue'],
  ['privacy', '隐私泄露', 'Privacy', 'magenta'],
  ['other', '其他', 'Other', 'default'],
]);

export const COMPLAINT_RESOLUTIONS = options([
  ['apology', '道歉', 'Apology'],
  ['refund', '退款', 'Refund', 'red'],
  ['re_service', '重新服务', 'Service again', 'blue'],
  ['compensation', '补偿', 'Compensation', 'orange'],
  ['process_improvement', '改进工作流程', 'Process improvement', 'green'],
  ['explanation', '解释说明', 'Explanation'],
]);

const backend = { zh: '由系统按处理流程记录', en: 'Recorded by the system as the complaint moves on' };

/**
 * 投诉处理表 (患者投诉处理表). The number, status, timestamps, deadlines and history are the
 * backend's: a client changes the status through the lifecycle action, never by writing it.
 */
export const complaints = defineResource({
  name: 'complaints',
  label: { zh: '投诉处理表', en: 'Complaints' },
  group: 'quality',
  icon: 'AlertOutlined',
  titleField: 'complaintNo',
  defaultSort: [{ field: 'receivedAt', order: 'desc' }],
  fields: [
    {
      name: 'complaintNo',
      type: 'text',
      label: { zh: '投诉编号', en: 'Complaint no.' },
      readOnly: true,
      unique: true,
      help: {
        zh: '保存时自动编号：TS-机构编码-年月-序号，如 TS-BJ01-202611-0007',
        en: 'Assigned on saving: TS-branch-yyyyMM-seq, e.g. TS-BJ01-202611-0007',
      },
    },
    {
      name: 'branchId',
      type: 'reference',
      resource: 'branches',
      label: { zh: '机构', en: 'Branch' },
      required: true,
    },
    {
      name: 'customerId',
      type: 'reference',
      resource: 'customers',
      label: { zh: '顾客档案', en: 'Customer' },
      hideInList: true,
      help: { zh: '投诉人有顾客档案时关联', en: 'Link when the complainant has a customer file' },
    },
    {
      name: 'complainantName',
      type: 'text',
      label: { zh: '投诉人', en: 'Complainant' },
      required: true,
      maxLength: 40,
      hideInList: true,
    },
    {
      name: 'complainantPhone',
      type: 'phone',
      label: { zh: '投诉人电话', en: 'Complainant phone' },
      hideInList: true,
    },
    {
      name: 'channel',
      type: 'enum',
      label: { zh: '投诉渠道', en: 'Channel' },
      required: true,
      options: COMPLAINT_CHANNELS,
      hideInList: true,
    },
    {
      name: 'category',
      type: 'enum',
      label: { zh: '投诉类别', en: 'Category' },
      required: true,
      options: COMPLAINT_CATEGORIES,
    },
    {
      name: 'severity',
      type: 'enum',
      label: { zh: '严重程度', en: 'Severity' },
      required: true,
      options: SEVERITIES,
      default: 'general',
      help: { zh: '决定响应和处理期限', en: 'Sets the response and resolution deadlines' },
    },
    { name: 'receivedAt', type: 'datetime', label: { zh: '投诉时间', en: 'Received at' }, required: true },
    {
      name: 'description',
      type: 'longText',
      label: { zh: '投诉内容', en: 'Description' },
      required: true,
      maxLength: 4000,
      hideInList: true,
    },
    {
      name: 'desiredRemedy',
      type: 'longText',
      label: { zh: '顾客诉求', en: 'Desired remedy' },
      maxLength: 2000,
      hideInList: true,
    },
    {
      name: 'involvedDepartmentId',
      type: 'reference',
      resource: 'departments',
      label: { zh: '涉及部门', en: 'Involved department' },
      hideInList: true,
    },
    {
      name: 'involvedStaffIds',
      type: 'referenceList',
      resource: 'employees',
      label: { zh: '涉及人员', en: 'Involved staff' },
      hideInList: true,
    },
    { name: 'handlerId', type: 'reference', resource: 'employees', label: { zh: '处理人', en: 'Handler' } },
    {
      name: 'status',
      type: 'enum',
      label: { zh: '处理状态', en: 'Status' },
      options: COMPLAINT_STATUSES,
      readOnly: true,
      help: {
        zh: '受理 → 调查 → 处理 → 跟踪回访；按处理流程变更',
        en: 'Received → acknowledged → investigating → resolved → closed; changed through the lifecycle',
      },
    },
    {
      name: 'acknowledgedAt',
      type: 'datetime',
      label: { zh: '受理时间', en: 'Acknowledged at' },
      readOnly: true,
      hideInList: true,
      help: backend,
    },
    {
      name: 'resolvedAt',
      type: 'datetime',
      label: { zh: '处理完成时间', en: 'Resolved at' },
      readOnly: true,
      hideInList: true,
      help: backend,
    },
    {
      name: 'closedAt',
      type: 'datetime',
      label: { zh: '结案时间', en: 'Closed at' },
      readOnly: true,
      hideInList: true,
      help: backend,
    },
    {
      name: 'respondDueAt',
      type: 'datetime',
      label: { zh: '响应期限', en: 'Respond by' },
      readOnly: true,
      hideInList: true,
      help: { zh: '投诉时间 + 该严重程度的响应时限', en: 'Received at + the response hours of its severity' },
    },
    {
      name: 'resolveDueAt',
      type: 'datetime',
      label: { zh: '处理期限', en: 'Resolve by' },
      readOnly: true,
      help: {
        zh: '投诉时间 + 该严重程度的处理时限',
        en: 'Received at + the resolution hours of its severity',
      },
    },
    {
      name: 'rootCause',
      type: 'longText',
      label: { zh: '原因分析', en: 'Root cause' },
      maxLength: 2000,
      hideInList: true,
    },
    {
      name: 'resolution',
      type: 'enum',
      label: { zh: '处理方式', en: 'Resolution' },
      options: COMPLAINT_RESOLUTIONS,
      hideInList: true,
    },
    {
      name: 'refundAmount',
      type: 'money',
      label: { zh: '退款金额（元）', en: 'Refund (¥)' },
      min: 0,
      hideInList: true,
    },
    {
      name: 'responsibleStaffIds',
      type: 'referenceList',
      resource: 'employees',
      label: { zh: '责任人员', en: 'Responsible staff' },
      hideInList: true,
      help: {
        zh: '经调查认定负有责任的员工，可据此开具过失处罚单',
        en: 'Staff found responsible: a sanction may follow',
      },
    },
    {
      name: 'handlingSatisfaction',
      type: 'integer',
      label: { zh: '处理满意度（1–5）', en: 'Handling satisfaction (1–5)' },
      min: 1,
      max: 5,
      hideInList: true,
      help: {
        zh: '跟踪回访时顾客对处理结果的评价；联系不上时留空并在结案备注中说明',
        en: "The customer's rating of the handling at the follow-up; empty when unreachable (say so in the closing note)",
      },
    },
    {
      name: 'reopenedCount',
      type: 'integer',
      label: { zh: '重新处理次数', en: 'Times reopened' },
      readOnly: true,
      min: 0,
      default: 0,
      hideInList: true,
    },
    {
      name: 'history',
      type: 'objectList',
      label: { zh: '处理过程', en: 'History' },
      readOnly: true,
      hideInList: true,
      fields: [
        { name: 'at', type: 'datetime', label: { zh: '时间', en: 'At' }, required: true },
        { name: 'from', type: 'enum', label: { zh: '原状态', en: 'From' }, options: COMPLAINT_STATUSES },
        {
          name: 'to',
          type: 'enum',
          label: { zh: '新状态', en: 'To' },
          required: true,
          options: COMPLAINT_STATUSES,
        },
        { name: 'byUserId', type: 'reference', resource: 'users', label: { zh: '操作人', en: 'By' } },
        { name: 'note', type: 'longText', label: { zh: '说明', en: 'Note' }, maxLength: 2000 },
      ],
    },
  ],
  rules: [
    requiredWhen('refundAmount', (r) => r.resolution === 'refund', {
      zh: '处理方式为退款时需填写退款金额',
      en: 'A refund needs its amount',
    }),
  ],
  related: [{ resource: 'sanctions', field: 'complaintId' }],
});

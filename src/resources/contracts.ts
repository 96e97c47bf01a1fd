import { defineResource } from '../schema/resource';
import { options } from './options';
import { atMost, fen, notBefore } from './rules';

export const PAYMENT_METHODS = options([
  ['cash', '现金', 'Cash'],
  ['card', '银行卡', 'Bank card'],
  ['wechat', '微信支付', 'WeChat Pay', 'green'],
  ['alipay', '支付宝', 'Alipay', 'blue'],
  ['transfer', '转账', 'Bank transfer'],
]);

export const CONTRACT_STATUSES = options([
  ['draft', '草稿', 'Draft', 'default'],
  ['active', '履行中', 'Active', 'blue'],
  ['completed', '已完成', 'Completed', 'green'],
  ['cancelled', '已取消', 'Cancelled', 'default'],
  ['refunded', '已退款', 'Refunded', 'red'],
]);

interface Line {
  sessions?: number | null;
  unitPrice?: number | null;
}

/** Σ sessions × unitPrice in fen. */
function linesFen(lines: unknown): number {
  if (!Array.isArray(lines)) return 0;
  return (lines as Line[]).reduce((sum, l) => sum + (l.sessions ?? 0) * fen(l.unitPrice ?? 0), 0);
}

/** 服务合同: the service package a customer signs (seed 000 订单签订). */
export const contracts = defineResource({
  name: 'contracts',
  label: { zh: '服务合同', en: 'Contracts' },
  group: 'customers',
  icon: 'FileDoneOutlined',
  titleField: 'contractNo',
  defaultSort: [{ field: 'signedOn', order: 'desc' }],
  fields: [
    {
      name: 'contractNo',
      type: 'text',
      label: { zh: '合同编号', en: 'Contract no.' },
      required: true,
      unique: true,
      maxLength: 30,
    },
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
      name: 'salesRepId',
      type: 'reference',
      resource: 'employees',
      label: { zh: '签约业务员', en: 'Sales rep' },
      required: true,
      hideInList: true,
    },
    {
      name: 'lines',
      type: 'objectList',
      label: { zh: '合同明细', en: 'Lines' },
      required: true,
      minItems: 1,
      uniqueBy: 'serviceItemId',
      hideInList: true,
      fields: [
        {
          name: 'serviceItemId',
          type: 'reference',
          resource: 'service-items',
          label: { zh: '服务项目', en: 'Service item' },
          required: true,
        },
        {
          name: 'sessions',
          type: 'integer',
          label: { zh: '次数', en: 'Sessions' },
          required: true,
          min: 1,
          max: 999,
        },
        {
          name: 'unitPrice',
          type: 'money',
          label: { zh: '单价（元）', en: 'Unit price (¥)' },
          required: true,
          min: 0,
        },
      ],
    },
    {
      name: 'total',
      type: 'money',
      label: { zh: '合同金额（元）', en: 'Total (¥)' },
      required: true,
      min: 0,
      help: { zh: '等于各明细 次数 × 单价 之和', en: 'The sum of sessions × unit price over the lines' },
    },
    {
      name: 'deposit',
      type: 'money',
      label: { zh: '定金（元）', en: 'Deposit (¥)' },
      min: 0,
      default: 0,
      hideInList: true,
    },
    {
      name: 'paid',
      type: 'money',
      label: { zh: '已收款（元）', en: 'Paid (¥)' },
      required: true,
      min: 0,
      default: 0,
    },
    {
      name: 'paymentMethod',
      type: 'enum',
      label: { zh: '付款方式', en: 'Payment method' },
      options: PAYMENT_METHODS,
      hideInList: true,
    },
    { name: 'signedOn', type: 'date', label: { zh: '签约日期', en: 'Signed on' }, required: true },
    { name: 'startsOn', type: 'date', label: { zh: '服务开始', en: 'Starts on' }, hideInList: true },
    { name: 'endsOn', type: 'date', label: { zh: '服务期限至', en: 'Ends on' } },
    {
      name: 'status',
      type: 'enum',
      label: { zh: '状态', en: 'Status' },
      required: true,
      options: CONTRACT_STATUSES,
      default: 'draft',
    },
  ],
  rules: [
    {
      field: 'total',
      message: {
        zh: '合同金额应等于各明细 次数 × 单价 之和',
        en: 'The total must equal the sum of sessions × unit price over the lines',
      },
      test: (r) =>
        !Array.isArray(r.lines) || typeof r.total !== 'number' || fen(r.total) === linesFen(r.lines),
    },
    atMost('paid', 'total', { zh: '已收款不能超过合同金额', en: 'Paid cannot exceed the total' }),
    atMost('deposit', 'total', { zh: '定金不能超过合同金额', en: 'The deposit cannot exceed the total' }),
    notBefore('startsOn', 'signedOn', { zh: '服务开始不能早于签约日期', en: 'Cannot start before signing' }),
    notBefore('endsOn', 'startsOn', { zh: '服务期限不能早于开始日期', en: 'Cannot end before it starts' }),
  ],
});

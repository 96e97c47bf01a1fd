import { format, type Labels, type Lang } from './labels';

/**
 * Validation and API messages, in both languages. The backend answers in the language of the
 * request's Accept-Language header; the console shows the same texts beside the fields.
 */
export const MESSAGES = {
  required: { zh: '必填', en: 'Required' },
  notText: { zh: '应为文本', en: 'Must be text' },
  tooLong: { zh: '不能超过 {max} 个字符', en: 'At most {max} characters' },
  notInteger: { zh: '应为整数', en: 'Must be a whole number' },
  notNumber: { zh: '应为数字', en: 'Must be a number' },
  tooManyDecimals: { zh: '最多 {decimals} 位小数', en: 'At most {decimals} decimal place(s)' },
  tooSmall: { zh: '不能小于 {min}', en: 'Must be at least {min}' },
  tooLarge: { zh: '不能大于 {max}', en: 'Must be at most {max}' },
  notDate: { zh: '应为日期 YYYY-MM-DD', en: 'Must be a date YYYY-MM-DD' },
  notMonth: { zh: '应为月份 YYYY-MM', en: 'Must be a month YYYY-MM' },
  notInstant: {
    zh: '应为带时区的时间，如 2026-11-03T09:30:00+08:00',
    en: 'Must be a date-time with offset, e.g. 2026-11-03T09:30:00+08:00',
  },
  notOption: { zh: '不是有效选项：{allowed}', en: 'Not a valid option: {allowed}' },
  notBoolean: { zh: '应为是或否', en: 'Must be true or false' },
  notId: { zh: '应为记录编号', en: 'Must be a record id' },
  notList: { zh: '应为列表', en: 'Must be a list' },
  notObject: { zh: '应为对象', en: 'Must be an object' },
  notPhone: { zh: '电话号码格式不正确', en: 'Not a valid phone number' },
  tooFewItems: { zh: '至少需要 {min} 项', en: 'At least {min} item(s) needed' },
  duplicateInList: { zh: '“{value}” 重复', en: '"{value}" appears twice' },
  unknownField: { zh: '未知字段', en: 'Unknown field' },
  notUnique: { zh: '已被其他记录使用', en: 'Already used by another record' },
  referenceMissing: { zh: '引用的记录不存在', en: 'The referenced record does not exist' },
  invalidInput: { zh: '输入有误，请检查标出的字段', en: 'Invalid input: see the marked fields' },
  bodyNotObject: { zh: '请求体应为 JSON 对象', en: 'The request body must be a JSON object' },
  notFound: { zh: '记录不存在', en: 'Record not found' },
  resourceNotFound: { zh: '没有此资源', en: 'No such resource' },
  readOnlyResource: { zh: '此资源只读', en: 'This resource is read-only' },
  singletonNoCreate: {
    zh: '此设置只有一条记录，只能修改',
    en: 'This setting is a single record: it can only be edited',
  },
  referencedBy: {
    zh: '无法删除：仍被 {refs} 引用',
    en: 'Cannot delete: still referred to by {refs}',
  },
  unknownQueryKey: { zh: '未知的查询参数：{key}', en: 'Unknown query parameter: {key}' },
  badQueryValue: { zh: '查询参数 {key} 的值无效', en: 'Invalid value for query parameter {key}' },
  internal: { zh: '服务器内部错误', en: 'Internal server error' },
} satisfies Record<string, Labels>;

export type MessageKey = keyof typeof MESSAGES;

export function message(key: MessageKey, lang: Lang, params?: Record<string, string | number>): string {
  return format(MESSAGES[key][lang], params);
}

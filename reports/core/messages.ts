import { format, type Labels, type Lang } from '../../src/schema/labels';

/** The report runner's own messages (parameter errors, unknown report, source failures). */
export const REPORT_MESSAGES = {
  unknownReport: {
    zh: '没有名为“{name}”的报表（可用：{names}）',
    en: 'No report named "{name}" (available: {names})',
  },
  periodRequired: {
    zh: '请给出月份 --month YYYY-MM，或起止日期 --from/--to YYYY-MM-DD',
    en: 'Give a month (--month YYYY-MM) or a date range (--from/--to YYYY-MM-DD)',
  },
  periodTwice: {
    zh: '月份与起止日期只能给出一种',
    en: 'Give either a month or a date range, not both',
  },
  notMonth: { zh: '应为月份 YYYY-MM，例如 2026-03', en: 'Must be a month YYYY-MM, e.g. 2026-03' },
  notYear: { zh: '应为年份 YYYY，例如 2026', en: 'Must be a year YYYY, e.g. 2026' },
  notDate: { zh: '应为日期 YYYY-MM-DD，例如 2026-03-01', en: 'Must be a date YYYY-MM-DD, e.g. 2026-03-01' },
  missingTo: { zh: '缺少结束日期 --to', en: 'The end date (--to) is missing' },
  missingFrom: { zh: '缺少开始日期 --from', en: 'The start date (--from) is missing' },
  toBeforeFrom: { zh: '结束日期不能早于开始日期', en: 'The end date is before the start date' },
  periodTooLong: { zh: '期间最长 {max} 天', en: 'The period may span at most {max} days' },
  notInstant: {
    zh: '应为带时区的时间，如 2026-03-31T23:59:59+08:00',
    en: 'Must be an instant with offset, e.g. 2026-03-31T23:59:59+08:00',
  },
  notBranchCode: { zh: '机构编码格式不正确', en: 'Not a valid branch code' },
  unknownBranch: { zh: '没有编码为“{code}”的机构', en: 'No branch with code "{code}"' },
  notFormat: { zh: '格式应为 xlsx 或 json', en: 'The format must be xlsx or json' },
  unknownParam: { zh: '未知参数', en: 'Unknown parameter' },
  invalidParams: { zh: '报表参数有误', en: 'Invalid report parameters' },
  sourceFailed: { zh: '读取 {resource} 失败：{reason}', en: 'Reading {resource} failed: {reason}' },
  unexpectedType: {
    zh: '返回的内容类型为 {type}，应为 {expected}',
    en: 'the answer is {type}, not {expected}',
  },
  loginFailed: { zh: '登录失败：{reason}', en: 'Sign-in failed: {reason}' },
  period: { zh: '期间：{from} 至 {to}', en: 'Period: {from} to {to}' },
  asOf: { zh: '截至：{at}（北京时间）', en: 'As of: {at} (Asia/Shanghai)' },
  branch: { zh: '机构：{branch}', en: 'Branch: {branch}' },
  allBranches: { zh: '机构：全部', en: 'Branch: all' },
  filter: { zh: '{name}：{value}', en: '{name}: {value}' },
  total: { zh: '合计', en: 'Total' },
} satisfies Record<string, Labels>;

export type ReportMessageKey = keyof typeof REPORT_MESSAGES;

export function reportMessage(
  key: ReportMessageKey,
  lang: Lang,
  params?: Record<string, string | number>,
): string {
  return format(REPORT_MESSAGES[key][lang], params);
}

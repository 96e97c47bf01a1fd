import { format, type Labels, type Lang } from '../../../src/schema/labels';

export { MISSING_MESSAGES } from '../../../src/domain/complaints/messages';

/** The complaint rules' refusals, in both languages (the console shows the same texts). */
export const COMPLAINT_MESSAGES = {
  notAllowed: {
    zh: '投诉状态不能从「{from}」变为「{to}」；允许的下一状态：{allowed}',
    en: 'A complaint cannot go from "{from}" to "{to}"; allowed next states: {allowed}',
  },
  ended: { zh: '无（已结束）', en: 'none (it has ended)' },
  incomplete: {
    zh: '无法变为「{to}」：请补充标出的字段',
    en: 'Cannot move to "{to}": complete the marked fields',
  },
  staleStatus: {
    zh: '投诉状态已被他人改为「{current}」，请刷新后重试',
    en: 'Someone else has moved the complaint to "{current}"; reload and try again',
  },
  unknownStatus: { zh: '不是投诉状态：{allowed}', en: 'Not a complaint status: {allowed}' },
  noDeadline: {
    zh: '「投诉处理期限」中没有该严重程度的记录，请先配置',
    en: 'No complaint-deadline record for this severity: configure one first',
  },
  receivedInFuture: { zh: '投诉时间不能晚于现在', en: 'Cannot be later than now' },
  notText: { zh: '应为文本', en: 'Must be text' },
  notBoolean: { zh: '应为是或否', en: 'Must be true or false' },
} satisfies Record<string, Labels>;

export function complaintMessage(
  key: keyof typeof COMPLAINT_MESSAGES,
  lang: Lang,
  params?: Record<string, string | number>,
): string {
  return format(COMPLAINT_MESSAGES[key][lang], params);
}

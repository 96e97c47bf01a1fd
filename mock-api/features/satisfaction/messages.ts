import { format, type Labels, type Lang } from '../../../src/schema/labels';

/** The satisfaction and follow-up rules' refusals, in both languages. */
export const SATISFACTION_MESSAGES = {
  shapeLocked: {
    zh: '该模板已有 {count} 份答卷，不能修改{what}（已有答卷按原维度和分制评分）。可将修改另存为新模板。',
    en: 'This template has {count} answered responses: {what} cannot change (they were scored on the old ones). Save the changes as a new template instead.',
  },
  theScale: { zh: '评分分制', en: 'the scale' },
  theKeys: { zh: '维度代码', en: 'the dimension keys' },
  keysChanged: {
    zh: '已有答卷使用这些维度代码，不能增删或改名：{keys}',
    en: 'Answered responses use these keys; none may be added, removed or renamed: {keys}',
  },
  scaleLocked: {
    zh: '已有答卷按 {scale} 分制评分，不能修改',
    en: 'Answered responses use the {scale}-point scale: it cannot change',
  },
  unknownDimension: {
    zh: '调查表「{template}」没有维度 {key}',
    en: 'Template "{template}" has no dimension {key}',
  },
  outOfScale: { zh: '{key} 应为 1 到 {scale} 的整数', en: '{key} must be a whole number from 1 to {scale}' },
  noNpsQuestion: {
    zh: '调查表「{template}」不含推荐意愿题，请留空',
    en: 'Template "{template}" does not ask the NPS question: leave it empty',
  },
  stillIncomplete: {
    zh: '缺少必答维度（{keys}），不能标为有效',
    en: 'Required answers are missing ({keys}): it cannot be marked valid',
  },
  notIncomplete: {
    zh: '各必答维度均已作答，不能以“答卷不完整”标为无效',
    en: 'Every required dimension is answered: “incomplete” does not apply',
  },
  notAJudge: {
    zh: '只有质检主管、院长/经理或系统管理员可以判定答卷有效或无效',
    en: 'Only a quality supervisor, a manager or the administrator may mark a response valid or invalid',
  },
  alreadyDone: {
    zh: '该回访已于 {at} 记录结果',
    en: 'This follow-up was already recorded at {at}',
  },
  resultRequired: { zh: '请选择回访结果', en: 'Choose the result of the call' },
  notADate: { zh: '应为日期 YYYY-MM-DD', en: 'Must be a date YYYY-MM-DD' },
  notAnId: { zh: '应为记录编号', en: 'Must be a record id' },
  notAnObject: { zh: '请求体应为对象', en: 'The request body must be an object' },
} satisfies Record<string, Labels>;

export type SatisfactionMessageKey = keyof typeof SATISFACTION_MESSAGES;

export function satisfactionMessage(
  key: SatisfactionMessageKey,
  lang: Lang,
  params?: Record<string, string | number>,
): string {
  return format(SATISFACTION_MESSAGES[key][lang], params);
}

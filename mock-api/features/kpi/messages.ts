import { format, type Labels, type Lang } from '../../../src/schema/labels';

/** The KPI and training rules' refusals, in both languages. */
export const KPI_MESSAGES = {
  monthRequired: { zh: '请填写考核月份，格式 YYYY-MM', en: 'Give the month as YYYY-MM' },
  futureMonth: {
    zh: '不能开启未来的月份（当前为 {current}）',
    en: 'Cannot open a month in the future (this is {current})',
  },
  stepUnknown: { zh: '不是考核步骤：{allowed}', en: 'Not an appraisal step: {allowed}' },
  notAllowed: {
    zh: '考核状态为「{status}」，不能执行「{step}」；当前可执行：{allowed}',
    en: 'The appraisal is "{status}": "{step}" is not possible now; possible: {allowed}',
  },
  none: { zh: '无', en: 'none' },
  forbiddenStep: {
    zh: '您无权执行「{step}」：{why}',
    en: 'You may not "{step}": {why}',
  },
  whySelf: {
    zh: '自评由员工本人或其管理者填写',
    en: 'self-assessment is by the employee or a manager for them',
  },
  whySupervisor: {
    zh: '上级评分和确认由所在机构的管理者完成，且不能评自己的考核',
    en: "the supervisor's steps are a manager's of the branch, and never on one's own appraisal",
  },
  whyReopen: {
    zh: '只有系统管理员可以重新打开已确认的考核',
    en: 'only an administrator reopens a confirmed appraisal',
  },
  notFound: { zh: '没有这条月度考核', en: 'No such monthly appraisal' },
  noTemplate: {
    zh: '「{roleGroup}」没有考核模板，请先在「考核模板」中配置',
    en: 'No appraisal template for "{roleGroup}": configure one first',
  },
  notActive: {
    zh: '该员工在 {month} 不在职（入职 {hiredOn}，离职 {leftOn}）',
    en: 'The employee is not employed in {month} (hired {hiredOn}, left {leftOn})',
  },
  scoresNotObject: {
    zh: '评分应为 指标代码 → 分数 的对象',
    en: 'Scores must be an object of indicator key → score',
  },
  unknownKey: { zh: '模板中没有这个指标', en: 'No such indicator in the template' },
  automatic: {
    zh: '系统指标由系统计算，不能手工评分',
    en: 'A metric indicator is computed, not scored by hand',
  },
  notScore: { zh: '分数应为 0–100，最多 1 位小数', en: 'A score is 0–100 with at most 1 decimal' },
  missingScore: { zh: '请填写此项评分', en: 'Score this indicator' },
  incompleteSelf: {
    zh: '自评未完成：请为标出的 {count} 项指标评分后再提交',
    en: 'The self-assessment is incomplete: score the {count} marked indicators before submitting',
  },
  incompleteSupervisor: {
    zh: '上级评分未完成：请为标出的 {count} 项指标评分后再确认',
    en: "The supervisor's scores are incomplete: score the {count} marked indicators before confirming",
  },
  nothingScorable: {
    zh: '没有可计分的指标，无法确认',
    en: 'No indicator can be scored: cannot confirm',
  },
  commentsText: { zh: '评语应为 2000 字以内的文本', en: 'Comments must be text of at most 2000 characters' },
  submitBoolean: { zh: '应为是或否', en: 'Must be true or false' },
  useSteps: {
    zh: '考核的状态和评分只能通过考核步骤修改（POST /api/monthly-appraisals/{id}/steps）',
    en: 'Status and scores change only through the appraisal steps (POST /api/monthly-appraisals/{id}/steps)',
  },
  fixedField: { zh: '考核建立后不能修改员工和月份', en: 'Employee and month cannot change once created' },
  confirmedFrozen: {
    zh: '考核已确认，不能修改；如需更正请由管理员重新打开',
    en: 'The appraisal is confirmed and cannot change; an administrator may reopen it',
  },
  deleteOnlyPending: {
    zh: '只有尚未自评的考核可以删除',
    en: 'Only an appraisal still awaiting self-assessment can be deleted',
  },
  yearRequired: { zh: '请填写年度，如 2026', en: 'Give the year, e.g. 2026' },
  noConfirmedMonths: {
    zh: '该员工 {year} 年没有已确认的月度考核',
    en: 'The employee has no confirmed monthly appraisal in {year}',
  },
  notAttendee: { zh: '该员工不是本次培训的参训员工', en: 'The employee did not attend this session' },
  retake_notFound: { zh: '没有这条考核记录', en: 'No such assessment' },
  retake_otherEmployee: {
    zh: '补考应关联本人的不合格考核',
    en: "A retake repeats the same employee's failed attempt",
  },
  retake_otherSession: {
    zh: '补考应关联同一培训课程的考核',
    en: 'A retake repeats an attempt of the same session',
  },
  retake_passed: { zh: '该次考核已合格，无需补考', en: 'That attempt passed: no retake is due' },
  retake_alreadyRetaken: {
    zh: '该次不合格考核已有补考记录，请关联最近一次补考',
    en: 'That failed attempt has been retaken already: link the latest retake',
  },
} satisfies Record<string, Labels>;

export type KpiMessageKey = keyof typeof KPI_MESSAGES;

export function kpiMessage(key: KpiMessageKey, lang: Lang, params?: Record<string, string | number>): string {
  return format(KPI_MESSAGES[key][lang], params);
}

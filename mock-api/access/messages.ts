import { format, type Labels, type Lang } from '../../src/schema/labels';
import { currentContext } from '../auth/context';
import { ApiError } from '../errors';

/** The refusals of sign-in, roles, branch scope and concurrency, in both languages. */
export const ACCESS_MESSAGES = {
  unauthenticated: { zh: '请先登录', en: 'Please sign in' },
  sessionExpired: {
    zh: '登录已过期或无效，请重新登录',
    en: 'Your session has expired or is invalid; please sign in again',
  },
  badCredentials: { zh: '用户名或密码错误', en: 'Wrong username or password' },
  tooManyAttempts: {
    zh: '登录失败次数过多，请 {seconds} 秒后再试',
    en: 'Too many failed sign-ins; try again in {seconds} seconds',
  },
  forbidden: { zh: '您的角色无权{action}“{resource}”', en: 'Your role may not {action} "{resource}"' },
  forbiddenRoute: { zh: '仅系统管理员可访问：{path}', en: 'Only the administrator may use {path}' },
  forbiddenReport: { zh: '您的角色无权查看报表“{name}”', en: 'Your role may not open the report "{name}"' },
  forbiddenField: {
    zh: '您的角色无权修改这些字段：{fields}',
    en: 'Your role may not change these fields: {fields}',
  },
  outOfScope: {
    zh: '该记录不在您可访问的范围内（机构或本人记录）',
    en: 'This record is outside what you may access (your branches or your own records)',
  },
  branchOutOfScope: { zh: '您无权访问机构 {branch}', en: 'You may not access branch {branch}' },
  staleVersion: {
    zh: '此记录已被他人修改（您的版本 {sent}，当前版本 {current}），未作任何更改。请刷新后重改，或确认覆盖',
    en: 'This record was changed by someone else (your version {sent}, now {current}); nothing was changed. Reload and redo, or overwrite knowingly',
  },
  badVersion: { zh: '版本号应为正整数', en: 'The version must be a positive whole number' },
  passwordTooShort: { zh: '密码至少 8 个字符', en: 'The password needs at least 8 characters' },
  passwordTooLong: { zh: '密码最多 128 个字符', en: 'The password may have at most 128 characters' },
  passwordTooSimple: {
    zh: '密码需包含大写字母、小写字母、数字、符号中的至少三类',
    en: 'The password needs three of: upper-case, lower-case, digits, symbols',
  },
  wrongCurrentPassword: { zh: '当前密码不正确', en: 'The current password is wrong' },
} satisfies Record<string, Labels>;

export const ACTION_WORDS = {
  read: { zh: '查看', en: 'read' },
  create: { zh: '新增', en: 'create' },
  update: { zh: '修改', en: 'edit' },
  delete: { zh: '删除', en: 'delete' },
} satisfies Record<string, Labels>;

export type AccessMessageKey = keyof typeof ACCESS_MESSAGES;

export function accessMessage(
  key: AccessMessageKey,
  lang: Lang,
  params?: Record<string, string | number>,
): string {
  return format(ACCESS_MESSAGES[key][lang], params);
}

/** An ApiError in the current request's language (Chinese outside a request). */
export function accessError(
  status: number,
  key: AccessMessageKey,
  params?: Record<string, string | number>,
  lang: Lang = currentContext()?.lang ?? 'zh',
): ApiError {
  return new ApiError(status, accessMessage(key, lang, params));
}

import type { Lang } from '../../schema/labels';

/** Strings of sign-in, sign-out and the conflict of two editors. `{name}` marks a placeholder. */
const zh = {
  title: '登录服务质量管理控制台',
  username: '登录名',
  password: '密码',
  usernameRequired: '请输入登录名',
  passwordRequired: '请输入密码',
  signIn: '登录',
  signingIn: '正在登录…',
  signOut: '退出登录',
  signedInAs: '当前用户：{name}',
  failed: '登录失败',
  sessionEnded: '登录已过期，请重新登录',
  demoHint: '演示账号见 README“Demo users”',
  conflictTitle: '此记录已被他人修改',
  conflictText:
    '您打开后，其他人已保存了新的内容，您的修改尚未保存。可以刷新载入最新内容后重改，或确认用您的内容覆盖。',
  conflictReload: '刷新为最新内容',
  conflictOverwrite: '确认覆盖',
  forbidden: '您的角色无权访问此页面',
};

const en: typeof zh = {
  title: 'Sign in to the Service Quality Console',
  username: 'Username',
  password: 'Password',
  usernameRequired: 'Enter your username',
  passwordRequired: 'Enter your password',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  signOut: 'Sign out',
  signedInAs: 'Signed in as {name}',
  failed: 'Sign-in failed',
  sessionEnded: 'Your session has ended; please sign in again',
  demoHint: 'Demo accounts: see "Demo users" in the README',
  conflictTitle: 'Someone else changed this record',
  conflictText:
    'After you opened it, someone else saved a new version; your changes are not saved. Reload the latest version and redo them, or overwrite it with yours knowingly.',
  conflictReload: 'Reload the latest version',
  conflictOverwrite: 'Overwrite knowingly',
  forbidden: 'Your role may not open this page',
};

export type AuthText = typeof zh;
export const AUTH_TEXT: Record<Lang, AuthText> = { zh, en };

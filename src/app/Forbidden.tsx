import { Result } from 'antd';
import { AUTH_TEXT } from '../i18n/strings/auth';
import { useLang } from '../i18n/lang';

/** What a role sees on a page it may not open (typed in the address bar). */
export function Forbidden() {
  const t = AUTH_TEXT[useLang()];
  return <Result status="403" title="403" subTitle={t.forbidden} />;
}

import { LOCALE_OF, type Lang } from '../schema/labels';
import { readSession } from './session';

/**
 * What the console's requests send: its language (the backend's messages and field errors come
 * back in it) and the session's bearer token — by default the current session's; `null` for
 * none (signing in).
 */
export function requestHeaders(
  lang: Lang,
  token: string | null = readSession()?.token ?? null,
): Record<string, string> {
  const headers: Record<string, string> = { 'Accept-Language': LOCALE_OF[lang] };
  if (token) headers.Authorization = `Bearer ${token}`;
  return headers;
}

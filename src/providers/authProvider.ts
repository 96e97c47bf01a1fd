import type { AuthProvider } from '@refinedev/core';
import type { Lang } from '../schema/labels';
import { createHttpClient } from './httpClient';
import { toHttpError } from './httpError';
import { requestHeaders } from './requestHeaders';
import { clearSession, readSession, writeSession, type Session } from './session';

/** Who is signed in, as refine's `useGetIdentity` gives it: the session's user, named. */
export function sessionIdentity(session: Session | null) {
  return session ? { ...session.user, name: session.user.displayName } : null;
}

/**
 * refine's auth provider on the mock API's contract: `POST {api}/auth/login` {username,
 * password} → {token, expiresAt, user}; the token then travels as `Authorization: Bearer …`
 * (see dataProvider.ts). A 401 from any call ends the session and opens the sign-in page.
 */
export function createAuthProvider(apiUrl: string, getLang: () => Lang): AuthProvider {
  const http = createHttpClient();
  return {
    async login({ username, password }: { username?: string; password?: string }) {
      try {
        const { data } = await http.post<Session>(
          `${apiUrl}/auth/login`,
          { username, password },
          { headers: requestHeaders(getLang(), null) },
        );
        writeSession(data);
        return { success: true, redirectTo: '/' };
      } catch (error) {
        const e = toHttpError(error, getLang());
        return { success: false, error: { name: String(e.statusCode || ''), message: e.message } };
      }
    },
    async logout() {
      const session = readSession();
      clearSession();
      if (session) {
        // Best effort: the session ends here whatever the server answers.
        await http
          .post(`${apiUrl}/auth/logout`, undefined, {
            headers: requestHeaders(getLang(), session.token),
          })
          .catch(() => undefined);
      }
      return { success: true, redirectTo: '/login' };
    },
    async check() {
      return readSession()
        ? { authenticated: true }
        : { authenticated: false, logout: true, redirectTo: '/login' };
    },
    async onError(error: { statusCode?: number; status?: number }) {
      const status = error?.statusCode ?? error?.status;
      if (status === 401) {
        clearSession();
        return { logout: true, redirectTo: '/login', error: error as Error };
      }
      return {};
    },
    async getIdentity() {
      return sessionIdentity(readSession());
    },
    async getPermissions() {
      return readSession()?.user.role ?? null;
    },
  };
}

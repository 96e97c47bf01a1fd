import type { Role } from '../domain/access';

/** The signed-in user as the console keeps it (from `POST /api/auth/login`). */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  branchIds: number[];
  employeeId: number | null;
}

export interface Session {
  token: string;
  expiresAt: string;
  user: SessionUser;
}

/** Where the session is kept (also read by the page's head script: src/build/firstScreenPreloads.ts). */
export const SESSION_KEY = 'sq-console.session';

/**
 * The session, in sessionStorage: it ends with the browser tab, and another site's script
 * cannot read it (same-origin). An expired session reads as none.
 */
export function readSession(): Session | null {
  try {
    const raw = globalThis.sessionStorage?.getItem(SESSION_KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    if (!session.token || Date.parse(session.expiresAt) <= Date.now()) return null;
    return session;
  } catch {
    return null;
  }
}

export function writeSession(session: Session): void {
  globalThis.sessionStorage?.setItem(SESSION_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  globalThis.sessionStorage?.removeItem(SESSION_KEY);
}

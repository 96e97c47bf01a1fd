import { randomBytes } from 'node:crypto';

export interface Session {
  userId: number;
  expiresAt: number;
}

/**
 * Sign-in sessions: an opaque random token → user and expiry. Kept in memory: a restart of the
 * API signs everyone out, which is the safe direction. Expired sessions are dropped when met
 * and swept when the table grows.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly ttlMs: number,
    private readonly now: () => Date,
  ) {}

  create(userId: number): { token: string; expiresAt: string } {
    if (this.sessions.size > 10_000) this.sweep();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = this.now().getTime() + this.ttlMs;
    this.sessions.set(token, { userId, expiresAt });
    return { token, expiresAt: new Date(expiresAt).toISOString() };
  }

  /** The live session of a token, or undefined (unknown or expired). */
  get(token: string): Session | undefined {
    const session = this.sessions.get(token);
    if (!session) return undefined;
    if (session.expiresAt <= this.now().getTime()) {
      this.sessions.delete(token);
      return undefined;
    }
    return session;
  }

  revoke(token: string): void {
    this.sessions.delete(token);
  }

  /** Signs a user out everywhere (a password change, a deactivation). */
  revokeUser(userId: number): void {
    for (const [token, s] of this.sessions) if (s.userId === userId) this.sessions.delete(token);
  }

  private sweep(): void {
    const now = this.now().getTime();
    for (const [token, s] of this.sessions) if (s.expiresAt <= now) this.sessions.delete(token);
  }
}

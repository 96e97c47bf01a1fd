import type { Request, RequestHandler, Response, Router } from 'express';
import { isRole } from '../../src/domain/access';
import { users } from '../../src/resources/users';
import type { Row } from '../database';
import { fieldErrors, langOf, schemaError } from '../errors';
import { message as schemaMessage } from '../../src/schema/messages';
import { accessError, accessMessage } from '../access/messages';
import type { AuditTrail } from '../audit/trail';
import { toRow } from '../records';
import type { Store } from '../store';
import { currentContext, identityOf, type Identity } from './context';
import type { LoginLimiter } from './limiter';
import { hashPassword, passwordProblem, verifyPassword } from './password';
import type { SessionStore } from './sessions';

export interface AuthDeps {
  store: Store;
  sessions: SessionStore;
  limiter: LoginLimiter;
  audit: AuditTrail;
}

/** A user as the API shows them to themselves and to the console (never the hash). */
export function publicUser(row: Row) {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    branchIds: Array.isArray(row.branchIds) ? row.branchIds : [],
    employeeId: row.employeeId ?? null,
  };
}

/** The identity a stored user acts as, or undefined when they may not sign in (inactive, no role). */
export function identityFromUser(row: Row | undefined): Identity | undefined {
  if (!row || row.active === false || !isRole(row.role)) return undefined;
  return {
    userId: row.id,
    username: String(row.username),
    role: row.role,
    branchIds: Array.isArray(row.branchIds) ? (row.branchIds as number[]) : [],
    employeeId: typeof row.employeeId === 'number' ? row.employeeId : null,
  };
}

// Checked against when the username is unknown, so that a miss takes as long as a wrong password.
const DUMMY_HASH = hashPassword('not a password', Buffer.alloc(16, 7));

function clientIp(req: Request): string {
  return req.socket.remoteAddress ?? 'unknown';
}

function loginHandler(deps: AuthDeps): RequestHandler {
  return (req, res) => {
    const lang = langOf(res);
    const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<
      string,
      unknown
    >;
    const { username, password } = body;
    const errors: Record<string, string> = {};
    if (typeof username !== 'string' || username.trim() === '' || username.length > 64)
      errors.username = schemaMessage('required', lang);
    if (typeof password !== 'string' || password === '' || password.length > 256)
      errors.password = schemaMessage('required', lang);
    if (Object.keys(errors).length > 0) throw fieldErrors(errors, lang);
    const name = (username as string).trim().toLowerCase();
    const ip = clientIp(req);

    const wait = deps.limiter.retryAfter(name, ip);
    if (wait > 0) {
      res.set('Retry-After', String(wait));
      throw accessError(429, 'tooManyAttempts', { seconds: wait }, lang);
    }
    const row = deps.store.rows(users.name).find((u) => String(u.username).toLowerCase() === name);
    const matches = verifyPassword(password as string, row?.passwordHash ?? DUMMY_HASH) && row !== undefined;
    const identity = matches ? identityFromUser(row) : undefined;
    if (!identity || !row) {
      deps.limiter.fail(name, ip);
      deps.audit.append({ action: 'login_failed', userId: row?.id ?? null, changes: { username: name } });
      throw accessError(401, 'badCredentials', undefined, lang);
    }
    deps.limiter.succeed(name, ip);
    deps.audit.append({ action: 'login', userId: row.id });
    const session = deps.sessions.create(row.id);
    res.status(200).json({ token: session.token, expiresAt: session.expiresAt, user: publicUser(row) });
  };
}

function bearer(req: Request): string | undefined {
  const header = req.get('Authorization');
  const match = header ? /^Bearer\s+([A-Za-z0-9_-]{10,200})\s*$/i.exec(header) : null;
  return match ? match[1] : undefined;
}

/**
 * Every route but sign-in needs a valid session: 401 otherwise. The user is read again on each
 * request, so a deactivated user or a changed role takes effect at once.
 */
export function authenticate(deps: Pick<AuthDeps, 'store' | 'sessions'>): RequestHandler {
  return (req, res, next) => {
    if (req.method === 'POST' && req.path === '/auth/login') {
      next();
      return;
    }
    const lang = langOf(res);
    const token = bearer(req);
    if (!token) throw accessError(401, 'unauthenticated', undefined, lang);
    const session = deps.sessions.get(token);
    const identity = session ? identityFromUser(deps.store.find(users.name, session.userId)) : undefined;
    if (!session || !identity) {
      if (session) deps.sessions.revoke(token);
      throw accessError(401, 'sessionExpired', undefined, lang);
    }
    (res.locals as { identity?: Identity; token?: string }).identity = identity;
    (res.locals as { token?: string }).token = token;
    const ctx = currentContext();
    if (ctx) ctx.identity = identity;
    next();
  };
}

function me(res: Response, store: Store): Row {
  const identity = identityOf(res);
  const row = identity ? store.find(users.name, identity.userId) : undefined;
  if (!row) throw accessError(401, 'unauthenticated', undefined, langOf(res));
  return row;
}

/** Replaces a user's password hash (audited as an update of the user, hash never shown). */
function setPassword(deps: AuthDeps, user: Row, password: string): void {
  deps.store.transaction(() => {
    deps.store.replace(users.name, toRow(users, user.id, { ...user, passwordHash: hashPassword(password) }));
  });
  deps.sessions.revokeUser(user.id);
}

function checkNewPassword(password: unknown, field: string, res: Response): string {
  const problem = passwordProblem(password);
  const lang = langOf(res);
  if (problem === 'tooShort') throw fieldErrors({ [field]: accessMessage('passwordTooShort', lang) }, lang);
  if (problem === 'tooLong') throw fieldErrors({ [field]: accessMessage('passwordTooLong', lang) }, lang);
  if (problem === 'tooSimple') throw fieldErrors({ [field]: accessMessage('passwordTooSimple', lang) }, lang);
  return password as string;
}

/**
 * `POST /auth/login` {username, password} → {token, expiresAt, user}; `POST /auth/logout`;
 * `GET /auth/me` → {user}; `POST /auth/password` {currentPassword, newPassword} (one's own);
 * `POST /users/:id/password` {password} (whoever may edit users: the administrator).
 */
export function registerAuthRoutes(router: Router, deps: AuthDeps): void {
  router.post('/auth/login', loginHandler(deps));
  router.post('/auth/logout', (_req, res) => {
    const token = (res.locals as { token?: string }).token;
    if (token) deps.sessions.revoke(token);
    res.status(204).end();
  });
  router.get('/auth/me', (_req, res) => {
    res.json({ user: publicUser(me(res, deps.store)) });
  });
  router.post('/auth/password', (req, res) => {
    const user = me(res, deps.store);
    const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<
      string,
      unknown
    >;
    const lang = langOf(res);
    if (typeof body.currentPassword !== 'string' || !verifyPassword(body.currentPassword, user.passwordHash))
      throw fieldErrors({ currentPassword: accessMessage('wrongCurrentPassword', lang) }, lang);
    setPassword(deps, user, checkNewPassword(body.newPassword, 'newPassword', res));
    res.status(204).end();
  });
  router.post('/users/:userId/password', (req, res) => {
    const id = /^[1-9]\d{0,14}$/.test(req.params.userId) ? Number(req.params.userId) : 0;
    const user = deps.store.find(users.name, id);
    if (!user) throw schemaError(404, 'notFound', langOf(res));
    const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<
      string,
      unknown
    >;
    setPassword(deps, user, checkNewPassword(body.password, 'password', res));
    res.status(204).end();
  });
}

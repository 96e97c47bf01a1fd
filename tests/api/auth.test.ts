import { afterEach, describe, expect, it } from 'vitest';
import { demoState, type Rows } from './demoDb';
import { call, get, signIn, startApi, type RunningApi } from './harness';
import { readDb } from './disk';

let api: RunningApi | undefined;
afterEach(() => api?.close());

/** A clock the test moves. */
function clock(start = Date.parse('2026-11-20T02:00:00Z')) {
  let ms = start;
  return { now: () => new Date(ms), advance: (minutes: number) => (ms += minutes * 60_000) };
}

const login = (username: string, password: string) =>
  call<{ token?: string; user?: Record<string, unknown>; message?: string }>(
    api as RunningApi,
    'POST',
    '/auth/login',
    { username, password },
  );

// Each test signs in several times, each sign-in a deliberately slow scrypt hash: on a busy
// machine that passes the default 20 s.
describe('sign-in', { timeout: 60_000 }, () => {
  it('answers {token, user} for the demo users, never with a hash', async () => {
    api = await startApi({ state: demoState(), auth: true });
    for (const [username, role] of [
      ['admin', 'admin'],
      ['manager', 'manager'],
      ['cs', 'cs_staff'],
      ['quality', 'quality_supervisor'],
      ['finance', 'finance'],
      ['therapist', 'therapist'],
    ]) {
      const r = await login(username, 'Demo@2026');
      expect(r.status).toBe(200);
      expect(r.body.token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
      expect(r.body.user).toMatchObject({ username, role });
      expect(JSON.stringify(r.body)).not.toMatch(/scrypt|passwordHash/);
    }
    const me = await get<{ user: { branchIds: number[] } }>(await signIn(api, 'manager'), '/auth/me');
    expect(me.body.user.branchIds).toEqual([1]);
  });

  it('refuses a wrong password or an unknown user alike, and stores hashes only', async () => {
    api = await startApi({ state: demoState(), auth: true });
    expect(await login('admin', 'demo@2026')).toMatchObject({
      status: 401,
      body: { message: '用户名或密码错误' },
    });
    expect(await login('nobody', 'Demo@2026')).toMatchObject({
      status: 401,
      body: { message: '用户名或密码错误' },
    });
    expect((await login('admin', '')).status).toBe(400);
    const stored = readDb<Rows>(api.file).users;
    for (const u of stored) {
      expect(u.passwordHash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
      expect(JSON.stringify(u)).not.toContain('Demo@2026');
    }
    const admin = await signIn(api, 'admin');
    const list = await get<Record<string, unknown>[]>(admin, '/users');
    expect(list.body.every((u) => !('passwordHash' in u))).toBe(true);
    expect((await get(admin, '/users?passwordHash_like=scrypt')).status).toBe(400);
    // a hash sent by a client is ignored
    const created = await call<{ id: number }>(admin, 'POST', '/users', {
      username: 'intruder',
      displayName: 'X',
      role: 'admin',
      passwordHash: 'scrypt$2$1$1$AAAAAAAAAAA=$AAAAAAAAAAAAAAAAAAAAAA==',
    });
    expect(created.status).toBe(201);
    expect((await login('intruder', 'anything')).status).toBe(401);
  });

  it('allows 5 failures per user and per address in 10 minutes, then 429 even with the right password', async () => {
    const c = clock();
    api = await startApi({ state: demoState(), auth: true, now: c.now });
    for (let i = 0; i < 5; i++) expect((await login('finance', `wrong${i}`)).status).toBe(401);
    const blocked = await login('finance', 'Demo@2026');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBe(600);
    c.advance(10);
    expect((await login('finance', 'Demo@2026')).status).toBe(200);
    // per address: failures spread over usernames still count for the address
    for (const u of ['a1', 'a2', 'a3', 'a4', 'a5']) expect((await login(u, 'x')).status).toBe(401);
    expect((await login('cs', 'Demo@2026')).status).toBe(429);
  });

  it('ends a session on logout, on expiry and when the user is deactivated', async () => {
    const c = clock();
    api = await startApi({ state: demoState(), auth: true, now: c.now });
    const cs = await signIn(api, 'cs');
    expect((await call(cs, 'POST', '/auth/logout')).status).toBe(204);
    expect((await get(cs, '/customers?_end=1')).status).toBe(401);

    const again = await signIn(api, 'cs');
    c.advance(8 * 60 + 1);
    expect((await get(again, '/customers?_end=1')).status).toBe(401);

    const admin = await signIn(api, 'admin');
    const quality = await signIn(api, 'quality');
    expect((await call(admin, 'PATCH', '/users/4', { active: false })).status).toBe(200);
    expect((await get(quality, '/complaints?_end=1')).status).toBe(401);
    expect((await login('quality', 'Demo@2026')).status).toBe(401);
  });

  it('lets the administrator set a password, and a user change their own', async () => {
    api = await startApi({ state: demoState(), auth: true });
    const admin = await signIn(api, 'admin');
    const manager = await signIn(api, 'manager');
    expect((await call(manager, 'POST', '/users/5/password', { password: 'New#Pass2026' })).status).toBe(403);
    expect((await call(admin, 'POST', '/users/5/password', { password: 'short' })).status).toBe(400);
    expect((await call(admin, 'POST', '/users/5/password', { password: 'New#Pass2026' })).status).toBe(204);
    expect((await login('finance', 'Demo@2026')).status).toBe(401);
    expect((await login('finance', 'New#Pass2026')).status).toBe(200);
    const own = await call(manager, 'POST', '/auth/password', {
      currentPassword: 'Demo@2026',
      newPassword: 'Mine!2026x',
    });
    expect(own.status).toBe(204);
    expect((await get(manager, '/branches')).status).toBe(401); // signed out everywhere
    expect((await login('manager', 'Mine!2026x')).status).toBe(200);
  });
});

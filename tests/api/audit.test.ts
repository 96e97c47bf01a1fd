import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoState, type Rows } from './demoDb';
import { call, get, signIn, startApi, type Client, type RunningApi } from './harness';
import { readDb } from './disk';

type Entry = {
  id: number;
  userId: number | null;
  action: string;
  resource: string | null;
  recordId: number | null;
  changes: string | null;
  ip: string | null;
};

let api: RunningApi;
let admin: Client;
let cs: Client;
const disk = () => readDb<Rows>(api.file);
/** Entries written after `since` (an id), from the file: what was acknowledged is on disk. */
const after = (since: number) => (disk()['audit-logs'] as Entry[]).filter((e) => e.id > since);
const lastId = () => Math.max(...(disk()['audit-logs'] as Entry[]).map((e) => e.id));

beforeAll(async () => {
  api = await startApi({ state: demoState(), auth: true });
}, 60_000);
afterAll(() => api.close());

describe('the audit log', () => {
  it('records sign-ins and failed sign-ins, with the address', async () => {
    const since = lastId();
    admin = await signIn(api, 'admin');
    await call(api, 'POST', '/auth/login', { username: 'cs', password: 'nope' });
    cs = await signIn(api, 'cs');
    expect(after(since).map((e) => [e.action, e.userId, e.ip])).toEqual([
      ['login', 1, '127.0.0.1'],
      ['login_failed', 3, '127.0.0.1'],
      ['login', 3, '127.0.0.1'],
    ]);
    expect(JSON.parse(after(since)[1].changes as string)).toEqual({ username: 'cs' });
  });

  it('records create, update and delete with the changed fields before and after, in the same write', async () => {
    const since = lastId();
    const created = await call<{ id: number }>(cs, 'POST', '/consultations', {
      branchId: 1,
      consultantId: 16,
      channel: 'phone',
      prospectName: '王女士',
      prospectContact: '13900001111',
      question: '产后多久可以做盆底修复？',
      receivedAt: '2026-11-19T09:00:00+08:00',
    });
    expect(created.status).toBe(201);
    const id = created.body.id;
    expect((await call(cs, 'PATCH', `/consultations/${id}`, { question: '产后42天可以吗？' })).status).toBe(
      200,
    );
    expect((await call(admin, 'DELETE', `/consultations/${id}`)).status).toBe(200);
    const entries = after(since);
    expect(entries.map((e) => [e.action, e.userId, e.resource, e.recordId])).toEqual([
      ['create', 3, 'consultations', id],
      ['update', 3, 'consultations', id],
      ['delete', 1, 'consultations', id],
    ]);
    expect(JSON.parse(entries[0].changes as string)).toMatchObject({ prospectName: [null, '王女士'] });
    expect(JSON.parse(entries[1].changes as string)).toEqual({
      question: ['产后多久可以做盆底修复？', '产后42天可以吗？'],
    });
    expect(JSON.parse(entries[2].changes as string)).toMatchObject({ prospectName: ['王女士', null] });
  });

  it('records each opening of a full customer file, and no entry for a masked view', async () => {
    const since = lastId();
    expect((await get(cs, '/customers/7')).status).toBe(200);
    const quality = await signIn(api, 'quality');
    expect((await get(quality, '/customers/8')).status).toBe(200);
    const views = after(since).filter((e) => e.action === 'view_customer');
    expect(views.map((e) => [e.userId, e.recordId])).toEqual([[3, 7]]);
  });

  it('is append-only: no route edits or deletes it, and only the administrator reads it', async () => {
    const before = JSON.stringify(disk()['audit-logs']);
    for (const [method, path] of [
      ['POST', '/audit-logs'],
      ['PUT', '/audit-logs/1'],
      ['PATCH', '/audit-logs/1'],
      ['DELETE', '/audit-logs/1'],
    ]) {
      expect(
        (await call(admin, method, path, method === 'DELETE' ? undefined : { action: 'login' })).status,
      ).toBe(405);
      expect(
        (await call(cs, method, path, method === 'DELETE' ? undefined : { action: 'login' })).status,
      ).toBe(403);
    }
    expect(JSON.stringify(disk()['audit-logs'])).toBe(before);
    expect((await get(cs, '/audit-logs')).status).toBe(403);
    const logins = await get<Entry[]>(admin, '/audit-logs?action=login_failed&userId=3');
    expect(logins.body.length).toBeGreaterThanOrEqual(1);
    expect(logins.body.every((e) => e.action === 'login_failed' && e.userId === 3)).toBe(true);
  });

  it('records each report download, and none for a refused or invalid one', async () => {
    const since = lastId();
    expect((await get(cs, '/reports/complaints?month=2026-10')).status).toBe(403);
    expect((await get(admin, '/reports/complaints?month=2026-13')).status).toBe(400);
    expect((await get(admin, '/reports/complaints?month=2026-10&format=xlsx')).status).toBe(200);
    // The entry is appended once the answer has gone out, so it may land just after it.
    await vi.waitFor(() => expect(after(since).length).toBeGreaterThan(0));
    expect(after(since).map((e) => [e.action, e.userId, e.resource])).toEqual([
      ['report_download', 1, 'complaints'],
    ]);
  });

  it('never copies a password hash into the log', async () => {
    const since = lastId();
    expect((await call(admin, 'POST', '/users/6/password', { password: 'Therapy#2026' })).status).toBe(204);
    const entry = after(since).find((e) => e.resource === 'users') as Entry;
    expect(JSON.parse(entry.changes as string)).toEqual({ passwordHash: ['***', '***'] });
  });
});

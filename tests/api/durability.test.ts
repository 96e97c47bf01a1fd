import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import low from 'lowdb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AtomicFileSync, writeFileAtomic, type DbState } from '../../mock-api/adapter';
import { prepareState } from '../../mock-api/database';
import { createApiApp } from '../../mock-api/server';
import { call, get, ids, startApi } from './harness';
import { readDb } from './disk';
import { fixture } from './fixture';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mock-api-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the atomic file adapter', () => {
  it('creates a missing file from the default, once', () => {
    const file = join(dir, 'db.json');
    let calls = 0;
    const adapter = new AtomicFileSync(file, { defaultValue: () => (calls++, fixture()) });
    expect(adapter.read().branches).toHaveLength(5);
    expect(JSON.parse(readFileSync(file, 'utf8')).branches).toHaveLength(5);
    expect(adapter.read().branches).toHaveLength(5);
    expect(calls).toBe(1);
    expect(readdirSync(dir)).toEqual(['db.json']);
  });

  it('refuses a file that is not a JSON object, and leaves it alone', () => {
    const file = join(dir, 'db.json');
    writeFileSync(file, '{"branches": [');
    const adapter = new AtomicFileSync(file, { defaultValue: fixture });
    expect(() => adapter.read()).toThrow(/not valid JSON/);
    writeFileSync(file, '[]');
    expect(() => adapter.read()).toThrow(/JSON object/);
    expect(readFileSync(file, 'utf8')).toBe('[]');
  });

  it('replaces the whole file and leaves no temporary file', () => {
    const file = join(dir, 'db.json');
    writeFileSync(file, 'old');
    for (let i = 0; i < 20; i++) writeFileAtomic(file, { n: [{ id: i }] });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ n: [{ id: 19 }] });
    expect(readdirSync(dir)).toEqual(['db.json']);
  });

  it('keeps the old file and removes the temporary one when writing fails', () => {
    const file = join(dir, 'db.json');
    writeFileAtomic(file, { n: [] });
    const cyclic: DbState = { n: [] };
    (cyclic.n as unknown[]).push(cyclic);
    expect(() => writeFileAtomic(file, cyclic)).toThrow();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ n: [] });
    expect(readdirSync(dir)).toEqual(['db.json']);
  });
});

describe('writes through the API', () => {
  it('leave a parseable file holding every acknowledged change, and no temporary files', async () => {
    const api = await startApi();
    try {
      const created: number[] = [];
      await Promise.all(
        Array.from({ length: 15 }, async (_, i) => {
          const r = await call<{ id: number }>(api, 'POST', '/departments', {
            branchId: 2,
            name: `部门${i}`,
            kind: 'business',
          });
          expect(r.status).toBe(201);
          created.push(r.body.id);
        }),
      );
      // Read as the API reads it at start: the file with its journal of writes replayed.
      const onDisk = readDb<Record<string, { id: number }[]>>(api.file);
      expect(onDisk.departments.map((d) => d.id).sort((a, b) => a - b)).toEqual(
        [1, 2, 3, ...created].sort((a, b) => a - b),
      );
      expect(onDisk._meta).toEqual({ nextId: { departments: 19 } });
      expect(readdirSync(api.dir).sort()).toEqual(['db.json', 'db.json.journal']);
    } finally {
      await api.close();
    }
  });

  it('answer 500 without a stack and change nothing when the file cannot be written', async () => {
    let failing = false;
    const state = fixture();
    prepareState(state);
    const db = low<DbState>({
      read: () => state,
      write: () => {
        if (failing) throw new Error('disk full');
      },
    });
    const logged: unknown[] = [];
    // Contract mode (no sign-in): this suite is about the file, not about access.
    const app = createApiApp({ db, auth: false, log: (e) => logged.push(e) });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const address = server.address() as { port: number };
    const api = { baseURL: `http://127.0.0.1:${address.port}/api` };
    try {
      failing = true;
      const r = await call(api, 'POST', '/branches', {
        code: 'CD01',
        name: '成都',
        city: '成都',
        type: 'beauty_salon',
      });
      expect(r.status).toBe(500);
      expect(r.body).toEqual({ message: '保存失败，数据未修改，请稍后重试' });
      expect((await call(api, 'DELETE', '/service-items/3')).status).toBe(500);
      expect((await call(api, 'PATCH', '/branches/1', { city: '天津' })).status).toBe(500);
      expect(ids(await get(api, '/branches'))).toEqual([1, 2, 3, 4, 5]);
      expect(ids(await get(api, '/service-items'))).toEqual([1, 2, 3]);
      expect((await get<{ city: string }>(api, '/branches/1')).body.city).toBe('北京');
      failing = false;
      const ok = await call<{ id: number }>(api, 'POST', '/branches', {
        code: 'CD01',
        name: '成都',
        city: '成都',
        type: 'beauty_salon',
      });
      expect(ok.body.id).toBe(6);
      expect(logged).toHaveLength(3);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

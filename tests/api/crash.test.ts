import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoState } from './demoDb';
import { readDb } from './disk';
import { fixture } from './fixture';
import { call, signIn, type Client } from './harness';

/**
 * Durability under a crash: the API runs as its own process (`tsx mock-api/cli.ts`, what
 * `npm run api` runs) on a temporary database, a stream of writes goes in, the process is
 * killed with SIGKILL in the middle, then started again. The database (file plus journal,
 * docs/storage.md) must read and hold every write that was acknowledged (201, 200) before the
 * kill; the restart folds the journal into the file; a clean stop (SIGTERM) does too.
 */

const dir = mkdtempSync(join(tmpdir(), 'mock-api-crash-'));
const file = join(dir, 'db.json');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function startProcess(port: number, log: string[] = []): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'mock-api/cli.ts', '--db', file, '--port', String(port)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      log.push(d.toString());
      if (out.includes('Mock API on')) resolve();
    });
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`API exited (${code}): ${out}`)));
  });
  return child;
}

describe('a crash in the middle of a stream of writes', () => {
  it('loses no acknowledged create or edit; start-up and a clean stop fold the journal into the file', async () => {
    // A small database (the contract fixture with the demo's users), so that writes are many.
    writeFileSync(file, JSON.stringify({ ...fixture(), users: demoState().users }));
    const port = await freePort();
    const api = { baseURL: `http://127.0.0.1:${port}/api` };
    let child = await startProcess(port);
    const manager: Client = await signIn(api, 'manager');

    const acknowledged: number[] = [];
    const refused: number[] = [];
    let sent = 0;
    let stop = false;
    // Four writers in parallel, each sending departments one after the other until the kill.
    const writer = async (w: number) => {
      while (!stop) {
        sent += 1;
        try {
          const r = await call<{ id: number }>(manager, 'POST', '/departments', {
            branchId: 1,
            name: `压测部门${w}-${sent}`,
            kind: 'business',
          });
          if (r.status === 201) acknowledged.push(r.body.id);
          else refused.push(r.status);
        } catch {
          return; // the connection died with the process
        }
      }
    };
    // A fifth edits one department over and over: the version it last acknowledged must survive.
    let editedAck = { version: 1, name: '' };
    const editor = async () => {
      let version = 1;
      while (!stop) {
        const name = `改名${version}`;
        try {
          const r = await call<{ version: number }>(manager, 'PATCH', '/departments/2', { name, version });
          if (r.status !== 200) {
            refused.push(r.status);
            return;
          }
          version = r.body.version;
          editedAck = { version, name };
        } catch {
          return;
        }
      }
    };
    const writers = [...[0, 1, 2, 3].map(writer), editor()];
    const deadline = Date.now() + 30_000;
    while (acknowledged.length < 150 && refused.length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 20));
    expect(refused).toEqual([]);
    // Listen before killing: the exit event may fire while the writers are still unwinding.
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    stop = true;
    await Promise.all(writers);
    await exited;

    // Read as the API reads at start: the file with the journal of writes replayed.
    const state = readDb<Record<string, { id: number; name?: string; version?: number }[]>>(file);
    const stored = new Set(state.departments.map((d) => d.id));
    const found = acknowledged.filter((id) => stored.has(id));
    console.log(
      `crash test: writes sent ${sent}, acknowledged ${acknowledged.length}, found after restart ${found.length}; ` +
        `department 2 acknowledged at version ${editedAck.version}`,
    );
    expect(found).toEqual(acknowledged);
    expect(editedAck.version).toBeGreaterThan(1);
    const edited = state.departments.find((d) => d.id === 2);
    // The edit in flight at the kill may have reached the disk unanswered; never less than the last answered one.
    expect([editedAck.version, editedAck.version + 1]).toContain(edited?.version);
    if (edited?.version === editedAck.version) expect(edited.name).toBe(editedAck.name);

    const startLog: string[] = [];
    child = await startProcess(port, startLog);
    try {
      expect(startLog.join('')).toMatch(/start: \d+ journal entries replayed/);
      // folded in at start: the file alone now holds every acknowledged write
      expect(statSync(`${file}.journal`).size).toBe(0);
      const folded = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { id: number }[]>;
      const inFile = new Set(folded.departments.map((d) => d.id));
      expect(acknowledged.every((id) => inFile.has(id))).toBe(true);

      const admin = await signIn(api, 'admin');
      const list = await call<{ id: number }[]>(admin, 'GET', '/departments?_end=100000');
      const served = new Set(list.body.map((d) => d.id));
      expect(acknowledged.every((id) => served.has(id))).toBe(true);
      // every acknowledged write has its audit entry too (same transaction)
      const audit = await call<{ recordId: number }[]>(
        admin,
        'GET',
        '/audit-logs?resource=departments&action=create&_end=100000',
      );
      const audited = new Set(audit.body.map((e) => e.recordId));
      expect(acknowledged.every((id) => audited.has(id))).toBe(true);

      // A clean stop folds the journal in too.
      const late = await call<{ id: number }>(admin, 'POST', '/departments', {
        branchId: 1,
        name: '停机前的部门',
        kind: 'business',
      });
      expect(late.status).toBe(201);
      expect(statSync(`${file}.journal`).size).toBeGreaterThan(0);
      const stopped = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await stopped;
      expect(statSync(`${file}.journal`).size).toBe(0);
      const after = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { id: number }[]>;
      expect(after.departments.some((d) => d.id === late.body.id)).toBe(true);
    } finally {
      child.kill('SIGKILL');
    }
  }, 180_000);
});

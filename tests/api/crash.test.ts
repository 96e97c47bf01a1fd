import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoState } from './demoDb';
import { fixture } from './fixture';
import { call, signIn, type Client } from './harness';

/**
 * Durability under a crash: the API runs as its own process (`tsx mock-api/cli.ts`, what
 * `npm run api` runs) on a temporary database, a stream of writes goes in, the process is
 * killed with SIGKILL in the middle, then started again. The file must parse and hold every
 * write that was acknowledged (201) before the kill.
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

async function startProcess(port: number): Promise<ChildProcess> {
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
      if (out.includes('Mock API on')) resolve();
    });
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.once('exit', (code) => reject(new Error(`API exited (${code}): ${out}`)));
  });
  return child;
}

describe('a crash in the middle of a stream of writes', () => {
  it('loses no acknowledged write, and leaves a parseable file', async () => {
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
    const writers = [0, 1, 2, 3].map(writer);
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

    const state = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { id: number }[]>;
    const stored = new Set(state.departments.map((d) => d.id));
    const found = acknowledged.filter((id) => stored.has(id));
    console.log(
      `crash test: writes sent ${sent}, acknowledged ${acknowledged.length}, found after restart ${found.length}`,
    );
    expect(found).toEqual(acknowledged);

    child = await startProcess(port);
    try {
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
    } finally {
      child.kill('SIGKILL');
    }
  }, 120_000);
});

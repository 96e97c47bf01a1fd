import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoState } from '../api/demoDb';
import { startApi, type RunningApi } from '../api/harness';
import { ADMIN, expectRefusalsLeaveNoFile, PERIOD, runReport, workbookCells } from './reportCommand';

/**
 * `npm run report -- … --api` as the CLI runs it, without a `fetch` of the caller's: the sign-in
 * and the report route then go through node:http (nodeHttp.ts), the workbook streamed to the file.
 * It must give what the fetch path gives (reportCliRoute.test.ts), refusals included.
 */

function command(argv: string[], withFetch = false) {
  return runReport(argv, withFetch ? globalThis.fetch.bind(globalThis) : undefined);
}

/** A backend whose report route answers with `respond`. */
async function stub(respond: (res: ServerResponse) => void): Promise<{ api: string; server: Server }> {
  const server = createServer((_req, res) => respond(res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { api: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`, server };
}

describe('report command --api over node:http', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-node-'));
  let withRoute: RunningApi;
  let withoutRoute: RunningApi;
  const stubs: Server[] = [];

  beforeAll(async () => {
    withRoute = await startApi({ state: demoState(), auth: true });
    withoutRoute = await startApi({ state: demoState(), features: [] });
  }, 120_000);

  afterAll(async () => {
    await withRoute.close();
    await withoutRoute.close();
    for (const s of stubs) await new Promise((resolve) => s.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('downloads the same workbook as through fetch, and the same json', async () => {
    const viaNode = join(dir, 'node.xlsx');
    const viaFetch = join(dir, 'fetch.xlsx');
    const args = ['complaints', ...PERIOD, '--api', withRoute.baseURL, ...ADMIN, '--out'];
    const node = await command([...args, viaNode]);
    expect(node).toMatchObject({ code: 0, stderr: `${viaNode}\n` });
    expect((await command([...args, viaFetch], true)).code).toBe(0);
    expect(readFileSync(viaNode).subarray(0, 2).toString()).toBe('PK');
    const got = await workbookCells(viaNode);
    expect(Object.values(got).reduce((n, sheet) => n + Object.keys(sheet.cells).length, 0)).toBeGreaterThan(
      100,
    );
    expect(got).toEqual(await workbookCells(viaFetch));

    const json = await command(['complaints', ...PERIOD, '--api', withRoute.baseURL, ...ADMIN]);
    expect(json.code).toBe(0);
    const jsonViaFetch = await command(['complaints', ...PERIOD, '--api', withRoute.baseURL, ...ADMIN], true);
    expect(json.stdout).toBe(jsonViaFetch.stdout);
    expect(readdirSync(dir)).not.toContainEqual(expect.stringMatching(/\.part$/));
  });

  it('falls back to the lists when the backend has no report route (404)', async () => {
    const file = join(dir, 'lists.xlsx');
    const r = await command(['complaints', ...PERIOD, '--api', withoutRoute.baseURL, '--out', file]);
    expect(r).toMatchObject({ code: 0, stderr: `${file}\n` });
    expect(await workbookCells(file)).toEqual(await workbookCells(join(dir, 'node.xlsx')));
  });

  it('refusals: 401 → exit 1 with the reason, an unknown branch (400) → exit 2, no file left', async () => {
    const file = join(dir, 'refused.xlsx');
    const wrong = ['--user', 'admin', '--password', 'not-the-password'];
    const badLogin = await command([
      'complaints',
      ...PERIOD,
      '--api',
      withRoute.baseURL,
      ...wrong,
      '--out',
      file,
    ]);
    const badLoginViaFetch = await command(
      ['complaints', ...PERIOD, '--api', withRoute.baseURL, ...wrong, '--out', file],
      true,
    );
    expect(badLogin.code).toBe(1);
    expect(badLogin.stderr).toMatch(/^登录失败：401 \S/);
    expect(badLogin.stderr).toBe(badLoginViaFetch.stderr);
    await expectRefusalsLeaveNoFile(command, withRoute.baseURL, dir);
  });

  it('a transfer cut off mid-workbook exits 1 and leaves the previous file', async () => {
    const { api, server } = await stub((res) => {
      res.writeHead(200, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
      res.write(Buffer.from('PK\u0003\u0004 the first bytes of a workbook'));
      setTimeout(() => res.destroy(), 20);
    });
    stubs.push(server);
    const file = join(dir, 'kept.xlsx');
    writeFileSync(file, 'the previous export');
    const r = await command(['complaints', ...PERIOD, '--api', api, '--out', file, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Reading reports\/complaints failed: \S/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(file, 'utf8')).toBe('the previous export');
  });

  it('an answer of another type, a 500 with a message, and no answer at all: exit 1, the reason named', async () => {
    const html = await stub((res) => {
      res.writeHead(200, { 'Content-Type': 'text/html' });
      res.end('<html>a proxy page</html>');
    });
    const failing = await stub((res) => {
      res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ message: 'the store is busy' }));
    });
    stubs.push(html.server, failing.server);
    const file = join(dir, 'typed.xlsx');
    const typed = await command(['complaints', ...PERIOD, '--api', html.api, '--out', file, '--lang', 'en']);
    expect(typed.code).toBe(1);
    expect(typed.stderr).toContain('the answer is text/html, not application/vnd.openxmlformats');
    const busy = await command([
      'complaints',
      ...PERIOD,
      '--api',
      failing.api,
      '--out',
      file,
      '--lang',
      'en',
    ]);
    expect(busy.code).toBe(1);
    expect(busy.stderr).toMatch(/^Reading reports\/complaints failed: 500 the store is busy/);
    expect(existsSync(file)).toBe(false);

    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const down = await command(['complaints', ...PERIOD, '--api', `http://127.0.0.1:${port}/api`]);
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/^读取 reports\/complaints 失败：fetch failed \(ECONNREFUSED\)/);
  });
});

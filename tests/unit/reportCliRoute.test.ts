import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoState } from '../api/demoDb';
import { startApi, type RunningApi } from '../api/harness';
import { runCommand } from '../../reports/core/command';
import { REPORTS } from '../../reports/index';
import { Capture } from './capture';
import {
  ADMIN,
  expectRefusalsLeaveNoFile,
  filesIn,
  NOW,
  PERIOD,
  runReport,
  workbookCells,
} from './reportCommand';

/**
 * `npm run report -- … --api`: the workbook comes from the backend's report route, streamed to
 * the file; a backend without the route is read through its lists; a refusal leaves no file.
 * Every workbook is compared cell by cell with the one `--db` writes for the same parameters.
 */

/** Runs the command with a fetch that records every URL asked. */
async function command(argv: string[]) {
  const urls: string[] = [];
  const recording: typeof fetch = (input, init) => {
    urls.push(String(input));
    return fetch(input, init);
  };
  return { ...(await runReport(argv, recording)), urls };
}

describe('report command --api through the report route', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-route-'));
  const db = join(dir, 'db.json');
  let withRoute: RunningApi;
  let withoutRoute: RunningApi;
  let dbWorkbook: Awaited<ReturnType<typeof workbookCells>>;
  let dbJson: unknown;
  let stub: Server;
  let stubApi = '';

  beforeAll(async () => {
    writeFileSync(db, JSON.stringify(demoState()));
    withRoute = await startApi({ state: demoState(), auth: true });
    // A plain simple-rest backend: the lists, no report route.
    withoutRoute = await startApi({ state: demoState(), features: [] });
    const file = join(dir, 'db.xlsx');
    const local = await command(['complaints', ...PERIOD, '--db', db, '--out', file]);
    expect(local.stderr).toBe(`${file}\n`);
    dbWorkbook = await workbookCells(file);
    dbJson = JSON.parse((await command(['complaints', ...PERIOD, '--db', db])).stdout);
    // A backend that starts sending the workbook and then fails mid-sheet.
    stub = createServer((_req, res) => {
      res.writeHead(200, {
        'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      });
      res.write(Buffer.from('PK\u0003\u0004 the first bytes of a workbook'));
      setTimeout(() => res.destroy(), 20);
    });
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
    stubApi = `http://127.0.0.1:${(stub.address() as AddressInfo).port}/api`;
  }, 120_000);

  afterAll(async () => {
    await withRoute.close();
    await withoutRoute.close();
    await new Promise((resolve) => stub.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('the --db reference has every sheet and one detail row per complaint received in the period', () => {
    expect(Object.keys(dbWorkbook)).toEqual(['汇总', '按机构', '按月份', '投诉明细']);
    // Counted from the seed itself: received between 2026-08-01 00:00 and 2026-11-20 24:00 Shanghai.
    const from = Date.parse('2026-07-31T16:00:00.000Z');
    const to = Date.parse('2026-11-20T16:00:00.000Z');
    const received = (demoState().complaints as { receivedAt: string }[]).filter((c) => {
      const at = Date.parse(c.receivedAt);
      return at >= from && at < to;
    }).length;
    expect(received).toBeGreaterThan(20);
    const columnA = Object.keys(dbWorkbook['投诉明细'].cells).filter((a) => /^A\d+$/.test(a)).length;
    // 4 caption lines, the header and the totals row around the complaints
    expect(columnA).toBe(received + 6);
  });

  it('downloads the workbook from the route (no list read) and it equals the --db one cell by cell', async () => {
    const file = join(dir, 'route.xlsx');
    const r = await command(['complaints', ...PERIOD, '--api', withRoute.baseURL, ...ADMIN, '--out', file]);
    expect(r.stderr).toBe(`${file}\n`);
    expect(r.code).toBe(0);
    const asked = r.urls.map((u) => new URL(u).pathname);
    expect(asked).toEqual(['/api/auth/login', '/api/reports/complaints']);
    expect(new URL(r.urls[1]).searchParams.get('format')).toBe('xlsx');
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
    const route = await workbookCells(file);
    expect(Object.keys(route)).toEqual(Object.keys(dbWorkbook));
    for (const name of Object.keys(dbWorkbook)) expect(route[name], name).toEqual(dbWorkbook[name]);
    expect(filesIn(dir)).not.toContainEqual(expect.stringMatching(/\.part$/));
  });

  it('json through the route equals the --db json, to stdout and to --out', async () => {
    const r = await command(['complaints', ...PERIOD, '--api', withRoute.baseURL, ...ADMIN]);
    expect(r.code).toBe(0);
    expect(r.urls.map((u) => new URL(u).pathname)).toEqual(['/api/auth/login', '/api/reports/complaints']);
    expect(JSON.parse(r.stdout)).toEqual(dbJson);
    const file = join(dir, 'route.json');
    const toFile = await command([
      'complaints',
      ...PERIOD,
      '--api',
      withRoute.baseURL,
      ...ADMIN,
      '--out',
      file,
    ]);
    expect(toFile.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(r.stdout);
  });

  it('--token is sent instead of signing in', async () => {
    const login = await fetch(`${withRoute.baseURL}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'Demo@2026' }),
    });
    const { token } = (await login.json()) as { token: string };
    const r = await command(['complaints', ...PERIOD, '--api', withRoute.baseURL, '--token', token]);
    expect(r.code).toBe(0);
    expect(r.urls.map((u) => new URL(u).pathname)).toEqual(['/api/reports/complaints']);
    expect(JSON.parse(r.stdout)).toEqual(dbJson);
  });

  it('falls back to the list API when the backend has no report route (404), same workbook', async () => {
    const file = join(dir, 'lists.xlsx');
    const r = await command(['complaints', ...PERIOD, '--api', withoutRoute.baseURL, '--out', file]);
    expect(r.stderr).toBe(`${file}\n`);
    expect(r.code).toBe(0);
    const asked = r.urls.map((u) => new URL(u).pathname);
    expect(asked[0]).toBe('/api/reports/complaints');
    expect(asked).toContain('/api/complaints');
    const lists = await workbookCells(file);
    for (const name of Object.keys(dbWorkbook)) expect(lists[name], name).toEqual(dbWorkbook[name]);
  });

  it('a refusal leaves no file and keeps the exit codes: 401 → 1, an unknown branch (400) → 2', async () => {
    await expectRefusalsLeaveNoFile(command, withRoute.baseURL, dir);
  });

  it('a transfer cut off mid-workbook exits 1 and leaves an existing file as it was', async () => {
    const file = join(dir, 'kept.xlsx');
    writeFileSync(file, 'the previous export');
    const before = filesIn(dir);
    const r = await command(['complaints', ...PERIOD, '--api', stubApi, '--out', file, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^Reading reports\/complaints failed: /);
    expect(readFileSync(file, 'utf8')).toBe('the previous export');
    expect(filesIn(dir)).toEqual(before);
  });

  it('loads the report definitions only when it runs a report itself', async () => {
    let loads = 0;
    const loader = async () => {
      loads++;
      return REPORTS;
    };
    const io = () => ({ stdout: new Capture(), stderr: new Capture(), now: NOW });
    const viaRoute = ['complaints', ...PERIOD, '--api', withRoute.baseURL, ...ADMIN];
    expect(await runCommand(viaRoute, loader, io())).toBe(0);
    expect(loads).toBe(0);
    expect(await runCommand(['complaints', ...PERIOD, '--api', withoutRoute.baseURL], loader, io())).toBe(0);
    expect(loads).toBe(1);
    const unknown = io();
    expect(await runCommand(['nope', ...PERIOD, '--db', db], loader, unknown)).toBe(2);
    expect(unknown.stderr.text).toContain('complaints');
  });

  it('a backend that cannot be reached: exit 1, the reason named', async () => {
    // A port that was just free: nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise((resolve) => probe.close(resolve));
    const r = await command(['complaints', ...PERIOD, '--api', `http://127.0.0.1:${port}/api`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^读取 reports\/complaints 失败：fetch failed \(ECONNREFUSED\)/);
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReportsApi } from '../../mock-api/features/reports';
import { DEFAULT_API, parseCliArgs } from '../../reports/core/cliArgs';
import { runCommand } from '../../reports/core/command';
import { startApi, type RunningApi } from '../api/harness';
import { contractsFixtureReport, type ContractsByBranch } from '../api/reportsFixture';
import { REPORT_PASSWORD, reportsState } from '../api/reportsState';
import { Capture } from './capture';

const NOW = new Date('2026-12-05T02:00:00.000Z');

function parsed(argv: string[]) {
  const r = parseCliArgs(argv, NOW);
  if (!r.ok) throw new Error(`expected to parse: ${r.message}`);
  return r.options;
}

function refusal(argv: string[]): string {
  const r = parseCliArgs(argv, NOW);
  if (r.ok) throw new Error(`expected a refusal of ${argv.join(' ')}`);
  return r.message;
}

describe('report command arguments', () => {
  it('reads a month, defaults as-of to now, json to stdout and the local API', () => {
    const o = parsed(['complaints', '--month', '2026-02']);
    expect(o).toEqual({
      name: 'complaints',
      params: {
        period: { from: '2026-02-01', to: '2026-02-28' },
        month: '2026-02',
        asOf: '2026-12-05T02:00:00.000Z',
      },
      format: 'json',
      out: undefined,
      lang: 'zh',
      source: { kind: 'api', api: DEFAULT_API, user: undefined, password: undefined },
    });
    expect(DEFAULT_API).toBe('http://localhost:4000/api');
  });

  it('reads a range, a branch, an as-of with offset (stored as UTC), xlsx from the file name, extra params', () => {
    const o = parsed([
      'satisfaction',
      '--from',
      '2024-02-01',
      '--to',
      '2024-02-29',
      '--branch',
      'BJ01',
      '--as-of',
      '2024-03-01T00:00:00+08:00',
      '--out',
      'x.XLSX',
      '--param',
      'staffId=7',
      '--lang',
      'en',
    ]);
    expect(o.params).toEqual({
      period: { from: '2024-02-01', to: '2024-02-29' },
      branch: 'BJ01',
      asOf: '2024-02-29T16:00:00.000Z',
      extra: { staffId: '7' },
    });
    expect(o.format).toBe('xlsx');
    expect(o.lang).toBe('en');
  });

  it('reads a year, --db and credentials', () => {
    expect(parsed(['kpi', '--year', '2026']).params.period).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(parsed(['kpi', '--month', '2026-01', '--db', 'd.json']).source).toEqual({
      kind: 'db',
      file: 'd.json',
    });
    expect(parsed(['kpi', '--month', '2026-01', '--user', 'u', '--password', 'p']).source).toMatchObject({
      user: 'u',
      password: 'p',
    });
    expect(parsed(['kpi', '--month', '2026-01', '--token', 'abc']).source).toEqual({
      kind: 'api',
      api: DEFAULT_API,
      token: 'abc',
    });
  });

  it.each([
    [['complaints'], '--month'],
    [['complaints', '--month', '2026-13'], '--month: 应为月份'],
    [['complaints', '--month', '2026-02', '--from', '2026-02-01', '--to', '2026-02-02'], '--month'],
    [['complaints', '--from', '2026-02-30', '--to', '2026-03-01'], '--from'],
    [['complaints', '--from', '2026-03-01'], '--to'],
    [['complaints', '--from', '2026-03-02', '--to', '2026-03-01'], '--to'],
    [['complaints', '--from', '2020-01-01', '--to', '2026-01-01'], '--to'],
    [['complaints', '--month', '2026-02', '--as-of', '2026-02-01 10:00'], '--as-of'],
    [['complaints', '--month', '2026-02', '--format', 'pdf'], '--format'],
    [['complaints', '--month', '2026-02', '--format', 'xlsx'], '--out'],
    [['complaints', '--month', '2026-02', '--db', 'x', '--api', 'http://h'], '--db'],
    [['complaints', '--month', '2026-02', '--user', 'u'], '--password'],
    [['complaints', '--month', '2026-02', '--token', 't', '--user', 'u', '--password', 'p'], '--token'],
    [['complaints', '--month', '2026-02', '--token', 't', '--db', 'x'], '--db'],
    [['complaints', '--month', '2026-02', '--param', 'oops'], '--param'],
    [['complaints', '--month', '2026-02', '--bogus'], 'bogus'],
    [['--month', '2026-02'], 'NAME'],
  ])('refuses %j with a message naming %s', (argv, part) => {
    expect(refusal(argv)).toContain(part);
  });
});

async function command(argv: string[]) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCommand(argv, [contractsFixtureReport], { stdout, stderr, now: NOW });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe('report command runs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
  const db = join(dir, 'db.json');
  let api: RunningApi;
  let authApi: RunningApi;
  beforeAll(async () => {
    writeFileSync(db, JSON.stringify(reportsState()));
    const features = [createReportsApi([contractsFixtureReport])];
    api = await startApi({ state: reportsState(), features });
    authApi = await startApi({ state: reportsState(), features, auth: true });
  });
  afterAll(async () => {
    await api.close();
    await authApi.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('--db: json to stdout, figures counted by hand, the file unchanged', async () => {
    const before = readFileSync(db, 'utf8');
    const r = await command(['test-contracts', '--month', '2026-11', '--db', db, '--branch', 'SH01']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as ContractsByBranch;
    expect(json.byBranch).toEqual([
      { branchId: 2, code: 'SH01', name: '上海臻颜美容院', count: 2, total: 1100 },
    ]);
    expect(json.asOf).toBe(NOW.toISOString());
    expect(readFileSync(db, 'utf8')).toBe(before);
  });

  it('--api: reads every page over HTTP and gives the same figures as the API route', async () => {
    const r = await command([
      'test-contracts',
      '--from',
      '2026-10-01',
      '--to',
      '2026-12-31',
      '--api',
      api.baseURL,
    ]);
    expect(r.code).toBe(0);
    const viaRoute = await fetch(
      `${api.baseURL}/reports/test-contracts?from=2026-10-01&to=2026-12-31&asOf=${NOW.toISOString()}`,
    );
    expect(JSON.parse(r.stdout)).toEqual(await viaRoute.json());
  });

  it('--user/--password: signs in, and the figures follow the user’s branches', async () => {
    const r = await command([
      'test-contracts',
      '--from',
      '2026-10-01',
      '--to',
      '2026-12-31',
      '--api',
      authApi.baseURL,
      '--user',
      'manager',
      '--password',
      REPORT_PASSWORD,
    ]);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as ContractsByBranch).byBranch.map((b) => b.code)).toEqual(['GZ01']);
    const wrong = await command([
      'test-contracts',
      '--month',
      '2026-11',
      '--api',
      authApi.baseURL,
      '--user',
      'manager',
      '--password',
      'nope-nope-1',
    ]);
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^登录失败：401/);
    expect(wrong.stderr).not.toMatch(/\n\s+at /);
  });

  it('writes an xlsx file and json to --out', async () => {
    const xlsx = join(dir, 'r.xlsx');
    const r = await command([
      'test-contracts',
      '--month',
      '2026-11',
      '--db',
      db,
      '--out',
      xlsx,
      '--lang',
      'en',
    ]);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['By branch', 'Contracts']);
    const file = join(dir, 'r.json');
    expect((await command(['test-contracts', '--month', '2026-11', '--db', db, '--out', file])).code).toBe(0);
    expect((JSON.parse(readFileSync(file, 'utf8')) as ContractsByBranch).total).toBe(1696);
  });

  it('exits 2 with a message for an unknown report, an unknown branch and bad parameters', async () => {
    const unknown = await command(['nope', '--month', '2026-11', '--db', db]);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain('test-contracts');
    const branch = await command(['test-contracts', '--month', '2026-11', '--db', db, '--branch', 'XX99']);
    expect(branch.code).toBe(2);
    expect(branch.stderr).toContain('XX99');
    const month = await command(['test-contracts', '--month', '2026-11-01', '--db', db]);
    expect(month.code).toBe(2);
    expect(month.stderr).toMatch(/^--month: /);
  });

  it('exits 1 with a message, not a stack, when the API cannot be reached or the file is missing', async () => {
    const down = await command(['test-contracts', '--month', '2026-11', '--api', 'http://127.0.0.1:9/api']);
    expect(down.code).toBe(1);
    // The report route is asked first: the failure names it.
    expect(down.stderr).toMatch(/^读取 reports\/test-contracts 失败：fetch failed/);
    expect(down.stderr).not.toMatch(/\n\s+at /);
    const missing = await command(['test-contracts', '--month', '2026-11', '--db', join(dir, 'none.json')]);
    expect(missing).toMatchObject({ code: 1 });
    expect(missing.stderr).toContain('does not exist');
  });
});

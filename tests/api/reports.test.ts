import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReportsApi } from '../../mock-api/features/reports';
import { call, get, startApi, type Client, type RunningApi } from './harness';
import { contractsFixtureReport, type ContractsByBranch } from './reportsFixture';
import { REPORT_PASSWORD, reportsState } from './reportsState';

/**
 * GET /api/reports/:name over a test-only report (contracts per branch), mounted as the only
 * feature: the figures below are counted by hand from tests/api/reportsState.ts.
 */
const features = [createReportsApi([contractsFixtureReport])];
const ASOF = '2026-12-05T10:00:00+08:00';

describe('GET /api/reports/:name (contract mode)', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApi({ state: reportsState(), features });
  });
  afterAll(() => api.close());

  it('answers the report JSON for a month', async () => {
    const r = await get<ContractsByBranch>(
      api,
      `/reports/test-contracts?month=2026-11&asOf=${encodeURIComponent(ASOF)}`,
    );
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      period: { from: '2026-11-01', to: '2026-11-30' },
      asOf: '2026-12-05T02:00:00.000Z',
      count: 3,
      total: 1696,
      byBranch: [
        { branchId: 1, code: 'BJ01', name: '北京悦心产后修复中心', count: 1, total: 596 },
        { branchId: 2, code: 'SH01', name: '上海臻颜美容院', count: 2, total: 1100 },
      ],
    });
  });

  it('limits to one branch by code and to a date range', async () => {
    const r = await get<ContractsByBranch>(
      api,
      '/reports/test-contracts?from=2026-11-15&to=2026-12-01&branch=SH01',
    );
    expect(r.status).toBe(200);
    expect(r.body.byBranch).toEqual([
      { branchId: 2, code: 'SH01', name: '上海臻颜美容院', count: 2, total: 1100 },
    ]);
    const wide = await get<ContractsByBranch>(api, '/reports/test-contracts?from=2026-10-31&to=2026-12-01');
    expect(wide.body.count).toBe(5);
  });

  it('streams the workbook with a UTF-8 file name and the same figures', async () => {
    const response = await fetch(`${api.baseURL}/reports/test-contracts?month=2026-11&format=xlsx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toContain('attachment; filename="test-contracts_2026-11.xlsx"');
    expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('合同统计（测试）_2026-11.xlsx')}`);
    const wb = new ExcelJS.Workbook();
    // exceljs types `load` with the Node 18 Buffer; the bytes are what it needs.
    await wb.xlsx.load(
      Buffer.from(await response.arrayBuffer()) as unknown as Parameters<typeof wb.xlsx.load>[0],
    );
    expect(wb.worksheets.map((w) => w.name)).toEqual(['按机构', '合同明细']);
    const summary = wb.worksheets[0];
    // caption: title, period, as-of, branch → header on row 5, two branches, totals on row 8
    expect(summary.getCell('A1').value).toBe('合同统计（测试）');
    expect(summary.getRow(5).getCell(4).value).toBe('金额');
    expect(summary.getRow(8).getCell(4).value).toMatchObject({ formula: 'SUM(D6:D7)', result: 1696 });
  });

  it('answers in English with Accept-Language: en', async () => {
    const r = await get<{ message: string; errors: Record<string, string> }>(
      api,
      '/reports/test-contracts?month=2026-13',
      { 'Accept-Language': 'en-US' },
    );
    expect(r.status).toBe(400);
    expect(r.body.errors.month).toBe('Must be a month YYYY-MM, e.g. 2026-03');
  });

  it.each([
    ['', 'month'],
    ['month=2026-13', 'month'],
    ['month=2026-11&from=2026-11-01&to=2026-11-02', 'month'],
    ['from=2026-11-01', 'to'],
    ['from=2026-11-31&to=2026-12-01', 'from'],
    ['from=2026-12-01&to=2026-11-01', 'to'],
    ['month=2026-11&asOf=yesterday', 'asOf'],
    ['month=2026-11&format=pdf', 'format'],
    ['month=2026-11&branch=XX99', 'branch'],
    ['month=2026-11&branch=a%20b', 'branch'],
    ['month=2026-11&month=2026-10', 'month'],
  ])('refuses %s with a field error on %s', async (query, field) => {
    const r = await get<{ message: string; errors: Record<string, string> }>(
      api,
      `/reports/test-contracts?${query}`,
    );
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.errors)).toContain(field);
    expect(r.body.errors[field]).toMatch(/\S/);
  });

  it('answers 404 for an unknown report', async () => {
    const r = await get<{ message: string }>(api, '/reports/nope?month=2026-11');
    expect(r.status).toBe(404);
    expect(r.body.message).toContain('test-contracts');
  });
});

describe('GET /api/reports/:name with sign-in', () => {
  let api: RunningApi;
  let admin: Client;
  let manager: Client;
  const signIn = async (username: string): Promise<Client> => {
    const r = await call<{ token: string }>(api, 'POST', '/auth/login', {
      username,
      password: REPORT_PASSWORD,
    });
    expect(r.status).toBe(200);
    return { baseURL: api.baseURL, headers: { Authorization: `Bearer ${r.body.token}` } };
  };
  beforeAll(async () => {
    api = await startApi({ state: reportsState(), features, auth: true });
    admin = await signIn('admin');
    manager = await signIn('manager');
  });
  afterAll(() => api.close());

  it('needs a session', async () => {
    expect((await get(api, '/reports/test-contracts?month=2026-11')).status).toBe(401);
  });

  it("reads through visibleRows: a manager of branch 3 gets only branch 3's figures", async () => {
    const all = await get<ContractsByBranch>(admin, '/reports/test-contracts?from=2026-10-01&to=2026-12-31');
    // the fixture's administrator is limited to branches 1 and 2
    expect(all.body.byBranch.map((b) => [b.code, b.count])).toEqual([
      ['BJ01', 2],
      ['SH01', 2],
    ]);
    const own = await get<ContractsByBranch>(
      manager,
      '/reports/test-contracts?from=2026-10-01&to=2026-12-31',
    );
    expect(own.status).toBe(200);
    expect(own.body.byBranch).toEqual([
      { branchId: 3, code: 'GZ01', name: '广州美莱医疗美容医院', count: 1, total: 10 },
    ]);
    expect((await get(manager, '/reports/test-contracts?month=2026-11&branch=BJ01')).status).toBe(403);
  });
});

describe('the product API mounts the reports route', () => {
  let api: RunningApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('answers 404 with a message for a report that is not registered', async () => {
    const r = await get<{ message: string }>(api, '/reports/test-contracts?month=2026-11');
    expect(r.status).toBe(404);
    expect(r.body.message).toMatch(/test-contracts/);
  });
});

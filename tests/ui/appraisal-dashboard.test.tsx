// @vitest-environment jsdom
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { appraisalReportDefinition } from '../../reports/appraisal';
import type { AppraisalReport } from '../../reports/appraisal/result';
import { runReport, sheetsOf } from '../../reports/core/run';
import { tableRecordSource } from '../../reports/core/sources/table';
import { writeWorkbookFile } from '../../reports/core/xlsx/node';
import AppraisalDashboard from '../../src/features/appraisal/dashboard/AppraisalDashboard';
import { appraisalXlsx } from '../../src/features/appraisal/dashboard/download';
import { money, points } from '../../src/features/appraisal/dashboard/figures';
import { cached, EXPECTED_PAY_TOTAL, reportTables, sheetRows } from '../unit/appraisal-report.fixture';
import { addMonths, shanghaiMonth } from '../../src/schema/time';
import { fakeProvider, renderApp } from './harness';

/*
 * One run of the report definition gives the JSON (which the dashboard receives from the
 * report route) and the xlsx (written by the report writer and read back with exceljs). The
 * dashboard's figures, the JSON and the workbook must carry the same numbers.
 */
const dir = mkdtempSync(join(tmpdir(), 'appraisal-dashboard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let json: AppraisalReport;
let xlsxEmployees: Record<string, unknown>[];
let xlsxTeams: Record<string, unknown>[];

beforeAll(async () => {
  const tables = reportTables();
  const params = {
    period: { from: '2026-03-01', to: '2026-03-31' },
    month: '2026-03',
    asOf: '2026-04-05T00:00:00.000Z',
  };
  const run = await runReport(
    appraisalReportDefinition,
    tableRecordSource((n) => tables[n] ?? []),
    params,
    'zh',
  );
  // The route answers JSON: what the dashboard gets is the serialised result.
  json = JSON.parse(JSON.stringify(run.result)) as AppraisalReport;
  const file = join(dir, 'appraisal.xlsx');
  await writeWorkbookFile(sheetsOf(appraisalReportDefinition, run, 'zh'), 'zh', file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  xlsxEmployees = sheetRows(wb.getWorksheet('员工得分') as ExcelJS.Worksheet, '工号');
  xlsxTeams = sheetRows(wb.getWorksheet('小组') as ExcelJS.Worksheet, '考核小组');
});

/*
 * The dashboard keeps its filters in the URL (the kit's useReportQuery, react-router's
 * useSearchParams). The harness's router is react-router's CommonJS build (see harness.tsx);
 * the page must read the same instance, so 'react-router' resolves to it here too.
 */
vi.mock('react-router', async () => {
  const { createRequire } = await import('node:module');
  return createRequire(import.meta.url)('react-router') as object;
});

const REPORT_URL = /^\/api\/reports\/appraisal\?/;

/** The report route answers the json (or, with `routeStatus` 404, is absent: a plain REST backend). */
function renderDashboard(path = '/things?month=2026-03', routeStatus = 200) {
  const fetchMock = vi.fn(async (url: string) =>
    routeStatus === 200 && REPORT_URL.test(url)
      ? new Response(JSON.stringify(json), { headers: { 'Content-Type': 'application/json' } })
      : new Response(JSON.stringify({ message: 'Not Found' }), { status: 404 }),
  );
  vi.stubGlobal('fetch', fetchMock);
  const tables = reportTables();
  const { provider } = fakeProvider(tables as Record<string, never[]>);
  renderApp(path, provider, undefined, <AppraisalDashboard />);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

const card = (title: string) =>
  screen.getByText(title, { selector: '.ant-card-head-title span' }).closest('.ant-card') as HTMLElement;
const bodyRows = (el: HTMLElement) => within(el).getAllByRole('row').slice(1);

describe('appraisal dashboard = json = xlsx', () => {
  it('asks the report route for the month of the URL, with the branch and team filters', async () => {
    const fetchMock = renderDashboard('/things?month=2026-03&branch=BJ01&team=2');
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const url = new URL(String(fetchMock.mock.calls[0][0]), 'http://console');
    expect(url.pathname).toBe('/api/reports/appraisal');
    expect(Object.fromEntries(url.searchParams)).toEqual({ month: '2026-03', branch: 'BJ01', team: '2' });
  });

  it('defaults to the last complete month when the URL names none', async () => {
    const fetchMock = renderDashboard('/things');
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const url = new URL(String(fetchMock.mock.calls[0][0]), 'http://console');
    expect(url.searchParams.get('month')).toBe(addMonths(shanghaiMonth(Date.now()), -1));
  });

  it('shows every employee’s pay as in the json and the xlsx, and pay = its components', async () => {
    renderDashboard();
    await waitFor(() =>
      expect(screen.getByTestId('headline-pay').textContent).toBe(money(EXPECTED_PAY_TOTAL)),
    );
    const xlsxTotal = xlsxEmployees.at(-1) as Record<string, unknown>;
    expect(cached(xlsxTotal['总工资（元）'])).toBeCloseTo(EXPECTED_PAY_TOTAL, 10);
    for (const e of json.employees) {
      const x = xlsxEmployees.find((r) => r['工号'] === e.employeeNo) as Record<string, unknown>;
      expect(screen.getByTestId(`pay-${e.employeeId}`).textContent).toBe(money(e.pay));
      expect(x['总工资（元）']).toBe(e.pay);
      expect(x['业务提成（元）']).toBe(e.commissionYuan);
      expect(e.pay).toBeCloseTo(
        e.baseSalary + e.allowance + e.fullAttendanceBonus + e.commissionYuan + e.award,
        10,
      );
      expect(x['总工资（元）'] as number).toBeCloseTo(
        (x['基本工资（元）'] as number) +
          (x['岗位津贴（元）'] as number) +
          (x['全勤奖（元）'] as number) +
          (x['业务提成（元）'] as number) +
          (x['优秀员工奖（元）'] as number),
        10,
      );
    }
  });

  it('ranks points and commission as the json says, and links each name to its events', async () => {
    renderDashboard();
    const board = await waitFor(() => card('得分排行'));
    const rows = await waitFor(() => {
      const r = bodyRows(board);
      expect(r).toHaveLength(5);
      return r;
    });
    // 12 (+1), 21 (−5), 10 (−9), 20 (−16), 11 (−18)
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['1', '郑新人', '网络咨询组', '+1'],
      ['2', '冯电咨', '电话咨询组', '-5'],
      ['3', '周组长', '网络咨询组', '-9'],
      ['4', '王组长', '电话咨询组', '-16'],
      ['5', '吴网咨', '网络咨询组', '-18'],
    ]);
    for (const r of rows) {
      const name = within(r).getAllByRole('cell')[1].textContent;
      const e = json.employees.find((x) => x.name === name) as AppraisalReport['employees'][number];
      expect(within(r).getAllByRole('cell')[3].textContent).toBe(points(e.points));
      expect((xlsxEmployees.find((x) => x['姓名'] === name) as Record<string, unknown>)['得分']).toBe(
        e.points,
      );
    }
    const href = within(rows[0]).getByRole('link', { name: '郑新人' }).getAttribute('href') as string;
    expect(decodeURIComponent(href)).toBe(
      '/appraisal-events?currentPage=1&filters[0][field]=employeeId&filters[0][operator]=in&filters[0][value][0]=12&filters[1][field]=occurredOn&filters[1][operator]=gte&filters[1][value]=2026-03-01&filters[2][field]=occurredOn&filters[2][operator]=lte&filters[2][value]=2026-03-31',
    );
    const commission = bodyRows(card('提成排行')).map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );
    expect(commission[0]).toEqual(['1', '冯电咨', '电话咨询组', money(257.5)]);
    expect(commission[1]).toEqual(['2', '王组长', '电话咨询组', money(36.5)]);
  });

  it('shows team collective figures, escalations with their events, categories, trend and awards', async () => {
    renderDashboard();
    const teams = await waitFor(() => {
      const r = bodyRows(card('小组集体分'));
      expect(r).toHaveLength(2);
      return r;
    });
    const shown = teams.map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );
    expect(shown).toEqual(
      json.teams.map((t) => [
        t.name,
        String(t.members),
        points(t.collectivePoints),
        money(t.collectiveYuan),
        String(t.escalations),
      ]),
    );
    expect(
      xlsxTeams.slice(0, -1).map((t) => [t['考核小组'], t['考核人数'], t['集体分'], t['集体提成（元）']]),
    ).toEqual(json.teams.map((t) => [t.name, t.members, t.collectivePoints, t.collectiveYuan]));

    const escalations = bodyRows(card('加重次数'));
    expect(
      escalations.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['2026-03-05', '吴网咨', '网络咨询组', 'S01 × 3', '-5', '-5'],
      ['2026-03-10', '王组长', '电话咨询组', 'D04 × 3', '-5', '-5'],
    ]);
    expect(
      decodeURIComponent(within(escalations[0]).getByRole('link').getAttribute('href') as string),
    ).toContain(
      'filters[2][field]=occurredOn&filters[2][operator]=gte&filters[2][value]=2026-03-05&filters[3][field]=occurredOn&filters[3][operator]=lte&filters[3][value]=2026-03-05',
    );
    expect(screen.getByTestId('headline-escalations').textContent).toBe('2');

    // categories: record keeping +1, spot check −5, service −11, discipline −2 −11 = −13, praise +6,
    // conversions 0 points (their money is in the commission)
    expect(
      bodyRows(card('各类规则得分')).map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['考核表/登记表', '+1'],
      ['抽查考核', '-5'],
      ['服务标准', '-11'],
      ['纪律标准', '-13'],
      ['顾客表扬', '+6'],
      ['成功率提成', '0'],
    ]);
    const trend = bodyRows(card('近月得分走势')).map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );
    expect(trend.at(-2)).toEqual(['2026-02', '-19', money(-19)]);
    expect(trend.at(-1)?.slice(0, 2)).toEqual(['2026-03', '-47']);
    expect(
      bodyRows(card('月度优秀员工')).map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['网络咨询组', '1', '郑新人', '150.00'],
      ['电话咨询组', '1', '冯电咨', '120.00'],
    ]);
  });
});

describe('appraisal dashboard: the download and a backend without the report route', () => {
  /** Captures what the page hands the browser to save. */
  function captureDownloads() {
    const saved: { blob: Blob; name: string }[] = [];
    let last: Blob | undefined;
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: (blob: Blob) => {
        last = blob;
        return 'blob:appraisal';
      },
    });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => {} });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      if (last) saved.push({ blob: last, name: this.download });
    });
    return { saved, restore: () => click.mockRestore() };
  }

  /** A Blob's bytes (jsdom's Blob has no arrayBuffer(); its FileReader reads it). */
  function bytesOf(blob: Blob): Promise<Uint8Array> {
    if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer().then((b) => new Uint8Array(b));
    return new Promise((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(blob);
    });
  }

  async function workbookOf(blob: Blob) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await bytesOf(blob)) as unknown as ArrayBuffer);
    return wb;
  }

  it('downloads the xlsx of the same month, branch and team from the report route', async () => {
    const bytes = new Uint8Array([80, 75, 3, 4]);
    const fetchMock = vi.fn(async (url: string) =>
      url.includes('format=xlsx')
        ? new Response(bytes, {
            headers: {
              'Content-Disposition': `attachment; filename="a.xlsx"; filename*=UTF-8''${encodeURIComponent('考核得分表_2026-03_BJ01.xlsx')}`,
            },
          })
        : new Response(JSON.stringify(json), { headers: { 'Content-Type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const { saved, restore } = captureDownloads();
    const { provider } = fakeProvider(reportTables() as Record<string, never[]>);
    renderApp('/things?month=2026-03&branch=BJ01', provider, undefined, <AppraisalDashboard />);
    await waitFor(() =>
      expect(screen.getByTestId('headline-pay').textContent).toBe(money(EXPECTED_PAY_TOTAL)),
    );
    fireEvent.click(screen.getByRole('button', { name: /下载 Excel/ }));
    await waitFor(() => expect(saved).toHaveLength(1));
    restore();
    const xlsxCall = fetchMock.mock.calls.map((c) => String(c[0])).find((u) => u.includes('format=xlsx'));
    const url = new URL(xlsxCall as string, 'http://console');
    expect(url.pathname).toBe('/api/reports/appraisal');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      month: '2026-03',
      branch: 'BJ01',
      format: 'xlsx',
    });
    expect(saved[0].name).toBe('考核得分表_2026-03_BJ01.xlsx');
    expect(await bytesOf(saved[0].blob)).toEqual(bytes);
  });

  it('without a report route, writes the same xlsx in the browser from the records', async () => {
    const fetchMock = vi.fn(
      async () => new Response(JSON.stringify({ message: 'Not Found' }), { status: 404 }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const { provider } = fakeProvider(reportTables() as Record<string, never[]>);
    const file = await appraisalXlsx({ month: '2026-03' }, 'zh', provider);
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(file.fileName).toBe('考核得分表_2026-03.xlsx');
    const wb = await workbookOf(file.blob);
    const rows = sheetRows(wb.getWorksheet('员工得分') as ExcelJS.Worksheet, '工号');
    expect(rows.slice(0, -1)).toEqual(xlsxEmployees.slice(0, -1));
    expect(cached((rows.at(-1) as Record<string, unknown>)['总工资（元）'])).toBeCloseTo(
      EXPECTED_PAY_TOTAL,
      10,
    );
    const teams = sheetRows(wb.getWorksheet('小组') as ExcelJS.Worksheet, '考核小组');
    expect(teams.slice(0, -1)).toEqual(xlsxTeams.slice(0, -1));
  });
});

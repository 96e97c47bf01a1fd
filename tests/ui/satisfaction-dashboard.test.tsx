// @vitest-environment jsdom
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseReportParams } from '../../reports/core/params';
import { ReportParamsError, runReport, sheetsOf } from '../../reports/core/run';
import { tableRecordSource } from '../../reports/core/sources/table';
import { writeWorkbookFile } from '../../reports/core/xlsx/node';
import { satisfactionReportDefinition } from '../../reports/satisfaction';
import { formatCount, formatPercent, formatScore } from '../../src/dashboards/kit/format';
import type { SatisfactionReport } from '../../src/domain/satisfaction';
import SatisfactionDashboard from '../../src/features/satisfaction-dashboard/SatisfactionDashboard';
import { satisfactionTables, sheetRows } from '../unit/satisfaction-report.fixture';
import { fakeProvider, renderApp } from './harness';

/*
 * The dashboard, the report's JSON and its xlsx for the same filter carry the same numbers.
 * The report route is emulated by running the definition over the fixture tables exactly as
 * the mock API does (same parameter parsing, same runner); its xlsx is the workbook the same
 * run writes. Figures are worked out by hand in tests/unit/satisfaction-report.fixture.ts.
 */

// The harness's router is react-router's CommonJS build; the kit's useSearchParams must read it.
vi.mock('react-router', async () => {
  const { createRequire } = await import('node:module');
  return createRequire(import.meta.url)('react-router') as object;
});

const dir = mkdtempSync(join(tmpdir(), 'satisfaction-dashboard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const RANGE = '/things?from=2026-03-01&to=2026-04-30';

/** The route's answer for a URL: json, xlsx, or a 400 with field errors. */
async function route(url: string): Promise<Response> {
  const u = new URL(url, 'http://console');
  const query = Object.fromEntries(u.searchParams);
  const { month, from, to, branch, asOf, format, ...extra } = query;
  const parsed = parseReportParams({ month, from, to, branch, asOf }, 'zh', new Date(), extra);
  if (!parsed.ok) return new Response(JSON.stringify({ errors: parsed.errors }), { status: 400 });
  const tables = satisfactionTables();
  try {
    const run = await runReport(
      satisfactionReportDefinition,
      tableRecordSource((n) => tables[n] ?? []),
      parsed.params,
      'zh',
    );
    if (format === 'xlsx') {
      // The route's own writer (streamed to a file here), its bytes as the answer.
      const file = join(dir, `s-${Math.random().toString(36).slice(2)}.xlsx`);
      await writeWorkbookFile(sheetsOf(satisfactionReportDefinition, run, 'zh'), 'zh', file);
      return new Response(new Uint8Array(await readFile(file)), {
        headers: {
          'Content-Disposition': `attachment; filename="s.xlsx"; filename*=UTF-8''${encodeURIComponent('满意度报表.xlsx')}`,
        },
      });
    }
    return new Response(JSON.stringify(run.result), { headers: { 'Content-Type': 'application/json' } });
  } catch (error) {
    if (error instanceof ReportParamsError)
      return new Response(JSON.stringify({ message: error.message, errors: error.errors }), { status: 400 });
    throw error;
  }
}

let json: SatisfactionReport;
let xlsx: ExcelJS.Workbook;

async function workbookOf(blob: Blob) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(await blob.arrayBuffer()) as unknown as ArrayBuffer);
  return wb;
}

beforeAll(async () => {
  json = (await (
    await route('/api/reports/satisfaction?from=2026-03-01&to=2026-04-30')
  ).json()) as SatisfactionReport;
  xlsx = await workbookOf(
    await (await route('/api/reports/satisfaction?from=2026-03-01&to=2026-04-30&format=xlsx')).blob(),
  );
});

function renderDashboard(path = RANGE, routeStatus = 200) {
  const fetchMock = vi.fn(async (url: string) =>
    routeStatus === 200
      ? route(url)
      : new Response(JSON.stringify({ message: 'Not Found' }), { status: 404 }),
  );
  vi.stubGlobal('fetch', fetchMock);
  const tables = satisfactionTables();
  const { provider } = fakeProvider(tables as Record<string, never[]>);
  renderApp(path, provider, undefined, <SatisfactionDashboard />);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

const LOADED = { timeout: 30_000 };
const headline = (key: string) => screen.getByTestId(`headline-${key}`).textContent;
const tableRows = (title: string) =>
  within(screen.getByRole('table', { name: `${title}：数据表` }))
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell'));
const texts = (cells: HTMLElement[]) => cells.map((c) => c.textContent);

// Rendering antd and the charts' tables in jsdom takes seconds on a shared machine.
describe('satisfaction dashboard = json = xlsx', { timeout: 90_000 }, () => {
  it('asks the report route with the period and filters of the URL, and nothing else', async () => {
    const fetchMock = renderDashboard('/things?month=2026-04&branch=BJ01&staffId=8&channel=phone&tab=x');
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2), LOADED);
    const queries = fetchMock.mock.calls.map((c) =>
      Object.fromEntries(new URL(String(c[0]), 'http://console').searchParams),
    );
    expect(queries).toContainEqual({ month: '2026-04', branch: 'BJ01', staffId: '8', channel: 'phone' });
    // The trend: the same filters over the twelve months up to April.
    expect(queries).toContainEqual({
      from: '2025-05-01',
      to: '2026-04-30',
      branch: 'BJ01',
      staffId: '8',
      channel: 'phone',
    });
  });

  it('shows the headline figures of the json and of the xlsx summary', async () => {
    renderDashboard();
    await waitFor(() => expect(headline('composite')).toBe('69.0'), LOADED);
    const all = sheetRows(xlsx.getWorksheet('汇总') as ExcelJS.Worksheet, '统计维度')[0];
    const o = json.overall;
    // hand: composite 69, CSAT 3/5 [0.2307, 0.8824], NPS −25, 5 valid of 7, 2 excluded, 1 low score
    expect(formatScore(all['综合满意度得分'] as number)).toBe('69.0');
    expect(formatScore(o.composite)).toBe('69.0');
    expect(headline('csat')).toBe('60.0%');
    expect(formatPercent(all['CSAT（满意率）'] as number)).toBe('60.0%');
    expect(screen.getByTestId('headline-csat-interval').textContent).toBe('95% 置信区间 23.1% – 88.2%');
    expect([all['CSAT 95% 下限'], all['CSAT 95% 上限']]).toEqual([o.csatLow, o.csatHigh]);
    expect(headline('nps')).toBe('-25.0');
    expect(formatScore(all['NPS 净推荐值'] as number)).toBe('-25.0');
    expect([headline('valid'), headline('excluded'), headline('low')]).toEqual(['5', '2', '1']);
    expect([all['有效答卷'], all['剔除（无效）'], all['答卷数']]).toEqual([5, 2, 7]);
    expect(all['样本不足（<30）']).toBe('是');
    // The small sample is said, not only greyed.
    expect(screen.getAllByText('样本不足').length).toBeGreaterThan(0);
  });

  it('compares branches, staff, service items and channels as the json and the xlsx do', async () => {
    renderDashboard();
    await waitFor(() => expect(headline('composite')).toBe('69.0'), LOADED);
    const xlsxBranches = sheetRows(xlsx.getWorksheet('按机构') as ExcelJS.Worksheet, '机构编码');
    const branches = tableRows('机构对比');
    // Best composite first: BJ01 (4 valid) then SH01 (1 valid, 67.5).
    expect(branches.map(texts)).toEqual(
      ['BJ01', 'SH01'].map((code) => {
        const j = json.byBranch.find((b) => b.code === code) as SatisfactionReport['byBranch'][number];
        const x = xlsxBranches.find((b) => b['机构编码'] === code) as Record<string, unknown>;
        expect(x['综合满意度得分']).toBe(j.composite);
        expect(x['CSAT（满意率）']).toBe(j.csat);
        expect(x['有效答卷']).toBe(j.valid);
        return [
          code,
          formatScore(j.composite),
          formatPercent(j.csat),
          formatScore(j.nps),
          `${formatCount(j.valid)} (样本不足)`,
        ];
      }),
    );
    expect(texts(branches[1])).toEqual(['SH01', '67.5', '0.0%', '-100.0', '1 (样本不足)']);

    const summary = sheetRows(xlsx.getWorksheet('汇总') as ExcelJS.Worksheet, '统计维度');
    const staff = tableRows('员工对比').map(texts);
    expect(staff.map((r) => r[0])).toEqual(['王芳', '李娜', '赵敏']);
    for (const row of staff) {
      const x = summary.find((r) => r['统计维度'] === '员工' && r['分组'] === row[0]) as Record<
        string,
        unknown
      >;
      expect(row[1]).toBe(formatScore(x['综合满意度得分'] as number | null));
      expect(row[2]).toBe(formatPercent(x['CSAT（满意率）'] as number | null));
    }
    expect(tableRows('服务项目对比').map((r) => r[0].textContent)).toEqual(['产后修复', '面部护理']);
    expect(tableRows('调查方式对比').map((r) => texts(r).slice(0, 2))).toEqual([
      // face to face #1 #4 #7: q 75, a 91.7, e 91.7, f 83.3 → 85; online #2 → 75; phone #3 → 15
      ['面对面', '85.0'],
      ['在线问卷', '75.0'],
      ['电话调查', '15.0'],
    ]);
  });

  it('links each comparison row and each month to the responses behind it', async () => {
    renderDashboard();
    await waitFor(() => expect(headline('composite')).toBe('69.0'), LOADED);
    const sh = tableRows('机构对比')[1][0];
    const href = decodeURIComponent(within(sh).getByRole('link').getAttribute('href') as string);
    // In the order of the list's filter bar: branch, then the period in Shanghai day bounds.
    expect(href).toBe(
      '/survey-responses?currentPage=1' +
        '&filters[0][field]=branchId&filters[0][operator]=in&filters[0][value][0]=2' +
        '&filters[1][field]=submittedAt&filters[1][operator]=gte&filters[1][value]=2026-02-28T16:00:00.000Z' +
        '&filters[2][field]=submittedAt&filters[2][operator]=lte&filters[2][value]=2026-04-30T15:59:59.999Z',
    );
    const months = await waitFor(() => {
      const rows = tableRows('综合得分与 CSAT 月度趋势');
      expect(rows).toHaveLength(12); // the twelve months 2025-05 … 2026-04
      return rows;
    }, LOADED);
    const april = months.find((r) => r[0].textContent === '2026-04') as HTMLElement[];
    const m = json.byMonth.find((x) => x.month === '2026-04') as SatisfactionReport['byMonth'][number];
    expect(texts(april).slice(1, 3)).toEqual([formatScore(m.composite), formatPercent(m.csat)]);
    expect(decodeURIComponent(within(april[0]).getByRole('link').getAttribute('href') as string)).toContain(
      'filters[0][value]=2026-03-31T16:00:00.000Z',
    );
  });

  it('lists the low score with a link to the response and a prefilled complaint', async () => {
    renderDashboard();
    await waitFor(() => expect(screen.getByTestId('low-overall-3').textContent).toBe('1.60 / 5'), LOADED);
    const table = screen.getByTestId('low-overall-3').closest('tr') as HTMLElement;
    expect(within(table).getByText('态度差，等了很久')).toBeTruthy();
    expect(within(table).getByRole('link', { name: '查看答卷' }).getAttribute('href')).toBe(
      '/survey-responses/show/3',
    );
    const complaint = new URL(
      within(table).getByRole('link', { name: '登记投诉' }).getAttribute('href') as string,
      'http://console',
    );
    expect(complaint.pathname).toBe('/complaints/create');
    expect(Object.fromEntries(complaint.searchParams)).toEqual({
      customerId: '103',
      branchId: '1',
      description: '满意度调查低分（答卷 #3，总体评分 1.6/5）：态度差，等了很久',
    });
    const low = sheetRows(xlsx.getWorksheet('低分答卷') as ExcelJS.Worksheet, '答卷编号');
    expect(low.map((r) => r['答卷编号'])).toEqual(json.lowScores.map((l) => l.responseId));
  });

  it('downloads the xlsx of the same filter, whose figures are those on screen', async () => {
    const saved: Blob[] = [];
    let last: Blob | undefined;
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: (blob: Blob) => ((last = blob), 'blob:satisfaction'),
    });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => {} });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {
      if (last) saved.push(last);
    });
    const fetchMock = renderDashboard(`${RANGE}&channel=face_to_face`);
    await waitFor(() => expect(headline('valid')).toBe('3'), LOADED);
    fireEvent.click(screen.getByRole('button', { name: /下载 Excel/ }));
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 20_000 });
    click.mockRestore();
    const call = fetchMock.mock.calls
      .map((c) => String(c[0]))
      .find((u) => u.includes('format=xlsx')) as string;
    expect(Object.fromEntries(new URL(call, 'http://console').searchParams)).toEqual({
      from: '2026-03-01',
      to: '2026-04-30',
      channel: 'face_to_face',
      format: 'xlsx',
    });
    const wb = await workbookOf(saved[0]);
    const all = sheetRows(wb.getWorksheet('汇总') as ExcelJS.Worksheet, '统计维度')[0];
    // face to face: #1 #4 #7 valid, #6 excluded; ratings 5, 3.7, 4.5 → CSAT 2/3
    expect(formatCount(all['有效答卷'] as number)).toBe(headline('valid'));
    expect(formatCount(all['剔除（无效）'] as number)).toBe(headline('excluded'));
    expect(formatPercent(all['CSAT（满意率）'] as number)).toBe(headline('csat'));
    expect(headline('csat')).toBe('66.7%');
    expect(formatScore(all['综合满意度得分'] as number)).toBe(headline('composite'));
  });

  it('computes the same figures in the browser when the backend has no report route', async () => {
    // A plain REST backend: the route answers 404, the page runs the same definition over the
    // records the data provider lists (the fixture tables, unfiltered: compute filters them).
    renderDashboard(RANGE, 404);
    await waitFor(() => expect(headline('composite')).toBe('69.0'), { timeout: 60_000 });
    expect(screen.getByText('后端无报表接口，数字在浏览器中按同一定义计算')).toBeTruthy();
    expect([
      headline('csat'),
      headline('nps'),
      headline('valid'),
      headline('excluded'),
      headline('low'),
    ]).toEqual(['60.0%', '-25.0', '5', '2', '1']);
  });
});

// @vitest-environment jsdom
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { complaintsReport } from '../../reports/complaints';
import { parseReportParams } from '../../reports/core/params';
import { runReport, sheetsOf } from '../../reports/core/run';
import { tableRecordSource } from '../../reports/core/sources/table';
import { writeWorkbookFile } from '../../reports/core/xlsx/node';
import { formatCount, formatMoney, formatPercent, formatScore } from '../../src/dashboards/kit/format';
import type { ComplaintFigures, ComplaintReport } from '../../src/domain/complaints';
import ComplaintDashboard from '../../src/features/complaints/dashboard/ComplaintDashboard';
import { AS_OF, TABLES } from './complaint-dashboard.fixture';
import { fakeProvider, renderApp } from './harness';

// The kit reads the URL with react-router's hooks; the harness's router is react-router's
// CommonJS build (see harness.tsx), so the console's code must get that same instance here.
vi.mock('react-router', () => createRequire(import.meta.url)('react-router') as object);

/*
 * A stand-in for the mock API's report route (`GET /api/reports/complaints`), running the same
 * definition over the fixture: JSON, or the xlsx when `format=xlsx`. The dashboard reads the
 * JSON; its download button gets the workbook, which the test re-reads with exceljs. The
 * figures on screen, the JSON and the workbook must agree, and agree with the hand-worked values.
 */
const dir = mkdtempSync(join(tmpdir(), 'complaint-dashboard-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const requests: URL[] = [];
const jsonAnswers: ComplaintReport[] = [];
let downloaded: Blob | undefined;

async function route(input: RequestInfo | URL): Promise<Response> {
  const url = new URL(String(input), 'http://console.test');
  requests.push(url);
  const q = Object.fromEntries(url.searchParams);
  const { month, year, from, to, branch, asOf, format, ...extra } = q;
  const parsed = parseReportParams({ month, year, from, to, branch, asOf }, 'zh', new Date(AS_OF), extra);
  if (!parsed.ok) return new Response(JSON.stringify({ errors: parsed.errors }), { status: 400 });
  const run = await runReport(
    complaintsReport,
    tableRecordSource((n) => TABLES[n] ?? []),
    parsed.params,
    'zh',
  );
  if (format === 'xlsx') {
    // The route's writer (exceljs, Node), bytes as the route streams them.
    const file = join(dir, `complaints-${requests.length}.xlsx`);
    await writeWorkbookFile(sheetsOf(complaintsReport, run, 'zh'), 'zh', file);
    return new Response(readFileSync(file));
  }
  const json = JSON.parse(JSON.stringify(run.result)) as ComplaintReport;
  jsonAnswers.push(json);
  return new Response(JSON.stringify(json), { headers: { 'Content-Type': 'application/json' } });
}

beforeEach(() => {
  requests.length = 0;
  jsonAnswers.length = 0;
  downloaded = undefined;
  vi.stubGlobal('fetch', vi.fn(route));
  URL.createObjectURL = (blob: Blob) => {
    downloaded = blob;
    return 'blob:download';
  };
  URL.revokeObjectURL = () => {};
  HTMLAnchorElement.prototype.click = () => {};
});
afterEach(() => vi.unstubAllGlobals());

function renderDashboard(search: string) {
  const { provider } = fakeProvider({ branches: TABLES.branches as never[] });
  renderApp(`/dashboards/complaints${search}`, provider, undefined, <ComplaintDashboard />);
}

const figure = (key: keyof ComplaintFigures) =>
  document.querySelector(`[data-figure="${key}"]`)?.textContent ?? null;

/** The chart card's data table (visually hidden, read by screen readers) as rows of cell texts. */
function chartTable(title: string): string[][] {
  const card = screen.getByRole('figure', { name: title });
  return within(card)
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent ?? ''),
    );
}

/** The workbook the download button saved, re-read with exceljs: sheet → rows keyed by header. */
async function downloadedWorkbook(): Promise<Record<string, Record<string, unknown>[]>> {
  fireEvent.click(screen.getByRole('button', { name: /下载 Excel/ }));
  await waitFor(() => expect(downloaded).toBeDefined());
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await (downloaded as Blob).arrayBuffer());
  const out: Record<string, Record<string, unknown>[]> = {};
  wb.eachSheet((ws) => {
    let header = 0;
    ws.eachRow((row, n) => {
      if (!header && row.getCell(1).value && ws.getRow(n + 1).getCell(1).value && row.cellCount > 2)
        header ||= n;
    });
    const names = (ws.getRow(header).values as unknown[]).slice(1).map(String);
    out[ws.name] = [];
    for (let n = header + 1; n <= ws.rowCount; n++) {
      const values = (ws.getRow(n).values as unknown[]).slice(1);
      out[ws.name].push(Object.fromEntries(names.map((name, i) => [name, values[i] ?? null])));
    }
  });
  return out;
}

const cached = (v: unknown) =>
  v && typeof v === 'object' && 'result' in v ? (v as { result: unknown }).result : v;

/** The summary sheet's headers, the dashboard's keys (reports/complaints/columns.ts). */
const HEADERS: [keyof ComplaintFigures, string][] = [
  ['received', '投诉数'],
  ['handled', '已处理数'],
  ['handlingRate', '投诉处理率'],
  ['onTimeRate', '按时处理率'],
  ['respondOnTimeRate', '按时响应率'],
  ['overdue', '超期数'],
  ['meanHoursToResolve', '平均处理时长（小时）'],
  ['medianHoursToResolve', '处理时长中位数（小时）'],
  ['reopenRate', '重新处理率'],
  ['per1000Services', '每千次服务投诉数'],
  ['handlingSatisfaction', '处理满意度（1–5）'],
  ['handlingSatisfactionTop2', '满意度 4–5 分占比'],
  ['refunds', '退款金额（元）'],
];

describe('complaint dashboard = json = xlsx', () => {
  it('shows the month’s figures as worked out by hand, as the json carries them and as the xlsx holds them', async () => {
    renderDashboard(`?month=2026-03&asOf=${AS_OF}`);
    await waitFor(() => expect(figure('received')).toBe('5'));
    const json = jsonAnswers.at(-1) as ComplaintReport;
    // By hand: counted 1–5 (6 withdrawn, 7 in February); handled 1, 2, 3; on time 1, 2 (2 exactly
    // at the deadline); responded on time 1, 3, 5; overdue 3 (late) and 5 (open past due);
    // hours 48, 120, 120; reopened 3; services 10; satisfaction 5 and 2; refunds 100 + 250.50.
    expect(json.overall).toMatchObject({
      received: 5,
      handled: 3,
      handlingRate: 0.6,
      respondOnTimeRate: 0.6,
      overdue: 2,
      meanHoursToResolve: 96,
      medianHoursToResolve: 120,
      per1000Services: 500,
      handlingSatisfaction: 3.5,
      handlingSatisfactionTop2: 0.5,
      refunds: 350.5,
    });
    expect(json.overall.onTimeRate).toBeCloseTo(2 / 3, 4);
    expect(json.overall.reopenRate).toBeCloseTo(1 / 3, 4);

    const expected: Record<keyof ComplaintFigures, string> = {
      received: '5',
      handled: '3',
      handlingRate: '60.0%',
      onTimeRate: '66.7%',
      respondOnTimeRate: '60.0%',
      overdue: '2',
      meanHoursToResolve: '96.0',
      medianHoursToResolve: '120.0',
      reopenRate: '33.3%',
      per1000Services: '500.00',
      handlingSatisfaction: '3.50',
      handlingSatisfactionTop2: '50.0%',
      refunds: formatMoney(350.5, 'zh'),
    };
    for (const [key, text] of Object.entries(expected))
      expect([key, figure(key as keyof ComplaintFigures)]).toEqual([key, text]);

    const sheets = await downloadedWorkbook();
    const all = sheets['汇总'][0];
    expect(all['统计维度']).toBe('全部');
    for (const [key, header] of HEADERS) expect([key, all[header]]).toEqual([key, json.overall[key]]);
    // The download asked for the same filter and the figures' own "as of".
    const xlsxRequest = requests.find((u) => u.searchParams.get('format') === 'xlsx') as URL;
    expect(xlsxRequest.searchParams.get('month')).toBe('2026-03');
    expect(xlsxRequest.searchParams.get('asOf')).toBe(json.asOf);
  });

  it('shows each branch’s rates as in the json and the xlsx by-branch sheet, whose totals add up', async () => {
    renderDashboard(`?month=2026-03&asOf=${AS_OF}`);
    await waitFor(() => expect(figure('received')).toBe('5'));
    const json = jsonAnswers.at(-1) as ComplaintReport;
    expect(chartTable('按机构：处理率与按时率')).toEqual([
      // BJ01: 1, 2, 5 → handled 1, 2 (both on time); SH01: 3, 4 → handled 3 (late).
      ['BJ01 北京一院', '3', '2', '66.7%', '100.0%'],
      ['SH01 上海一院', '2', '1', '50.0%', '0.0%'],
    ]);
    const sheets = await downloadedWorkbook();
    const byBranch = sheets['按机构'];
    for (const b of json.byBranch) {
      const row = byBranch.find((r) => r['机构编码'] === b.code) as Record<string, unknown>;
      for (const [key, header] of HEADERS) expect([b.code, key, row[header]]).toEqual([b.code, key, b[key]]);
    }
    const total = byBranch.at(-1) as Record<string, unknown>;
    expect(cached(total['投诉数'])).toBe(5);
    expect(cached(total['退款金额（元）'])).toBe(350.5);
    expect(cached(total['超期数'])).toBe(2);
  });

  it('breaks down by category, severity, channel and month with the json’s numbers', async () => {
    renderDashboard(`?month=2026-03&asOf=${AS_OF}`);
    await waitFor(() => expect(figure('received')).toBe('5'));
    const json = jsonAnswers.at(-1) as ComplaintReport;
    const rate = (v: number | null) => formatPercent(v, 'zh');
    const byCategory = chartTable('按类别');
    expect(byCategory.map((r) => r[0])).toEqual([
      '服务态度',
      '护理/治疗效果',
      '医疗安全',
      '收费与退款',
      '环境设施',
      '等候与预约',
      '隐私泄露',
      '其他',
    ]);
    json.byCategory.forEach((c, i) =>
      expect(byCategory[i].slice(1)).toEqual([
        formatCount(c.received, 'zh'),
        formatCount(c.handled, 'zh'),
        rate(c.handlingRate),
        rate(c.onTimeRate),
        formatCount(c.overdue, 'zh'),
      ]),
    );
    // 服务态度: 1 and 5 → one handled on time, one overdue; 医疗安全: no complaint → rates "—".
    expect(byCategory[0].slice(1)).toEqual(['2', '1', '50.0%', '100.0%', '1']);
    expect(byCategory[2].slice(1)).toEqual(['0', '0', '—', '—', '0']);
    expect(chartTable('按严重程度').map((r) => r.slice(0, 3))).toEqual([
      ['轻微', '1', '0'],
      ['一般', '2', '1'],
      ['严重', '1', '1'],
      ['重大', '1', '1'],
    ]);
    expect(
      chartTable('按渠道')
        .find((r) => r[0] === '投诉热线')
        ?.slice(1, 3),
    ).toEqual(['3', '2']);
    expect(chartTable('按月：处理时长（小时）')).toEqual([
      ['2026-03', '3', formatScore(96, 'zh', 1), formatScore(120, 'zh', 1)],
    ]);
    // The overdue list: 5 (open, 96 h past 2026-04-01) then 3 (resolved 48 h late), latest received first.
    const overdue = screen.getByText('超期投诉（2）').closest('.ant-card') as HTMLElement;
    const links = within(overdue)
      .getAllByRole('link')
      .filter((a) => a.textContent?.startsWith('TS-'));
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['TS-BJ01-202603-0003', '/complaints/show/5'],
      ['TS-SH01-202603-0001', '/complaints/show/3'],
    ]);
  });

  it('applies the category filter to the figures, the drill-down links and the download alike', async () => {
    renderDashboard(`?month=2026-03&category=service_attitude&asOf=${AS_OF}`);
    await waitFor(() => expect(figure('received')).toBe('2'));
    expect(requests[0].searchParams.get('category')).toBe('service_attitude');
    const json = jsonAnswers.at(-1) as ComplaintReport;
    expect(json.overall).toMatchObject({ received: 2, handled: 1, overdue: 1, refunds: 100 });
    expect(figure('handlingRate')).toBe('50.0%');
    expect(figure('refunds')).toBe(formatMoney(100, 'zh'));

    const card = screen.getByRole('figure', { name: '按类别' });
    const href = decodeURIComponent(
      within(card).getByRole('link', { name: '查看明细' }).getAttribute('href') ?? '',
    );
    // March in Shanghai: 2026-02-28T16:00Z to 2026-03-31T15:59:59.999Z; and the category.
    expect(href).toContain(
      'filters[0][field]=receivedAt&filters[0][operator]=gte&filters[0][value]=2026-02-28T16:00:00.000Z',
    );
    expect(href).toContain(
      'filters[1][field]=receivedAt&filters[1][operator]=lte&filters[1][value]=2026-03-31T15:59:59.999Z',
    );
    expect(href).toContain(
      'filters[2][field]=category&filters[2][operator]=eq&filters[2][value]=service_attitude',
    );

    const sheets = await downloadedWorkbook();
    expect(sheets['汇总'][0]['投诉数']).toBe(2);
    expect(sheets['汇总'][0]['退款金额（元）']).toBe(100);
    const detail = sheets['投诉明细'].filter(
      (r) => typeof r['投诉编号'] === 'string' && String(r['投诉编号']).startsWith('TS-'),
    );
    expect(detail.map((r) => r['投诉编号']).sort()).toEqual([
      'TS-BJ01-202603-0001',
      'TS-BJ01-202603-0003',
      'TS-BJ01-202603-0004',
    ]);
  });

  it('shows an empty state, not empty charts or 0 %, for a month without complaints', async () => {
    renderDashboard(`?month=2025-12&asOf=${AS_OF}`);
    await waitFor(() => expect(figure('received')).toBe('0'));
    expect(figure('handlingRate')).toBe('—');
    expect(figure('meanHoursToResolve')).toBe('—');
    for (const title of [
      '按月：投诉数与已处理',
      '按类别',
      '按机构：处理率与按时率',
      '按月：处理时长（小时）',
    ]) {
      const card = screen.getByRole('figure', { name: title });
      expect(within(card).getByText('所选期间暂无数据')).toBeTruthy();
    }
  });
});

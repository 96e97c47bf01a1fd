import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs } from './antd';
import { startJourney, type Journey } from './browser';

type Get = Awaited<ReturnType<typeof apiAs>>;
type Cell = ExcelJS.CellValue;

interface AppraisalJson {
  month: string;
  employees: { employeeNo: string; name: string; points: number; commissionYuan: number; pay: number }[];
  teams: { name: string; collectivePoints: number; pay: number }[];
}

interface ComplaintFigures {
  received: number;
  handled: number;
  overdue: number;
  refunds: number;
  onTimeRate: number | null;
}

interface ComplaintsJson {
  period: { from: string; to: string };
  overall: ComplaintFigures;
  byBranch: (ComplaintFigures & { code: string; name: string })[];
}

/** A formula cell's computed result, any other cell's value. */
function valueOf(cell: Cell): Cell {
  return cell !== null && typeof cell === 'object' && 'result' in cell ? (cell.result as Cell) : cell;
}

/**
 * One sheet of a report workbook as records: the title block above, the header row (the first
 * whose first cell is `firstHeader`), then one record per row keyed by header; the 合计 row, when
 * there is one, apart.
 */
function table(
  sheet: ExcelJS.Worksheet,
  firstHeader: string,
): { rows: Record<string, Cell>[]; total?: Record<string, Cell> } {
  let header: string[] | undefined;
  const rows: Record<string, Cell>[] = [];
  let total: Record<string, Cell> | undefined;
  sheet.eachRow((row) => {
    const values = (row.values as Cell[]).slice(1).map(valueOf);
    if (!header) {
      if (values[0] === firstHeader) header = values.map(String);
      return;
    }
    const record = Object.fromEntries(header.map((h, i) => [h, values[i] ?? null]));
    if (values[0] === '合计') total = record;
    else rows.push(record);
  });
  if (!header) throw new Error(`sheet ${sheet.name}: no header row starting with ${firstHeader}`);
  return { rows, total };
}

/**
 * Clicks the page's download button, waits for the report request and the browser's download,
 * saves the file beside the screenshots and reads it; returns the workbook and the query the
 * console sent (so the json can be asked for the very same parameters).
 */
async function download(
  j: Journey,
  report: string,
  file: string,
): Promise<{ workbook: ExcelJS.Workbook; params: URLSearchParams; fileName: string }> {
  const page: Page = j.page;
  const requested = page.waitForRequest(
    (r) => r.url().includes(`/api/reports/${report}?`) && r.url().includes('format=xlsx'),
  );
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: '下载 Excel' }).click();
  const params = new URL((await requested).url()).searchParams;
  const saved = await downloaded;
  const path = join(resolve('tests/output/e2e/finance'), file);
  await saved.saveAs(path);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  params.delete('format');
  return { workbook, params, fileName: saved.suggestedFilename() };
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name} in ${workbook.worksheets.map((w) => w.name).join(', ')}`);
  return found;
}

async function appraisalWorkbook(j: Journey, get: Get): Promise<void> {
  const { page, baseURL } = j;
  await page.goto(`${baseURL}/dashboards/appraisal`);
  await page.getByRole('button', { name: '下载 Excel' }).waitFor();
  // the figures are on screen before the download
  await page.getByText(/本月计分所用规则/).waitFor();
  await j.shot('appraisal-dashboard');
  const { workbook, params, fileName } = await download(j, 'appraisal', 'appraisal.xlsx');
  const month = params.get('month') ?? '';
  expect(month).toMatch(/^\d{4}-\d{2}$/);
  expect(fileName).toBe(`考核得分表_${month}.xlsx`);
  await j.shot('appraisal-downloaded');

  const json = await get<AppraisalJson>(`/reports/appraisal?${params.toString()}`);
  expect(json.month).toBe(month);

  const { rows: people, total: peopleTotal } = table(sheet(workbook, '员工得分'), '工号');
  expect(people.map((r) => r['工号'])).toEqual(json.employees.map((e) => e.employeeNo));
  for (const e of json.employees) {
    const row = people.find((r) => r['工号'] === e.employeeNo)!;
    expect({
      name: row['姓名'],
      points: row['得分'],
      commission: row['业务提成（元）'],
      pay: row['总工资（元）'],
    }).toEqual({ name: e.name, points: e.points, commission: e.commissionYuan, pay: e.pay });
  }
  const { rows: teams } = table(sheet(workbook, '小组'), '考核小组');
  expect(teams).toHaveLength(json.teams.length);
  // in the json's order (several branches have a team of the same name)
  json.teams.forEach((tm, i) => {
    const row = teams[i];
    expect({ name: row['考核小组'], collective: row['集体分'], pay: row['总工资合计（元）'] }).toEqual({
      name: tm.name,
      collective: tm.collectivePoints,
      pay: tm.pay,
    });
  });
  // the 合计 row (a SUM formula, read as Excel computed it) is the json's month total
  const totalPay = json.employees.reduce((sum, e) => sum + e.pay, 0);
  expect(Number(peopleTotal?.['总工资（元）'])).toBeCloseTo(totalPay, 2);
}

async function complaintsWorkbook(j: Journey, get: Get): Promise<void> {
  const { page, baseURL } = j;
  await page.goto(`${baseURL}/dashboards/complaints`);
  // the figures' "as of" instant is on screen: the download carries it
  await page.getByText(/截至/).first().waitFor();
  await j.shot('complaints-dashboard');
  const { workbook, params, fileName } = await download(j, 'complaints', 'complaints.xlsx');
  expect(params.get('asOf')).toBeTruthy();
  expect(fileName).toMatch(/^投诉案件统计表.*\.xlsx$/);
  await j.shot('complaints-downloaded');

  const json = await get<ComplaintsJson>(`/reports/complaints?${params.toString()}`);
  const { rows: summary } = table(sheet(workbook, '汇总'), '统计维度');
  const all = summary.find((r) => r['统计维度'] === '全部')!;
  expect({
    received: all['投诉数'],
    handled: all['已处理数'],
    overdue: all['超期数'],
    refunds: all['退款金额（元）'],
    onTimeRate: all['按时处理率'],
  }).toEqual({
    received: json.overall.received,
    handled: json.overall.handled,
    overdue: json.overall.overdue,
    refunds: json.overall.refunds,
    onTimeRate: json.overall.onTimeRate,
  });
  const { rows: byBranch, total } = table(sheet(workbook, '按机构'), '机构编码');
  expect(byBranch).toHaveLength(json.byBranch.length);
  for (const b of json.byBranch) {
    const row = byBranch.find((r) => r['机构编码'] === b.code)!;
    expect({ received: row['投诉数'], handled: row['已处理数'], overdue: row['超期数'] }).toEqual({
      received: b.received,
      handled: b.handled,
      overdue: b.overdue,
    });
  }
  // the 合计 row's formula adds up to the json's whole
  expect(total?.['投诉数']).toBe(json.overall.received);
}

/**
 * Finance downloads the 考核得分表 and the 投诉案件统计表 from their dashboards; the files, read
 * with exceljs, hold the API's json figures for the same parameters.
 */
describe('finance', () => {
  it('downloads the 考核得分表 and the 投诉案件统计表, whose figures are the json’s', async () => {
    const j = await startJourney('finance', 'finance');
    const get = await apiAs(j.baseURL, 'finance');
    await appraisalWorkbook(j, get);
    await complaintsWorkbook(j, get);
    await j.finish();
  }, 600_000);
});

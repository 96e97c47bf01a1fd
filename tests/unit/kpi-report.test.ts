import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kpiReportDefinition } from '../../reports/kpi';
import { runReport, sheetsOf } from '../../reports/core/run';
import { tableRecordSource } from '../../reports/core/sources/table';
import type { ReportData, ReportParams } from '../../reports/core/types';
import { writeWorkbookFile } from '../../reports/core/xlsx/node';
import { DEFAULT_APPRAISAL_TEMPLATES } from '../../src/domain/defaults';
import type { KpiReport } from '../../src/domain/kpi';

const emp = (id: number, branchId: number, employeeNo: string, name: string, roleGroup: string) => ({
  id,
  employeeNo,
  name,
  branchId,
  roleGroup,
  hiredOn: '2024-01-01',
  leftOn: null,
});
const month = (
  id: number,
  employeeId: number,
  m: string,
  status: string,
  finalScore: number | null,
  grade: string | null,
) => ({
  id,
  employeeId,
  month: m,
  status,
  finalScore,
  grade,
});

function tables(): ReportData {
  return {
    branches: [
      { id: 1, code: 'BJ01', name: '北京' },
      { id: 2, code: 'SH01', name: '上海' },
    ],
    employees: [
      emp(1, 1, 'BJ01-001', '陈行政', 'administration'),
      emp(2, 1, 'BJ01-002', '王客服', 'customer_service'),
      emp(3, 2, 'SH01-001', '李销售', 'sales'),
      emp(4, 1, 'BJ01-003', '赵修复', 'technical'),
    ],
    'appraisal-templates': DEFAULT_APPRAISAL_TEMPLATES.map((t, i) => ({ id: i + 1, ...t })),
    'monthly-appraisals': [
      month(1, 1, '2026-10', 'confirmed', 91.5, 'A'),
      month(2, 2, '2026-10', 'confirmed', 84, 'B'),
      month(3, 3, '2026-10', 'confirmed', 72.25, 'C'),
      month(4, 4, '2026-10', 'supervisor_pending', null, null),
      month(5, 1, '2026-09', 'confirmed', 88.5, 'B'),
      month(6, 2, '2026-09', 'confirmed', 60, 'D'),
      month(7, 1, '2025-12', 'confirmed', 10, 'D'),
    ],
    'annual-appraisals': [
      { id: 1, employeeId: 1, year: 2026, monthlyMean: 90, adjustment: 2, finalScore: 92, grade: 'A' },
    ],
  };
}

async function run(params: ReportParams) {
  const t = tables();
  return runReport(
    kpiReportDefinition,
    tableRecordSource((name) => t[name] ?? []),
    params,
    'zh',
  );
}

const OCTOBER: ReportParams = {
  period: { from: '2026-10-01', to: '2026-10-31' },
  month: '2026-10',
  asOf: '2026-11-05T00:00:00.000Z',
};
const YEAR: ReportParams = {
  period: { from: '2026-01-01', to: '2026-12-31' },
  year: '2026',
  asOf: '2026-11-05T00:00:00.000Z',
};

const dir = mkdtempSync(join(tmpdir(), 'kpi-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sheetRows(ws: ExcelJS.Worksheet, first: string): Record<string, unknown>[] {
  let header = 0;
  ws.eachRow((row, n) => {
    if (!header && row.getCell(1).value === first) header = n;
  });
  const names = (ws.getRow(header).values as unknown[]).slice(1).map(String);
  const out: Record<string, unknown>[] = [];
  for (let n = header + 1; n <= ws.rowCount; n++) {
    const values = (ws.getRow(n).values as unknown[]).slice(1);
    out.push(Object.fromEntries(names.map((name, i) => [name, values[i] ?? null])));
  }
  return out;
}

describe('the kpi report (月度/年度考核)', () => {
  it('a month: every appraisal with score, grade, coefficient and status (§8.4 names)', async () => {
    const result = (await run(OCTOBER)).result as KpiReport;
    expect(result.month).toBe('2026-10');
    expect(
      result.employees.map((e) => [e.employeeId, e.finalScore, e.grade, e.bonusCoefficient, e.status]),
    ).toEqual([
      [1, 91.5, 'A', 1.2, 'confirmed'],
      [2, 84, 'B', 1.0, 'confirmed'],
      [4, null, null, null, 'supervisor_pending'],
      [3, 72.25, 'C', 0.8, 'confirmed'],
    ]);
    for (const e of result.employees)
      expect(Object.keys(e)).toEqual(
        expect.arrayContaining([
          'employeeId',
          'name',
          'roleGroup',
          'finalScore',
          'grade',
          'bonusCoefficient',
          'status',
        ]),
      );
    expect(result.byGrade).toEqual({ A: 1, B: 1, C: 1, D: 0, none: 1 });
    // (91.5 + 84 + 72.25) ÷ 3 = 82.5833… → 82.58
    expect(result.meanScore).toBe(82.58);
  });

  it('a branch: only its employees', async () => {
    const result = (await run({ ...OCTOBER, branch: 'SH01', branchId: 2 })).result as KpiReport;
    expect(result.employees.map((e) => e.employeeId)).toEqual([3]);
  });

  it('a year: the stored annual appraisal with its adjustment, else provisional', async () => {
    const result = (await run(YEAR)).result as KpiReport;
    expect(result.year).toBe(2026);
    const byId = new Map(result.employees.map((e) => [e.employeeId, e]));
    // employee 1: (91.5 + 88.5) ÷ 2 = 90, + 2 = 92 → A, recorded (2025-12 is another year)
    expect(byId.get(1)).toMatchObject({
      monthlyMean: 90,
      months: 2,
      adjustment: 2,
      finalScore: 92,
      grade: 'A',
      bonusCoefficient: 1.2,
      status: 'recorded',
    });
    // employee 2: (84 + 60) ÷ 2 = 72 → C, provisional
    expect(byId.get(2)).toMatchObject({ monthlyMean: 72, finalScore: 72, grade: 'C', status: 'provisional' });
    // employee 4: no confirmed month → listed without a score
    expect(byId.get(4)).toMatchObject({ months: 0, finalScore: null, grade: null });
  });

  it('writes an xlsx whose cells re-read as the JSON', async () => {
    const r = await run(OCTOBER);
    const file = join(dir, 'kpi.xlsx');
    await writeWorkbookFile(sheetsOf(kpiReportDefinition, r, 'zh'), 'zh', file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const rows = sheetRows(wb.getWorksheet('员工考核结果') as ExcelJS.Worksheet, '机构');
    const data = rows.filter((x) => x['工号'] !== null);
    expect(data.map((x) => [x['工号'], x['考核得分'], x['等级'], x['奖金系数'], x['状态']])).toEqual([
      ['BJ01-001', 91.5, 'A', 1.2, '已确认'],
      ['BJ01-002', 84, 'B', 1, '已确认'],
      ['BJ01-003', null, null, null, '待上级评分'],
      ['SH01-001', 72.25, 'C', 0.8, '已确认'],
    ]);
    const grades = sheetRows(wb.getWorksheet('等级分布') as ExcelJS.Worksheet, '等级');
    expect(grades.slice(0, 5).map((g) => [g['等级'], g['人数']])).toEqual([
      ['A', 1],
      ['B', 1],
      ['C', 1],
      ['D', 0],
      ['未评定', 1],
    ]);
    // The totals row: a formula with its cached value, 4 graded or not.
    const total = grades[5]['人数'] as { formula: string; result: number };
    expect(total.result).toBe(4);
  });
});

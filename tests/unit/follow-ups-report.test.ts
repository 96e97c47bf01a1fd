import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { followUpsReportDefinition } from '../../reports/follow-ups';
import { ReportParamsError, runReport, sheetsOf } from '../../reports/core/run';
import { tableRecordSource } from '../../reports/core/sources/table';
import type { ReportParams } from '../../reports/core/types';
import { writeWorkbookFile } from '../../reports/core/xlsx/node';
import { findReport } from '../../reports/index';
import type { FollowUpReport } from '../../src/domain/followUps';
import { APRIL, satisfactionTables, sheetRows } from './satisfaction-report.fixture';

/* Expected figures: worked out by hand in satisfaction-report.fixture.ts (follow-ups table). */

const dir = mkdtempSync(join(tmpdir(), 'follow-ups-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(params: ReportParams) {
  const tables = satisfactionTables();
  return runReport(
    followUpsReportDefinition,
    tableRecordSource((n) => tables[n] ?? []),
    params,
    'zh',
  );
}
const resultOf = async (params: ReportParams) => (await run(params)).result as FollowUpReport;

describe('follow-ups report', () => {
  it('is registered under its DOMAIN §8 name', () => {
    expect(findReport('follow-ups')?.title.zh).toBe('回访统计');
  });

  it('counts due, done, reached and the success rate (reached ÷ due) with open and overdue', async () => {
    const r = await resultOf(APRIL);
    expect(r.period).toEqual({ from: '2026-04-01', to: '2026-04-30' });
    expect(r.overall).toEqual({
      due: 7,
      done: 4,
      reached: 2,
      successRate: 2 / 7,
      open: 3,
      overdue: 1,
      unreachable: 1,
      refused: 1,
    });
  });

  it('breaks down by staff and by branch', async () => {
    const r = await resultOf(APRIL);
    expect(
      r.byStaff.map((s) => [s.branchCode, s.name, s.due, s.done, s.reached, s.successRate, s.overdue]),
    ).toEqual([
      ['BJ01', '王芳', 3, 2, 1, 1 / 3, 1],
      ['SH01', '李娜', 4, 2, 1, 1 / 4, 0],
    ]);
    expect(r.byBranch.map((b) => [b.code, b.due, b.reached, b.successRate])).toEqual([
      ['BJ01', 3, 1, 1 / 3],
      ['SH01', 4, 1, 1 / 4],
    ]);
  });

  it('lists what is overdue as of --as-of, and counts nothing overdue before its day', async () => {
    const r = await resultOf(APRIL);
    expect(r.overdueList.map((o) => [o.id, o.daysOverdue, o.staffName])).toEqual([[3, 5, '王芳']]);
    // As of 2026-04-21 08:00 Shanghai, #4 (04-10) and #5 (04-20) are overdue too.
    const later = await resultOf({ ...APRIL, asOf: '2026-04-21T00:00:00.000Z' });
    expect(later.overall.overdue).toBe(3);
    expect(later.overdueList.map((o) => [o.id, o.daysOverdue])).toEqual([
      [3, 16],
      [4, 11],
      [5, 1],
    ]);
  });

  it('gives a null rate for a period with nothing due, and filters by staff', async () => {
    const none = await resultOf({
      ...APRIL,
      period: { from: '2026-06-01', to: '2026-06-30' },
      month: '2026-06',
    });
    expect(none.overall.successRate).toBeNull();
    const staff = await resultOf({ ...APRIL, extra: { staffId: '8' } });
    expect(staff.overall.due).toBe(4);
    await expect(run({ ...APRIL, extra: { staffId: '-1' } })).rejects.toBeInstanceOf(ReportParamsError);
  });

  it('writes the same numbers to the xlsx: percent format, totals, by month for a range', async () => {
    const params: ReportParams = {
      ...APRIL,
      period: { from: '2026-03-01', to: '2026-04-30' },
      month: undefined,
    };
    const r = await run(params);
    const file = join(dir, 'f.xlsx');
    await writeWorkbookFile(sheetsOf(followUpsReportDefinition, r, 'zh'), 'zh', file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总', '按员工', '按机构', '按月份', '逾期未回访']);
    const all = sheetRows(wb.getWorksheet('汇总') as ExcelJS.Worksheet, '统计维度')[0];
    // March and April: due 8 (#1–#8), reached 3 (#1 #6 #8) → 3/8
    expect(all).toMatchObject({ 分组: '全部', 应回访: 8, 回访成功: 3, 回访成功率: 3 / 8 });
    const staff = sheetRows(wb.getWorksheet('按员工') as ExcelJS.Worksheet, '机构');
    // 王芳 gets #8 (March) too: due 4, reached 2
    expect(staff[0]).toMatchObject({ 回访人: '王芳', 应回访: 4, 回访成功: 2, 回访成功率: 0.5 });
    const totals = staff[2] as Record<string, { result: number }>;
    expect(totals['应回访'].result).toBe(8);
    expect(totals['回访成功'].result).toBe(3);
    const ws = wb.getWorksheet('按机构') as ExcelJS.Worksheet;
    const rateCell = ws
      .getRow(
        (() => {
          let n = 0;
          ws.eachRow((row, i) => {
            if (!n && row.getCell(1).value === 'BJ01') n = i;
          });
          return n;
        })(),
      )
      .getCell(6);
    expect(rateCell.value).toBe(0.5);
    expect(rateCell.numFmt).toBe('0.0%');
    const months = sheetRows(wb.getWorksheet('按月份') as ExcelJS.Worksheet, '月份');
    expect(months.slice(0, 2).map((m) => [m['应回访'], m['回访成功']])).toEqual([
      [1, 1],
      [7, 2],
    ]);
    const overdue = sheetRows(wb.getWorksheet('逾期未回访') as ExcelJS.Worksheet, '回访编号');
    expect(overdue).toEqual([
      expect.objectContaining({ 回访编号: 3, 逾期天数: 5, 回访人: '王芳', 回访事由: '护理记录 #503' }),
    ]);
  });
});

import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportParamsError, runReport, sheetsOf } from '../../reports/core/run';
import { tableRecordSource } from '../../reports/core/sources/table';
import type { ReportParams } from '../../reports/core/types';
import { writeWorkbookFile } from '../../reports/core/xlsx/node';
import { findReport } from '../../reports/index';
import { satisfactionReportDefinition } from '../../reports/satisfaction';
import type { SatisfactionReport } from '../../src/domain/satisfaction';
import { columnFormat, MARCH, PERIOD, satisfactionTables, sheetRows } from './satisfaction-report.fixture';

/* Expected figures: worked out by hand in satisfaction-report.fixture.ts. */

const dir = mkdtempSync(join(tmpdir(), 'satisfaction-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(params: ReportParams, extra?: Record<string, string>) {
  const tables = satisfactionTables();
  const p = extra ? { ...params, extra } : params;
  return runReport(
    satisfactionReportDefinition,
    tableRecordSource((n) => tables[n] ?? []),
    p,
    'zh',
  );
}
const resultOf = async (params: ReportParams, extra?: Record<string, string>) =>
  (await run(params, extra)).result as SatisfactionReport;

describe('satisfaction report: json', () => {
  it('is registered under its DOMAIN §8 name', () => {
    expect(findReport('satisfaction')?.title.zh).toBe('满意度报表');
  });

  it('gives the overall figures of the period with the §8 names', async () => {
    const r = await resultOf(PERIOD);
    expect(r.period).toEqual({ from: '2026-03-01', to: '2026-04-30' });
    const o = r.overall;
    expect([o.responses, o.valid, o.excluded]).toEqual([7, 5, 2]);
    expect(o.dimensions.quality).toBeCloseTo(65, 10);
    expect(o.dimensions.attitude).toBeCloseTo(75, 10);
    expect(o.dimensions.environment).toBeCloseTo(70, 10);
    expect(o.dimensions.effect).toBeCloseTo(65, 10);
    expect(o.composite).toBeCloseTo(69, 10);
    expect(o.csat).toBeCloseTo(0.6, 12);
    expect(o.csatLow).toBeCloseTo(0.230724, 6);
    expect(o.csatHigh).toBeCloseTo(0.882379, 6);
    expect(o.nps).toBeCloseTo(-25, 10);
    expect([o.promoters, o.passives, o.detractors]).toEqual([0.25, 0.25, 0.5]);
    expect(o.smallSample).toBe(true);
    expect(r.dimensionLabels.map((d) => d.label)).toEqual([
      '护理服务质量',
      '服务态度',
      '环境设施',
      '产品效果',
    ]);
  });

  it('breaks down by branch and by month (Shanghai days: #7 is in March)', async () => {
    const r = await resultOf(PERIOD);
    const [bj, sh] = r.byBranch;
    expect([bj.code, bj.name, bj.responses, bj.valid, bj.excluded]).toEqual(['BJ01', '北京一院', 4, 4, 0]);
    expect(bj.csat).toBe(0.75);
    expect(bj.csatLow).toBeCloseTo(0.300642, 6);
    expect(bj.csatHigh).toBeCloseTo(0.954413, 6);
    expect(bj.dimensions.quality).toBeCloseTo(68.75, 10);
    expect([sh.code, sh.responses, sh.valid, sh.excluded, sh.csat, sh.csatLow]).toEqual([
      'SH01',
      3,
      1,
      2,
      0,
      0,
    ]);
    expect(sh.csatHigh).toBeCloseTo(0.793451, 6);
    expect(sh.composite).toBeCloseTo(67.5, 10);
    expect(r.byMonth.map((m) => [m.month, m.responses, m.valid, m.csat])).toEqual([
      ['2026-03', 4, 3, 1],
      ['2026-04', 3, 2, 0],
    ]);
  });

  it('breaks down by staff, service item and channel', async () => {
    const r = await resultOf(PERIOD);
    // by name: 李娜 (#3 #4 #6), 王芳 (#1 #2 #7), 赵敏 (#5, excluded)
    expect(r.byStaff.map((s) => [s.name, s.responses, s.valid, s.csat])).toEqual([
      ['李娜', 3, 2, 0],
      ['王芳', 3, 3, 1],
      ['赵敏', 1, 0, null],
    ]);
    expect(r.byServiceItem.map((s) => [s.code, s.responses, s.valid])).toEqual([
      ['PR01', 4, 4],
      ['SK01', 3, 1],
    ]);
    expect(r.byChannel.map((c) => [c.channel, c.responses, c.valid])).toEqual([
      ['face_to_face', 4, 3],
      ['online', 2, 1],
      ['phone', 1, 1],
    ]);
  });

  it('lists the low scores with names and comment', async () => {
    const r = await resultOf(PERIOD);
    expect(r.lowScores).toHaveLength(1);
    const low = r.lowScores[0];
    expect(low).toMatchObject({
      responseId: 3,
      branchCode: 'BJ01',
      staffName: '李娜',
      serviceItemName: '产后修复',
      customerId: 103,
      customerName: '陈女士',
      comment: '态度差，等了很久',
    });
    expect(low.overall).toBeCloseTo(1.6, 10);
  });

  it('applies its own filters: staff, service item, channel; a branch', async () => {
    const staff = await resultOf(PERIOD, { staffId: '8' });
    expect([staff.overall.responses, staff.overall.valid, staff.overall.excluded]).toEqual([3, 2, 1]);
    expect(staff.filter).toEqual({ staffId: 8, serviceItemId: null, channel: null });
    const online = await resultOf(PERIOD, { channel: 'online' });
    expect([online.overall.responses, online.overall.valid, online.overall.csat]).toEqual([2, 1, 1]);
    expect(online.byChannel.map((c) => c.channel)).toEqual(['online']);
    const item = await resultOf(PERIOD, { serviceItemId: '4' });
    expect(item.overall.responses).toBe(3);
    const sh = await resultOf({ ...PERIOD, branch: 'SH01' });
    expect(sh.byBranch.map((b) => b.code)).toEqual(['SH01']);
    expect(sh.overall.responses).toBe(3);
  });

  it('refuses a malformed or unknown filter with field errors', async () => {
    await expect(run(PERIOD, { staffId: 'abc', channel: 'fax', colour: 'red' })).rejects.toSatisfy(
      (e: unknown) =>
        e instanceof ReportParamsError &&
        Object.keys(e.errors).sort().join() === 'channel,colour,staffId' &&
        /正整数/.test(e.errors.staffId) &&
        /face_to_face/.test(e.errors.channel),
    );
  });

  it('shows a new template’s dimension once answered, on its own 10-point scale', async () => {
    const tables = satisfactionTables();
    tables['survey-templates'].push({
      id: 2,
      name: '隐私调查表',
      scale: 10,
      hasNps: false,
      active: true,
      dimensions: [
        { key: 'quality', label: '护理服务质量', weight: 1, required: true },
        { key: 'privacy', label: '隐私保护', weight: 1, required: true },
      ],
    });
    // overall (10 + 8) ÷ 2 = 9 ≥ 8: satisfied; privacy 100 × 7 ÷ 9 = 77.78
    tables['survey-responses'].push({
      id: 9,
      templateId: 2,
      branchId: 2,
      channel: 'online',
      submittedAt: '2026-04-05T02:00:00.000Z',
      scores: { quality: 10, privacy: 8 },
      nps: null,
      valid: true,
      invalidReason: null,
    });
    const run = await runReport(
      satisfactionReportDefinition,
      tableRecordSource((n) => tables[n] ?? []),
      PERIOD,
      'zh',
    );
    const r = run.result as SatisfactionReport;
    expect(r.dimensionLabels.map((d) => d.key)).toEqual([
      'quality',
      'attitude',
      'environment',
      'effect',
      'privacy',
    ]);
    expect(r.dimensionLabels.at(-1)?.label).toBe('隐私保护');
    expect(r.overall.dimensions.privacy).toBeCloseTo(700 / 9, 10);
    // quality: five 5-point answers (65 on average) and one 10 → (5 × 65 + 100) ÷ 6
    expect(r.overall.dimensions.quality).toBeCloseTo(425 / 6, 10);
    expect([r.overall.valid, r.overall.csat]).toEqual([6, 4 / 6]);
    const sh = r.byBranch[1];
    expect(sh.dimensions.privacy).toBeCloseTo(700 / 9, 10);
    expect(sh.dimensions.attitude).toBe(75); // #4 only: the 10-point template has no attitude
  });

  it('gives nulls, not zeros, for a period without responses', async () => {
    const r = await resultOf({ ...PERIOD, period: { from: '2026-06-01', to: '2026-06-30' } });
    expect(r.overall).toMatchObject({ responses: 0, valid: 0, composite: null, csat: null, nps: null });
    expect(r.byBranch).toHaveLength(2);
    expect(r.lowScores).toEqual([]);
  });
});

describe('satisfaction report: xlsx re-read with exceljs', () => {
  async function workbook(params: ReportParams, lang: 'zh' | 'en' = 'zh') {
    const r = await run(params);
    const file = join(dir, `s-${lang}-${params.month ?? 'range'}.xlsx`);
    await writeWorkbookFile(sheetsOf(satisfactionReportDefinition, r, lang), lang, file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    return { wb, json: r.result as SatisfactionReport };
  }

  it('has the summary, by-branch, by-month, low-score, valid and excluded sheets', async () => {
    const { wb } = await workbook(PERIOD);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '汇总',
      '按机构',
      '按月份',
      '低分答卷',
      '有效答卷',
      '剔除答卷',
    ]);
    const { wb: month } = await workbook(MARCH);
    expect(month.worksheets.map((w) => w.name)).not.toContain('按月份');
  });

  it('carries the json figures, in percent and score formats, small samples flagged', async () => {
    const { wb, json } = await workbook(PERIOD);
    const ws = wb.getWorksheet('按机构') as ExcelJS.Worksheet;
    const rows = sheetRows(ws, '机构编码');
    expect(rows).toHaveLength(3); // two branches + totals
    const bj = rows[0];
    expect(bj['机构编码']).toBe('BJ01');
    expect(bj['CSAT（满意率）']).toBe(json.byBranch[0].csat);
    expect(bj['CSAT 95% 下限']).toBe(json.byBranch[0].csatLow);
    expect(bj['综合满意度得分']).toBe(json.byBranch[0].composite);
    expect(bj['护理服务质量（得分）']).toBe(68.75);
    expect(bj['样本不足（<30）']).toBe('是');
    expect(rows[1]['有效答卷']).toBe(1);
    const totals = rows[2] as Record<string, { formula: string; result: number }>;
    expect(totals['答卷数'].result).toBe(7);
    expect(totals['剔除（无效）'].result).toBe(2);
    expect(columnFormat(ws, '机构编码', 'CSAT（满意率）')).toBe('0.0%');
    expect(columnFormat(ws, '机构编码', '综合满意度得分')).toBe('0.0');
    expect(columnFormat(ws, '机构编码', 'NPS 净推荐值')).toBe('0.0');

    const summary = sheetRows(wb.getWorksheet('汇总') as ExcelJS.Worksheet, '统计维度');
    const all = summary[0];
    expect([all['统计维度'], all['答卷数'], all['有效答卷'], all['剔除（无效）']]).toEqual(['全部', 7, 5, 2]);
    expect(all['综合满意度得分']).toBeCloseTo(69, 10);
    expect(all['NPS 净推荐值']).toBeCloseTo(-25, 10);
    expect(all['CSAT 95% 上限']).toBe(json.overall.csatHigh);
    expect(summary.filter((r) => r['统计维度'] === '月份').map((r) => r['分组'])).toEqual([
      '2026-03',
      '2026-04',
    ]);
    expect(summary.find((r) => r['分组'] === '赵敏')?.['CSAT（满意率）']).toBeNull();
  });

  it('lists the low score, every valid response and the excluded ones with their reason', async () => {
    const { wb } = await workbook(PERIOD);
    const low = sheetRows(wb.getWorksheet('低分答卷') as ExcelJS.Worksheet, '答卷编号');
    expect(low).toHaveLength(1);
    expect(low[0]).toMatchObject({
      答卷编号: 3,
      顾客: '陈女士',
      意见和建议: '态度差，等了很久',
      调查方式: '电话调查',
    });
    expect(low[0]['总体评分']).toBeCloseTo(1.6, 10);
    const valid = sheetRows(wb.getWorksheet('有效答卷') as ExcelJS.Worksheet, '答卷编号');
    expect(valid.map((r) => r['答卷编号'])).toEqual([1, 2, 3, 4, 7]);
    const excluded = sheetRows(wb.getWorksheet('剔除答卷') as ExcelJS.Worksheet, '答卷编号');
    expect(excluded.map((r) => [r['答卷编号'], r['剔除原因']])).toEqual([
      [5, '答卷不完整'],
      [6, '测试数据'],
    ]);
  });

  it('is written in English when asked', async () => {
    const { wb } = await workbook(MARCH, 'en');
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Summary',
      'By branch',
      'Low scores',
      'Valid responses',
      'Excluded responses',
    ]);
    const rows = sheetRows(wb.getWorksheet('By branch') as ExcelJS.Worksheet, 'Code');
    expect(rows[0]['Small sample (<30)']).toBe('Yes');
    // March: #1 #2 #7 in BJ01, all satisfied
    expect(rows[0]['CSAT (top-2-box)']).toBe(1);
  });
});

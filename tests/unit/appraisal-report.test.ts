import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appraisalReportDefinition } from '../../reports/appraisal';
import type { AppraisalReport } from '../../reports/appraisal/result';
import { runReport, sheetsOf } from '../../reports/core/run';
import { tableRecordSource } from '../../reports/core/sources/table';
import type { ReportParams } from '../../reports/core/types';
import { writeWorkbookFile } from '../../reports/core/xlsx/node';
import {
  cached,
  EXPECTED,
  EXPECTED_PAY_TOTAL,
  EXPECTED_TEAMS,
  formula,
  reportTables,
  sheetRows,
} from './appraisal-report.fixture';

const PARAMS: ReportParams = {
  period: { from: '2026-03-01', to: '2026-03-31' },
  month: '2026-03',
  asOf: '2026-04-05T00:00:00.000Z',
};

async function run(params: ReportParams = PARAMS) {
  const tables = reportTables();
  const source = tableRecordSource((name) => tables[name] ?? []);
  return runReport(appraisalReportDefinition, source, params, 'zh');
}

const dir = mkdtempSync(join(tmpdir(), 'appraisal-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the appraisal report (考核得分表)', () => {
  it('answers the JSON of DOMAIN §8 with the hand-computed figures', async () => {
    const result = (await run()).result as AppraisalReport;
    expect(result.month).toBe('2026-03');
    // the active members of the teams, nobody else (30 has no team)
    expect(result.employees.map((e) => e.employeeId)).toEqual([10, 11, 12, 20, 21]);
    for (const e of result.employees) {
      expect(Object.keys(e)).toEqual(
        expect.arrayContaining([
          'employeeId',
          'employeeNo',
          'name',
          'teamId',
          'individualPoints',
          'collectivePoints',
          'points',
          'conversionYuan',
          'commissionYuan',
          'fullAttendanceBonus',
          'allowance',
          'award',
          'baseSalary',
          'pay',
        ]),
      );
      expect(e).toMatchObject(EXPECTED[e.employeeId as keyof typeof EXPECTED]);
      expect(e.pay).toBeCloseTo(
        e.baseSalary + e.allowance + e.fullAttendanceBonus + e.commissionYuan + e.award,
        10,
      );
    }
    expect(
      result.teams.map(({ teamId, name, members, collectivePoints, collectiveYuan }) => ({
        teamId,
        name,
        members,
        collectivePoints,
        collectiveYuan,
      })),
    ).toEqual(EXPECTED_TEAMS);
    expect(result.escalations.map((x) => [x.employeeId, x.code, x.date, x.count])).toEqual([
      [11, 'S01', '2026-03-05', 3],
      [20, 'D04', '2026-03-10', 3],
    ]);
    // February: 11's S01 × 2 → −9, team 1 (10 and 11; 12 not yet hired) −5 each → −19
    expect(result.trend.find((m) => m.month === '2026-02')).toEqual({
      month: '2026-02',
      points: -19,
      commissionYuan: -19,
      headcount: 4,
    });
    // March: −9 − 18 + 1 − 16 − 5 = −47
    expect(result.trend.at(-1)).toMatchObject({ month: '2026-03', points: -47, headcount: 5 });
    expect(result.awards).toEqual([
      { teamId: 1, rank: 1, employeeId: 12, name: '郑新人', amount: 150 },
      { teamId: 2, rank: 1, employeeId: 21, name: '冯电咨', amount: 120 },
    ]);
  });

  it('narrows to one team with team=ID', async () => {
    const result = (await run({ ...PARAMS, extra: { team: '2' } })).result as AppraisalReport;
    expect(result.employees.map((e) => e.employeeId)).toEqual([20, 21]);
    expect(result.teams.map((t) => t.teamId)).toEqual([2]);
  });

  it('writes an xlsx with the same numbers, totals as formulas with cached values', async () => {
    const r = await run();
    const result = r.result as AppraisalReport;
    const file = join(dir, 'appraisal.xlsx');
    await writeWorkbookFile(sheetsOf(appraisalReportDefinition, r, 'zh'), 'zh', file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['员工得分', '小组', '考核记录与加重', '本月所用规则']);

    const rows = sheetRows(wb.getWorksheet('员工得分') as ExcelJS.Worksheet, '工号');
    const total = rows.at(-1) as Record<string, unknown>;
    expect(total['工号']).toBe('合计');
    const body = rows.slice(0, -1);
    expect(body).toHaveLength(result.employees.length);
    result.employees.forEach((e, i) => {
      const x = body[i];
      expect([
        x['工号'],
        x['姓名'],
        x['个人分'],
        x['集体分'],
        x['得分'],
        x['成功率提成（元）'],
        x['业务提成（元）'],
        x['基本工资（元）'],
        x['岗位津贴（元）'],
        x['全勤奖（元）'],
        x['优秀员工奖（元）'],
        x['总工资（元）'],
      ]).toEqual([
        e.employeeNo,
        e.name,
        e.individualPoints,
        e.collectivePoints,
        e.points,
        e.conversionYuan,
        e.commissionYuan,
        e.baseSalary,
        e.allowance,
        e.fullAttendanceBonus,
        e.award,
        e.pay,
      ]);
    });
    expect(formula(total['总工资（元）'])).toMatch(/^SUM\(/);
    expect(cached(total['总工资（元）'])).toBeCloseTo(EXPECTED_PAY_TOTAL, 10);
    expect(cached(total['得分'])).toBeCloseTo(-47, 10);

    const teams = sheetRows(wb.getWorksheet('小组') as ExcelJS.Worksheet, '考核小组');
    expect(
      teams
        .slice(0, -1)
        .map((t) => [t['考核小组'], t['组长'], t['考核人数'], t['集体分'], t['集体提成（元）']]),
    ).toEqual([
      ['网络咨询组', '周组长', 3, -5, 0],
      ['电话咨询组', '王组长', 2, -5, 105],
    ]);

    // Every event of the month with its points, the escalations as rows of their own:
    // the points add up to the employees' individual points (−4 − 13 + 6 − 11 + 0 = −22).
    const events = sheetRows(wb.getWorksheet('考核记录与加重') as ExcelJS.Worksheet, '日期');
    const eventTotal = events.at(-1) as Record<string, unknown>;
    expect(cached(eventTotal['个人分'])).toBeCloseTo(-22, 10);
    expect(cached(eventTotal['集体分'])).toBeCloseTo(-10, 10);
    const escalations = events.filter((e) => e['类型'] === '当天累计加重');
    expect(escalations.map((e) => [e['工号'], e['规则编码'], e['次数'], e['个人分'], e['集体分']])).toEqual([
      ['BJ01-11', 'S01', 3, -5, -5],
      ['BJ01-20', 'D04', 3, -5, -5],
    ]);
    // the escalation row follows the last event of its day and rule
    const s01 = events.findIndex((e) => e['类型'] === '当天累计加重' && e['规则编码'] === 'S01');
    expect(events.slice(s01 - 2, s01).map((e) => [e['规则编码'], e['次数']])).toEqual([
      ['S01', 2],
      ['S01', 1],
    ]);
    const c05 = events.find((e) => e['规则编码'] === 'C05');
    expect([c05?.['费用（元）'], c05?.['个人提成（元）']]).toEqual([10000, 200]);
    expect(events.some((e) => String(e['日期']).startsWith('2026-04') || e['规则编码'] === undefined)).toBe(
      false,
    );
  });
});

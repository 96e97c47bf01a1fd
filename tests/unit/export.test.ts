import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildCsv, buildXlsx } from '../../src/crud/list/export/buildFile';
import { csvField } from '../../src/crud/list/export/csv';
import { fetchAllRecords } from '../../src/crud/list/export/fetchAll';
import { exportColumns, exportRow, exportTable, type ReferenceNames } from '../../src/crud/list/export/rows';
import { exportFileName } from '../../src/crud/list/export/runExport';
import type { BaseRecord, DataProvider } from '@refinedev/core';
import { defineResource } from '../../src/schema/resource';

const res = defineResource({
  name: 'things',
  label: { zh: '事项', en: 'Things' },
  group: 'system',
  icon: 'AppstoreOutlined',
  titleField: 'name',
  fields: [
    { name: 'code', type: 'text', label: { zh: '编码', en: 'Code' } },
    { name: 'name', type: 'text', label: { zh: '名称', en: 'Name' } },
    {
      name: 'status',
      type: 'enum',
      label: { zh: '状态', en: 'Status' },
      options: [
        { value: 'open', label: { zh: '进行中', en: 'Open' } },
        { value: 'closed', label: { zh: '已关闭', en: 'Closed' } },
      ],
    },
    { name: 'price', type: 'money', label: { zh: '价格', en: 'Price' } },
    { name: 'rate', type: 'percent', label: { zh: '比例', en: 'Rate' } },
    { name: 'branchId', type: 'reference', resource: 'branches', label: { zh: '机构', en: 'Branch' } },
    { name: 'active', type: 'boolean', label: { zh: '启用', en: 'Active' } },
    { name: 'signedOn', type: 'date', label: { zh: '签约日期', en: 'Signed on' } },
    { name: 'doneAt', type: 'datetime', label: { zh: '完成时间', en: 'Done at' } },
    { name: 'phone', type: 'phone', label: { zh: '电话', en: 'Phone' } },
  ],
});
const FIELDS = res.fields;
const NAMES: ReferenceNames = new Map([['branches', new Map([['1', '北京一院']])]]);

const FIRST = {
  id: 1,
  code: '=1+1',
  name: '王, "芳"',
  status: 'closed',
  price: 1234.567,
  rate: 0.125,
  branchId: 1,
  active: true,
  signedOn: '2026-11-03',
  doneAt: '2026-11-03T01:30:00.000Z',
  phone: '138****5678', // as the API masks it for a quality supervisor
};
const SECOND = {
  id: 2,
  code: '-5',
  name: '@x',
  status: 'open',
  price: -5,
  rate: null,
  branchId: 9,
  active: false,
  signedOn: null,
  doneAt: null,
  phone: '+8613800001111',
};

describe('export rows', () => {
  it('has the visible fields as columns with headers in the console language', () => {
    expect(exportColumns(FIELDS.slice(0, 4), 'zh')).toEqual([
      { key: 'code', header: '编码', type: 'text' },
      { key: 'name', header: '名称', type: 'text' },
      { key: 'status', header: '状态', type: 'text' },
      { key: 'price', header: '价格', type: 'money' },
    ]);
    expect(exportColumns(FIELDS.slice(2, 4), 'en').map((c) => c.header)).toEqual(['Status', 'Price']);
  });

  it('turns enums into labels, references into names, money to the fen, keeps masks', () => {
    expect(exportRow(FIELDS, FIRST, NAMES, 'zh')).toEqual([
      '=1+1',
      '王, "芳"',
      '已关闭',
      1234.57,
      0.125,
      '北京一院',
      true,
      '2026-11-03',
      '2026-11-03T01:30:00.000Z',
      '138****5678',
    ]);
    // An unknown or unreadable reference keeps its id; blanks are empty cells.
    expect(exportRow(FIELDS, SECOND, NAMES, 'en')).toEqual([
      '-5',
      '@x',
      'Open',
      -5,
      null,
      '#9',
      false,
      null,
      null,
      '+8613800001111',
    ]);
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks and neutralises formula starts', () => {
    expect(csvField('text', '=SUM(A1)', 'zh')).toBe("'=SUM(A1)");
    expect(csvField('text', '+1', 'zh')).toBe("'+1");
    expect(csvField('text', '\tx', 'zh')).toBe("'\tx");
    expect(csvField('text', '\rx', 'zh')).toBe('"\'\rx"');
    expect(csvField('text', 'a"b', 'zh')).toBe('"a""b"');
    expect(csvField('text', 'a\nb', 'zh')).toBe('"a\nb"');
    // A real negative number is a number, not a formula.
    expect(csvField('money', -5, 'zh')).toBe('-5.00');
    expect(csvField('integer', -3, 'zh')).toBe('-3');
  });

  it('writes a BOM, the header and one CRLF line per record (hand-computed)', async () => {
    const table = exportTable('事项', FIELDS, [FIRST, SECOND], NAMES, 'zh');
    const text = await (await buildCsv(table, 'zh')).text();
    const bytes = new Uint8Array(await (await buildCsv(table, 'zh')).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.replace(/^\uFEFF/, '')).toBe(
      '编码,名称,状态,价格,比例,机构,启用,签约日期,完成时间,电话\r\n' +
        '\'=1+1,"王, ""芳""",已关闭,1234.57,12.5%,北京一院,是,2026-11-03,2026-11-03 09:30,138****5678\r\n' +
        "'-5,'@x,进行中,-5.00,,#9,否,,,'+8613800001111\r\n",
    );
  });
});

describe('xlsx', () => {
  it('is read back by exceljs with typed cells and text cells that are never formulas', async () => {
    const table = exportTable('事项', FIELDS, [FIRST, SECOND], NAMES, 'zh');
    const blob = await buildXlsx(table, 'zh');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      Buffer.from(await blob.arrayBuffer()) as unknown as Parameters<typeof wb.xlsx.load>[0],
    );
    const ws = wb.getWorksheet('事项');
    expect(ws).toBeDefined();
    if (!ws) return;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      '编码',
      '名称',
      '状态',
      '价格',
      '比例',
      '机构',
      '启用',
      '签约日期',
      '完成时间',
      '电话',
    ]);
    const a2 = ws.getCell('A2');
    expect(a2.type).toBe(ExcelJS.ValueType.String);
    expect(a2.value).toBe('=1+1');
    expect(a2.formula).toBeUndefined();
    expect(a2.numFmt).toBe('@');
    expect(ws.getCell('B2').value).toBe('王, "芳"');
    expect(ws.getCell('C2').value).toBe('已关闭');
    expect(ws.getCell('D2').value).toBe(1234.57);
    expect(ws.getCell('D2').numFmt).toBe('#,##0.00');
    expect(ws.getCell('E2').value).toBe(0.125);
    expect(ws.getCell('F2').value).toBe('北京一院');
    expect(ws.getCell('G2').value).toBe('是');
    expect(ws.getCell('H2').value).toEqual(new Date(Date.UTC(2026, 10, 3)));
    // 01:30 UTC is 09:30 in Shanghai: the sheet shows Shanghai wall-clock time.
    expect(ws.getCell('I2').value).toEqual(new Date(Date.UTC(2026, 10, 3, 9, 30)));
    expect(ws.getCell('J2').value).toBe('138****5678');
    expect(ws.getCell('A3').value).toBe('-5');
    expect(ws.getCell('D3').value).toBe(-5);
    expect(ws.getCell('E3').value).toBeNull();
    expect(ws.getCell('F3').value).toBe('#9');
    expect(ws.getCell('G3').value).toBe('否');
    expect(ws.rowCount).toBe(3);
  });
});

describe('reading every page', () => {
  it('asks page after page with the list filters and sort until the total is reached', async () => {
    const rows: BaseRecord[] = Array.from({ length: 7 }, (_, i) => ({ id: i + 1 }));
    const asked: unknown[] = [];
    const provider = {
      getList: async (params: Parameters<DataProvider['getList']>[0]) => {
        asked.push(params);
        const { currentPage = 1, pageSize = 10 } = params.pagination ?? {};
        return { data: rows.slice((currentPage - 1) * pageSize, currentPage * pageSize), total: 7 };
      },
    } as unknown as DataProvider;
    const filters = [{ field: 'status', operator: 'eq' as const, value: 'open' }];
    const sorters = [{ field: 'code', order: 'desc' as const }];
    const progress: [number, number][] = [];
    const out = await fetchAllRecords(
      provider,
      'things',
      { filters, sorters },
      { onRows: (d, t) => progress.push([d, t]) },
      3,
    );
    expect(out.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(asked).toEqual(
      [1, 2, 3].map((currentPage) => ({
        resource: 'things',
        pagination: { currentPage, pageSize: 3, mode: 'server' },
        filters,
        sorters,
      })),
    );
    expect(progress).toEqual([
      [3, 7],
      [6, 7],
      [7, 7],
    ]);
  });

  it('stops when cancelled', async () => {
    const controller = new AbortController();
    const provider = {
      getList: async () => {
        controller.abort();
        return { data: [{ id: 1 }], total: 5 };
      },
    } as unknown as DataProvider;
    await expect(
      fetchAllRecords(provider, 'x', { filters: [], sorters: [] }, { signal: controller.signal }, 1),
    ).rejects.toThrow();
  });
});

it('names the file after the list and the time', () => {
  expect(exportFileName('客户', 'csv', new Date(2026, 10, 29, 14, 5))).toBe('客户_20261129-1405.csv');
  expect(exportFileName('a/b', 'xlsx', new Date(2026, 0, 2, 3, 4))).toBe('a b_20260102-0304.xlsx');
});

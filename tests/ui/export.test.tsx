// @vitest-environment jsdom
import './setup';
import type { BaseRecord, DataProvider } from '@refinedev/core';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeNotifications, fakeProvider, renderApp } from './harness';

const BRANCHES = [
  { id: 1, name: '北京一院' },
  { id: 2, name: '上海二院' },
];
/** 2,345 records: three pages of the export's 1,000. */
const THINGS: BaseRecord[] = Array.from({ length: 2345 }, (_, i) => ({
  id: i + 1,
  code: i === 0 ? '=HYPERLINK("x")' : `T${i + 1}`,
  name: `事项${i + 1}`,
  status: i % 2 ? 'closed' : 'open',
  price: i + 0.5,
  rate: 0.25,
  branchId: (i % 2) + 1,
  ownerId: null,
  active: i % 3 === 0,
  signedOn: '2026-11-03',
}));

function pagedProvider() {
  return fakeProvider(
    { things: THINGS, branches: BRANCHES, people: [] },
    {
      // Pages like the API: the slice asked for, with the total.
      getList: async (params) => {
        calls.push(params);
        if (params.resource !== 'things') return { data: [], total: 0 };
        const { currentPage = 1, pageSize = 10 } = params.pagination ?? {};
        return {
          data: THINGS.slice((currentPage - 1) * pageSize, currentPage * pageSize) as never[],
          total: THINGS.length,
        };
      },
    },
  );
}
let calls: Parameters<DataProvider['getList']>[0][] = [];

let saved: { blob: Blob; name: string }[] = [];
beforeEach(() => {
  calls = [];
  saved = [];
  localStorage.clear();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    saved.push({ blob, name: '' });
    return 'blob:test';
  });
  URL.revokeObjectURL = vi.fn();
  // Captures the file name the download link carries instead of navigating.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved[saved.length - 1].name = this.download;
  });
});
afterEach(() => vi.restoreAllMocks());

/** jsdom's Blob, read the way a page would (Node's own readers do not know it). */
function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

async function readXlsx(blob: Blob) {
  const wb = new ExcelJS.Workbook();
  const bytes = await bytesOf(blob);
  await wb.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb;
}

async function exportAs(label: string) {
  const button = await screen.findByRole('button', { name: /导出/ });
  fireEvent.click(button);
  fireEvent.click(await screen.findByText(label));
}

describe('export of a generic list', () => {
  it('exports every page with the filters and sort of the URL, the visible columns in order', async () => {
    // This user moved "名称" first and hid "比例" and "负责人" earlier.
    localStorage.setItem(
      'sq.columns.anonymous.things',
      JSON.stringify(
        [
          ['name', true],
          ['code', true],
          ['status', true],
          ['price', true],
          ['rate', false],
          ['branchId', true],
          ['ownerId', false],
          ['active', true],
          ['signedOn', true],
          ['doneAt', false],
          ['lines', false],
          ['createdAt', false],
        ].map(([name, visible]) => ({ name, visible })),
      ),
    );
    const { provider } = pagedProvider();
    const notes = fakeNotifications();
    renderApp(
      '/things?filters[0][field]=status&filters[0][operator]=in&filters[0][value][0]=open&sorters[0][field]=price&sorters[0][order]=desc',
      provider,
      notes.provider,
    );
    const table = await screen.findByRole('table');
    await within(table).findByText('事项1');
    const listCalls = calls.length;
    await exportAs('导出 Excel (.xlsx)');

    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 60_000 });
    expect(saved[0].name).toMatch(/^事项_\d{8}-\d{4}\.xlsx$/);
    const exportCalls = calls.slice(listCalls).filter((c) => c.pagination?.pageSize === 1000);
    expect(exportCalls.map((c) => c.pagination?.currentPage)).toEqual([1, 2, 3]);
    for (const c of exportCalls) {
      expect(c.filters).toEqual([{ field: 'status', operator: 'in', value: ['open'] }]);
      expect(c.sorters).toEqual([{ field: 'price', order: 'desc' }]);
    }

    const ws = (await readXlsx(saved[0].blob)).worksheets[0];
    expect(ws.name).toBe('事项');
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      '名称',
      '编码',
      '状态',
      '价格',
      '机构',
      '启用',
      '签约日期',
    ]);
    expect(ws.rowCount).toBe(1 + 2345);
    expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual([
      '事项1',
      '=HYPERLINK("x")',
      '进行中',
      0.5,
      '北京一院',
      '是',
      new Date(Date.UTC(2026, 10, 3)),
    ]);
    expect(ws.getCell('B2').formula).toBeUndefined();
    expect((ws.getRow(2346).values as unknown[]).slice(1, 6)).toEqual([
      '事项2345',
      'T2345',
      '进行中',
      2344.5,
      '北京一院',
    ]);
    await waitFor(() => expect(notes.opened.map((n) => n.message)).toContain('已导出 2345 行'));
  }, 90_000);

  it('exports CSV with a BOM, the list headers and neutralised, quoted cells', async () => {
    const { provider } = pagedProvider();
    renderApp('/things', provider);
    await within(await screen.findByRole('table')).findByText('事项1');
    await exportAs('导出 CSV (.csv)');
    await waitFor(() => expect(saved).toHaveLength(1), { timeout: 60_000 });
    expect(saved[0].name).toMatch(/\.csv$/);
    const bytes = new Uint8Array(await bytesOf(saved[0].blob));
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.slice(3)).split('\r\n');
    expect(lines[0]).toBe('编码,名称,状态,价格,比例,机构,负责人,启用,签约日期');
    expect(lines[1]).toBe('"\'=HYPERLINK(""x"")",事项1,进行中,0.50,25%,北京一院,,是,2026-11-03');
    expect(lines).toHaveLength(2 + 2345);
  }, 90_000);

  it('shows progress with a cancel button that stops the export', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { provider } = fakeProvider(
      { things: THINGS.slice(0, 3), branches: BRANCHES, people: [] },
      {
        getList: async (params) => {
          // The export's first page waits, so the progress can be seen and cancelled.
          if (params.pagination?.pageSize === 1000) await gate;
          return { data: THINGS.slice(0, 3) as never[], total: 3 };
        },
      },
    );
    const notes = fakeNotifications();
    renderApp('/things', provider, notes.provider);
    await within(await screen.findByRole('table')).findByText('事项1');
    await exportAs('导出 Excel (.xlsx)');
    const status = await screen.findByRole('status', { name: '导出进度' });
    expect(within(status).getByText('正在读取 0 / 0 行')).toBeTruthy();
    fireEvent.click(within(status).getByRole('button', { name: '取消导出' }));
    release();
    await waitFor(() => expect(notes.opened.map((n) => n.message)).toContain('已取消导出'));
    expect(saved).toHaveLength(0);
    expect(await screen.findByRole('button', { name: /导出/ })).toBeTruthy();
  });
});

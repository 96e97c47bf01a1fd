import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect } from 'vitest';
import { runCommand } from '../../reports/core/command';
import { REPORTS } from '../../reports/index';
import { Capture } from './capture';

/** What the report command's tests over a running API share (reportCliRoute, reportRouteNode). */

export const NOW = new Date('2026-11-20T04:00:00.000Z');
export const PERIOD = ['--from', '2026-08-01', '--to', '2026-11-20', '--as-of', '2026-11-20T04:00:00Z'];
export const ADMIN = ['--user', 'admin', '--password', 'Demo@2026'];

/** Runs `npm run report -- argv` in process; with `fetch`, the command uses it (else node:http). */
export async function runReport(argv: string[], fetch?: typeof globalThis.fetch) {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runCommand(argv, REPORTS, { stdout, stderr, now: NOW, ...(fetch ? { fetch } : {}) });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

export type Cells = Record<string, unknown>;

/** Every sheet as name → { address → value, format, font, fill, border } and its column widths. */
export async function workbookCells(
  file: string,
): Promise<Record<string, { cells: Cells; widths: unknown[] }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const out: Record<string, { cells: Cells; widths: unknown[] }> = {};
  for (const ws of wb.worksheets) {
    const cells: Cells = {};
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        cells[cell.address] = {
          value: cell.value,
          numFmt: cell.numFmt,
          font: cell.font,
          fill: cell.fill,
          border: cell.border,
        };
      }),
    );
    out[ws.name] = { cells, widths: ws.columns.map((c) => c.width) };
  }
  return out;
}

export function filesIn(dir: string): string[] {
  return readdirSync(dir).sort();
}

/**
 * The refusals both transports must keep (the fetch path, reportCliRoute; node:http,
 * reportRouteNode): no sign-in → exit 1 with the route's 401 and no stack trace; an unknown
 * branch (the route's 400) → exit 2 naming it; neither leaves a file behind.
 */
export async function expectRefusalsLeaveNoFile(
  command: (argv: string[]) => Promise<{ code: number; stderr: string }>,
  api: string,
  dir: string,
): Promise<void> {
  const file = join(dir, 'refused.xlsx');
  const before = filesIn(dir);
  const unauthenticated = await command(['complaints', ...PERIOD, '--api', api, '--out', file]);
  expect(unauthenticated.code).toBe(1);
  expect(unauthenticated.stderr).toMatch(/^读取 reports\/complaints 失败：401 \S/);
  expect(unauthenticated.stderr).not.toMatch(/\n\s+at /);
  const branch = await command([
    ...['complaints', ...PERIOD, '--branch', 'XX99', '--api', api, ...ADMIN],
    ...['--out', file],
  ]);
  expect(branch.code).toBe(2);
  expect(branch.stderr).toContain('XX99');
  expect(existsSync(file)).toBe(false);
  expect(filesIn(dir)).toEqual(before);
}

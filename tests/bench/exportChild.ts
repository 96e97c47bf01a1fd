/**
 * One export of the complaint detail sheet (投诉明细) in a process of its own, so GNU time sees
 * only its memory: `node --import tsx tests/bench/exportChild.ts MODE API TOKEN OUT`.
 * The rows are read through the API exactly as `npm run report -- complaints --api` reads
 * them, then written one of three ways:
 *   stream — the product's streaming writer (reports/core/xlsx/node.ts), what the CLI runs;
 *   memory — exceljs's in-memory Workbook (reports/core/xlsx/browser.ts, the browser writer);
 *   bare   — a bound: the sheet's XML built as one string and deflated once with zlib.
 * Prints one JSON line: rows, cells, load and write milliseconds, RSS when writing started.
 */
import { writeFile } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import { complaintsReport } from '../../reports/complaints';
import { parseReportParams } from '../../reports/core/params';
import { runReport, sheetsOf } from '../../reports/core/run';
import { httpRecordSource } from '../../reports/core/sources/http';
import type { SheetColumn, SheetSpec } from '../../reports/core/types';
import { buildWorkbookBlob } from '../../reports/core/xlsx/browser';
import { cellWriter, columnLetter } from '../../reports/core/xlsx/format';
import { writeWorkbookFile } from '../../reports/core/xlsx/node';
import { retryingFetch } from './fetchRetry';
import { AS_OF, YEAR } from './period';

const [mode, api, token, out] = process.argv.slice(2);
const DETAIL = { zh: '投诉明细', en: 'Complaints' };

const escapeXml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));

/** The bound: every cell as SpreadsheetML (inline strings, numbers) in one string, deflated. */
function bareSheet(spec: SheetSpec): { bytes: number; cells: number } {
  const columns = spec.columns as SheetColumn<unknown>[];
  const writers = columns.map((c) => cellWriter(c.type, 'zh'));
  const letters = columns.map((_, i) => columnLetter(i + 1));
  const parts: string[] = ['<worksheet><sheetData>'];
  let r = 0;
  let cells = 0;
  for (const row of spec.rows) {
    r++;
    let xml = `<row r="${r}">`;
    for (let i = 0; i < columns.length; i++) {
      const v = writers[i](columns[i].value(row));
      if (v === null) continue;
      cells++;
      xml +=
        typeof v === 'number'
          ? `<c r="${letters[i]}${r}"><v>${v}</v></c>`
          : `<c r="${letters[i]}${r}" t="inlineStr"><is><t>${escapeXml(v)}</t></is></c>`;
    }
    parts.push(`${xml}</row>`);
  }
  parts.push('</sheetData></worksheet>');
  // The streaming writer compresses at level 1 too: the same work, without exceljs around it.
  return { bytes: deflateRawSync(Buffer.from(parts.join('')), { level: 1 }).length, cells };
}

const t0 = performance.now();
const parsed = parseReportParams({ ...YEAR, asOf: AS_OF }, 'zh', new Date());
if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
const source = httpRecordSource({ api, token, lang: 'zh', fetch: retryingFetch });
const run = await runReport(complaintsReport, source, parsed.params, 'zh');
const detail = sheetsOf(complaintsReport, run, 'zh').find((s) => s.name.zh === DETAIL.zh);
if (!detail) throw new Error('no detail sheet');
const rows = [...detail.rows];
const sheet: SheetSpec = { ...detail, rows };
const loadMs = performance.now() - t0;
const rssAtWriteMb = process.memoryUsage().rss / 1e6;

const t1 = performance.now();
let bytes: number;
let cells = rows.length * detail.columns.length;
if (mode === 'stream') {
  await writeWorkbookFile([sheet], 'zh', out);
  bytes = 0;
} else if (mode === 'memory') {
  const blob = await buildWorkbookBlob([sheet], 'zh');
  bytes = blob.size;
  await writeFile(out, Buffer.from(await blob.arrayBuffer()));
} else if (mode === 'bare') {
  ({ bytes, cells } = bareSheet(sheet));
} else throw new Error(`mode: stream | memory | bare, not ${mode}`);
const writeMs = performance.now() - t1;

process.stdout.write(
  `${JSON.stringify({ mode, rows: rows.length, columns: detail.columns.length, cells, loadMs, writeMs, rssAtWriteMb, bytes })}\n`,
);

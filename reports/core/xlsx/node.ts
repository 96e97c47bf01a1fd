import ExcelJS from 'exceljs';
import { once, type EventEmitter } from 'node:events';
import type { Writable } from 'node:stream';
import type { Lang } from '../../../src/schema/labels';
import { writeFileAtomically } from '../atomicFile';
import type { SheetSpec } from '../types';
import { sheetNames } from './format';
import {
  nextTurn,
  setFilterNames,
  writeSheet,
  type DefinedName,
  type Pause,
  type WriteProgress,
} from './sheet';

/** archiver's input stream (readable-stream 2, which has no `writableLength`). */
interface ZipInput {
  writableLength?: number;
  _writableState?: { length: number };
}

/** Unzipped XML allowed to wait for the compressor before the row loop waits too. */
const BACKLOG_LIMIT = 4 * 1024 * 1024;

/**
 * Backpressure that exceljs lacks: its worksheet stream pushes every row into archiver's input
 * without looking at `write()`'s answer, and the compressor gets one chunk per event-loop turn,
 * so a fast row loop would pile the whole sheet's XML up in memory (≈1 MB per 1,000 rows of 25
 * columns). When the backlog passes the limit, the loop waits for it to drain. The input is
 * reached through exceljs's private `stream.pipes` (checked by the memory test); without it
 * the loop just yields a turn.
 */
const waitForZip: Pause = async (worksheet) => {
  const input = (worksheet as unknown as { stream?: { pipes?: ZipInput[] } }).stream?.pipes?.[0];
  const backlog = input ? (input.writableLength ?? input._writableState?.length ?? 0) : 0;
  if (input && backlog > BACKLOG_LIMIT) await once(input as unknown as EventEmitter, 'drain');
  else await nextTurn(worksheet);
};

/**
 * The Node writer: streams the workbook with exceljs's `WorkbookWriter`, committing each row as
 * it is written, so 100,000 rows never sit in memory as cell objects (the in-memory workbook
 * needs gigabytes for that).
 */
export async function writeWorkbookToStream(
  sheets: readonly SheetSpec[],
  lang: Lang,
  stream: Writable,
  progress: WriteProgress = {},
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    // Inline string cells (`t="str"` without a formula element): text, never a formula, and no
    // table of every distinct string kept in memory until the end.
    useSharedStrings: false,
    // Fast compression: sheet XML is very repetitive, level 1 still shrinks it ~10×.
    zip: { zlib: { level: 1 } },
  });
  const names = sheetNames(sheets.map((s) => s.name[lang]));
  const filterNames: DefinedName[] = [];
  for (const [i, spec] of sheets.entries()) {
    const written = await writeSheet(workbook, spec, names[i], i, lang, progress, waitForZip);
    filterNames.push(written.filterName);
    workbook.getWorksheet(names[i])?.commit();
  }
  setFilterNames(workbook, filterNames);
  await workbook.commit();
}

/** Writes the workbook to a file (streamed); the file appears only once complete. */
export async function writeWorkbookFile(
  sheets: readonly SheetSpec[],
  lang: Lang,
  file: string,
  progress: WriteProgress = {},
): Promise<void> {
  await writeFileAtomically(file, (out) => writeWorkbookToStream(sheets, lang, out, progress));
}

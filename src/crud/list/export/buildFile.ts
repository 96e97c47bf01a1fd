import type { SheetColumn } from '../../../../reports/core/types';
import { buildWorkbookBlob, XLSX_MIME } from '../../../../reports/core/xlsx/browser';
import type { Lang } from '../../../schema/labels';
import { CSV_BOM, CSV_MIME, csvHeader, csvLine } from './csv';
import type { ExportTable } from './rows';

export type ExportFormat = 'xlsx' | 'csv';

export interface BuildProgress {
  /** Rows written so far. */
  onRows?(rows: number): void;
  signal?: AbortSignal;
}

/** Rows between two pauses of the CSV loop (the xlsx writer pauses on its own every 1,000). */
const CSV_YIELD_EVERY = 2000;

export const MIME: Record<ExportFormat, string> = { xlsx: XLSX_MIME, csv: CSV_MIME };

/** The list as one xlsx sheet through the reports' in-browser writer (typed cells, header, filter). */
export function buildXlsx(table: ExportTable, lang: Lang, progress: BuildProgress = {}): Promise<Blob> {
  const columns: SheetColumn<unknown>[] = table.columns.map((c, i) => ({
    key: `c${i}`,
    header: { zh: c.header, en: c.header },
    type: c.type,
    value: (row) => (row as ExportTable['rows'][number])[i] ?? null,
  }));
  const name = { zh: table.sheetName, en: table.sheetName };
  return buildWorkbookBlob([{ name, columns, rows: table.rows }], lang, progress);
}

/** The list as CSV, built in slices that give the event loop back (progress and cancel). */
export async function buildCsv(table: ExportTable, lang: Lang, progress: BuildProgress = {}): Promise<Blob> {
  const parts: string[] = [CSV_BOM, csvHeader(table.columns), '\r\n'];
  for (let i = 0; i < table.rows.length; i++) {
    parts.push(csvLine(table.columns, table.rows[i], lang), '\r\n');
    if ((i + 1) % CSV_YIELD_EVERY === 0) {
      progress.signal?.throwIfAborted();
      progress.onRows?.(i + 1);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  progress.onRows?.(table.rows.length);
  return new Blob(parts, { type: CSV_MIME });
}

export function buildFile(
  format: ExportFormat,
  table: ExportTable,
  lang: Lang,
  progress: BuildProgress = {},
): Promise<Blob> {
  return format === 'xlsx' ? buildXlsx(table, lang, progress) : buildCsv(table, lang, progress);
}

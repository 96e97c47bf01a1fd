import type { Lang } from '../../../src/schema/labels';
import type { SheetSpec } from '../types';
import { sheetNames } from './format';
import { setFilterNames, writeSheet, type DefinedName, type WriteProgress } from './sheet';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The browser writer: an in-memory exceljs `Workbook` turned into a Blob. exceljs is imported
 * lazily, so it lands in its own chunk and never in the console's first load. Meant for the
 * sizes a browser download has (a month of one report); big exports go through the backend's
 * streamed route, which `DownloadReportButton` prefers. The row loop pauses every few thousand
 * rows, so the page stays responsive and a cancel is noticed.
 */
export async function buildWorkbookBlob(
  sheets: readonly SheetSpec[],
  lang: Lang,
  progress: WriteProgress = {},
): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  const names = sheetNames(sheets.map((s) => s.name[lang]));
  const filterNames: DefinedName[] = [];
  for (const [i, spec] of sheets.entries()) {
    filterNames.push((await writeSheet(workbook, spec, names[i], i, lang, progress)).filterName);
  }
  setFilterNames(workbook, filterNames);
  progress.signal?.throwIfAborted();
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: XLSX_MIME });
}

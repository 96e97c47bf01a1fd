import type ExcelJS from 'exceljs';
import type { Lang } from '../../../src/schema/labels';
import type { CellType, SheetColumn, SheetSpec } from '../types';
import {
  columnLetter,
  columnWidth,
  isNumericType,
  NUMBER_FORMATS,
  quotedSheet,
  shownWidth,
  startsLikeFormula,
  textWidth,
  cellWriter,
  type WrittenValue,
} from './format';

/**
 * Lays one SheetSpec out on an exceljs worksheet — caption lines, bold header, frozen header,
 * auto-filter, typed cells, a totals row of formulas with cached values — for both writers:
 * the streaming `WorkbookWriter` (Node) and the in-memory `Workbook` (browser). Only types are
 * imported from exceljs here, so this module costs nothing in a bundle.
 */

/**
 * The layout helpers below (sample and widths, totals, the filter's defined name) are shared
 * with the streaming writer (`sheetXml.ts`), which writes the same layout as XML directly.
 */

/** Rows read ahead to size the columns before the first row is written (streams cannot go back). */
const WIDTH_SAMPLE = 300;

/** `_xlnm._FilterDatabase` of one sheet: LibreOffice ignores an auto-filter without it. */
export interface DefinedName {
  name: string;
  ranges: string[];
  localSheetId: number;
}

export interface WrittenSheet {
  filterName: DefinedName;
  rows: number;
}

export type Column = SheetColumn<unknown>;

/** Progress and cancel of a long write. */
export interface WriteProgress {
  /** Called with the number of rows written so far in this sheet, every few thousand rows. */
  onRows?(rows: number): void;
  signal?: AbortSignal;
}

/**
 * Rows between pauses. The loop yields this often, so a browser stays responsive, a cancel is
 * noticed and the streaming writer can wait for its zip to catch up (see `node.ts`).
 */
export const YIELD_EVERY = 1000;

/** Waits between batches of rows; by default one turn of the event loop. */
export type Pause = (worksheet: ExcelJS.Worksheet) => Promise<void>;

export const nextTurn: Pause = () =>
  new Promise((resolve) =>
    typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0),
  );

export interface Totals {
  sum: number;
  /** Money is summed in integer fen, so the cached total equals the rows' sum to the fen. */
  fen: number;
  numbers: number;
  filled: number;
}

export function takeSample<Row>(rows: Iterable<Row>): { sample: Row[]; rest: Iterator<Row> } {
  const iterator = rows[Symbol.iterator]();
  const sample: Row[] = [];
  while (sample.length < WIDTH_SAMPLE) {
    const next = iterator.next();
    if (next.done) break;
    sample.push(next.value);
  }
  return { sample, rest: iterator };
}

export function widths(columns: readonly Column[], sample: readonly unknown[], lang: Lang): number[] {
  return columns.map((column) => {
    if (column.width) return column.width;
    let widest = textWidth(column.header[lang]);
    const write = cellWriter(column.type, lang);
    for (const row of sample) widest = Math.max(widest, shownWidth(column.type, write(column.value(row))));
    return columnWidth(widest);
  });
}

export function accumulate(totals: Totals, type: CellType, value: WrittenValue): void {
  if (value === null || value === '') return;
  totals.filled++;
  if (typeof value !== 'number') return;
  totals.numbers++;
  totals.sum += value;
  if (type === 'money') totals.fen += Math.round(value * 100);
}

export function totalCell(
  column: Column,
  totals: Totals,
  range: string | null,
): ExcelJS.CellFormulaValue | number | null {
  const sum = column.type === 'money' ? totals.fen / 100 : totals.sum;
  switch (column.total) {
    case 'sum':
      return range ? { formula: `SUM(${range})`, result: sum, date1904: false } : 0;
    case 'count':
      return range ? { formula: `COUNTA(${range})`, result: totals.filled, date1904: false } : 0;
    case 'average':
      // AVERAGE of no numbers is #DIV/0!: leave the cell empty instead.
      return range && totals.numbers > 0
        ? { formula: `AVERAGE(${range})`, result: sum / totals.numbers, date1904: false }
        : null;
    default:
      return null;
  }
}

/** The auto-filter's range: the header and the data rows (the totals row stays outside). */
export function filterRef(columns: number, headerRow: number, rows: number): string {
  return `A${headerRow}:${columnLetter(columns)}${headerRow + rows}`;
}

export function newTotals(): Totals {
  return { sum: 0, fen: 0, numbers: 0, filled: 0 };
}

/** The totals cell's own number format, when it differs from its column's. */
export function totalsNumFmt(column: Column): string | undefined {
  // Integers' totals (an average) may have decimals; a count of texts is an integer.
  if (column.total === 'average' && column.type === 'integer') return '0.0';
  if (column.total === 'count' && !isNumericType(column.type)) return '0';
  return undefined;
}

/** The sheet's filter range as a sheet-local `_xlnm._FilterDatabase` name. */
export function filterName(name: string, sheetIndex: number, ref: string): DefinedName {
  const [from, to] = ref.split(':').map((a) => a.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2'));
  return {
    name: '_xlnm._FilterDatabase',
    ranges: [`${quotedSheet(name)}!${from}:${to}`],
    localSheetId: sheetIndex,
  };
}

/** Writes `spec` as sheet `name` (already a valid, unique sheet name) of `workbook`. */
export async function writeSheet(
  workbook: ExcelJS.Workbook,
  spec: SheetSpec,
  name: string,
  sheetIndex: number,
  lang: Lang,
  progress: WriteProgress = {},
  pause: Pause = nextTurn,
): Promise<WrittenSheet> {
  const columns = spec.columns as Column[];
  const caption = spec.caption ?? [];
  const headerRow = caption.length + 1;
  const { sample, rest } = takeSample(spec.rows);
  const writers = columns.map((column) => cellWriter(column.type, lang));

  const ws = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow, topLeftCell: `A${headerRow + 1}` }],
  });
  const columnWidths = widths(columns, sample, lang);
  const styles: Partial<ExcelJS.Style>[] = columns.map((column) => ({ numFmt: NUMBER_FORMATS[column.type] }));
  const textStyles: Partial<ExcelJS.Style>[] = styles.map((style) =>
    style.numFmt === '@' ? style : { ...style, numFmt: '@' },
  );
  ws.columns = columns.map((column, i) => ({ key: column.key, width: columnWidths[i], style: styles[i] }));

  caption.forEach((line, i) => {
    const row = ws.addRow([line]);
    row.getCell(1).numFmt = '@';
    row.getCell(1).font = i === 0 ? { bold: true, size: 14 } : { color: { argb: 'FF595959' } };
    row.commit();
  });

  const header = ws.addRow(columns.map((c) => c.header[lang]));
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.numFmt = '@';
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  });
  header.commit();

  const totals: Totals[] = columns.map(newTotals);
  const wantsTotals = columns.some((c) => c.total);
  let count = 0;
  const writeRow = (row: unknown) => {
    const values = columns.map((column, i) => {
      const value = writers[i](column.value(row));
      if (wantsTotals) accumulate(totals[i], column.type, value);
      return value;
    });
    const written = ws.addRow(values);
    // One style object per column: exceljs caches a style's id by object identity, so each
    // cell skips serialising its style again (the per-cell merge would make a new object).
    // Text that looks like a formula is already a string cell (never run); in a column not
    // formatted as text (a number column's fallback text), it gets the text format too, so
    // editing the cell in Excel cannot turn it into a formula either.
    for (let i = 0; i < styles.length; i++)
      written.getCell(i + 1).style = startsLikeFormula(values[i]) ? textStyles[i] : styles[i];
    written.commit();
    count++;
  };
  const step = async () => {
    if (count % YIELD_EVERY !== 0) return;
    progress.signal?.throwIfAborted();
    progress.onRows?.(count);
    await pause(ws);
  };
  for (const row of sample) {
    writeRow(row);
    await step();
  }
  for (let next = rest.next(); !next.done; next = rest.next()) {
    writeRow(next.value);
    await step();
  }
  progress.onRows?.(count);

  const firstData = headerRow + 1;
  const lastData = headerRow + count;
  if (wantsTotals) {
    const values = columns.map((column, i) => {
      const letter = columnLetter(i + 1);
      return totalCell(column, totals[i], count > 0 ? `${letter}${firstData}:${letter}${lastData}` : null);
    });
    if (!columns[0].total && spec.totalsLabel) (values as unknown[])[0] = spec.totalsLabel[lang];
    const row = ws.addRow(values);
    row.font = { bold: true };
    row.eachCell((cell, i) => {
      const numFmt = totalsNumFmt(columns[i - 1]);
      if (numFmt) cell.numFmt = numFmt;
    });
    row.border = { top: { style: 'thin' } };
    row.commit();
  }

  const filter = filterRef(columns.length, headerRow, count);
  ws.autoFilter = filter;
  return { rows: count, filterName: filterName(name, sheetIndex, filter) };
}

/**
 * Gives the workbook its `_xlnm._FilterDatabase` names. exceljs's public `definedNames` keeps a
 * matrix of every named cell (millions for a big filter range) and drops `localSheetId`, which
 * sheet-local names need; both writers only read `_definedNames.model` when saving, so that is
 * replaced by the list itself. Checked by tests/unit/xlsx.test.ts re-reading the names.
 */
export function setFilterNames(workbook: ExcelJS.Workbook, names: DefinedName[]): void {
  // exceljs has no public way to write sheet-local names; this is its private model holder.
  (workbook as unknown as { _definedNames: { model: DefinedName[] } })._definedNames = { model: names };
}

import type { Lang } from '../../../src/schema/labels';
import type { SheetSpec } from '../types';
import { cellWriter, columnLetter, NUMBER_FORMATS, startsLikeFormula, type WrittenValue } from './format';
import {
  accumulate,
  filterName,
  filterRef,
  newTotals,
  takeSample,
  totalCell,
  totalsNumFmt,
  widths,
  YIELD_EVERY,
  type Column,
  type Totals,
  type WriteProgress,
  type WrittenSheet,
} from './sheet';
import type { StyleSheet } from './styles';
import { ChunkWriter, markup } from './chunkWriter';
import { escapeXml } from './xml';
import type { ZipEntryWriter } from './zip';

/**
 * One sheet as SpreadsheetML, written straight to the zip: the same layout as `writeSheet`
 * (caption lines, bold header on grey, frozen header, auto-filter, typed cells with their
 * column's format, totals row of formulas with cached values) without a cell object per value.
 * Rows are encoded piece by piece into chunks of ~1 MB (`chunkWriter.ts`) before they go to
 * the compressor. Strings are inline (`t="str"`, as exceljs writes them): never a formula.
 */

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function cellXml(ref: string, style: number, value: WrittenValue): string {
  if (value === null) return `<c r="${ref}" s="${style}"/>`;
  if (typeof value === 'number') return `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
  return `<c r="${ref}" s="${style}" t="str"><v>${escapeXml(value)}</v></c>`;
}

function formulaXml(ref: string, style: number, formula: string, result: number): string {
  return `<c r="${ref}" s="${style}"><f>${escapeXml(formula)}</f><v>${result}</v></c>`;
}

const HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

export async function writeSheetXml(
  entry: ZipEntryWriter,
  styles: StyleSheet,
  spec: SheetSpec,
  name: string,
  sheetIndex: number,
  lang: Lang,
  progress: WriteProgress = {},
): Promise<WrittenSheet> {
  const columns = spec.columns as Column[];
  const caption = spec.caption ?? [];
  const headerRow = caption.length + 1;
  const { sample, rest } = takeSample(spec.rows);
  const writers = columns.map((column) => cellWriter(column.type, lang));
  const letters = columns.map((_, i) => columnLetter(i + 1));
  const formats = columns.map((column) => NUMBER_FORMATS[column.type]);
  const cellStyles = formats.map((numFmt) => styles.xf({ numFmt }));
  // A formula-like text in a number column gets the text format too (see `writeSheet`).
  const textStyle = styles.xf({ numFmt: '@' });
  const columnWidths = widths(columns, sample, lang);

  let xml = HEAD;
  xml += '<sheetViews><sheetView workbookViewId="0">';
  xml += `<pane ySplit="${headerRow}" topLeftCell="A${headerRow + 1}" activePane="bottomLeft" state="frozen"/>`;
  xml +=
    '<selection pane="bottomLeft"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>';
  columns.forEach((_, i) => {
    xml += `<col min="${i + 1}" max="${i + 1}" width="${columnWidths[i]}" style="${cellStyles[i]}" customWidth="1"/>`;
  });
  xml += '</cols><sheetData>';

  caption.forEach((line, i) => {
    const style = styles.xf({ numFmt: '@', font: i === 0 ? 'title' : 'muted' });
    xml += `<row r="${i + 1}">${cellXml(`A${i + 1}`, style, line)}</row>`;
  });

  const headerStyle = styles.xf({ numFmt: '@', font: 'bold', fill: 'header' });
  xml += `<row r="${headerRow}" s="${styles.xf({ font: 'bold' })}" customFormat="1">`;
  columns.forEach((column, i) => {
    xml += cellXml(`${letters[i]}${headerRow}`, headerStyle, column.header[lang]);
  });
  xml += '</row>';

  const totals: Totals[] = columns.map(newTotals);
  const wantsTotals = columns.some((c) => c.total);
  let count = 0;
  let r = headerRow;
  const out = new ChunkWriter(entry);
  out.encoded(xml);
  xml = '';
  // Each cell's markup around its row number and value, as bytes built once per column (and
  // for the text style a formula-like value takes): the row loop only copies them.
  const pieces = (style: number) => ({
    empty: markup(`" s="${style}"/>`),
    number: markup(`" s="${style}"><v>`),
    text: markup(`" s="${style}" t="str"><v>`),
  });
  const opens = letters.map((letter) => markup(`<c r="${letter}`));
  const own = cellStyles.map(pieces);
  const asText = pieces(textStyle);
  const rowClose = markup('</row>');
  const valueClose = markup('</v></c>');
  const writeRow = (row: unknown) => {
    r++;
    out.startRow(String(r));
    for (let i = 0; i < columns.length; i++) {
      const value = writers[i](columns[i].value(row));
      if (wantsTotals) accumulate(totals[i], columns[i].type, value);
      if (value === null) out.cellStart(opens[i], own[i].empty);
      else if (typeof value === 'number') {
        out.cellStart(opens[i], own[i].number);
        out.number(value);
        out.bytes(valueClose);
      } else {
        out.cellStart(opens[i], (startsLikeFormula(value) ? asText : own[i]).text);
        out.text(value);
        out.bytes(valueClose);
      }
    }
    out.bytes(rowClose);
    count++;
  };
  const step = async () => {
    if (out.full) await out.flush();
    if (count % YIELD_EVERY !== 0) return;
    progress.signal?.throwIfAborted();
    progress.onRows?.(count);
    // Let a server answer other requests meanwhile; a few dozen turns per 100,000 rows.
    await nextTurn();
  };
  // `step` only when it has something to do: an await per row costs more than the row's markup.
  for (const row of sample) {
    writeRow(row);
    if (out.full || count % YIELD_EVERY === 0) await step();
  }
  for (let next = rest.next(); !next.done; next = rest.next()) {
    writeRow(next.value);
    if (out.full || count % YIELD_EVERY === 0) await step();
  }
  progress.onRows?.(count);

  const firstData = headerRow + 1;
  const lastData = headerRow + count;
  if (wantsTotals) {
    r++;
    xml += `<row r="${r}" s="${styles.xf({ font: 'bold', border: 'top' })}" customFormat="1">`;
    columns.forEach((column, i) => {
      const style = styles.xf({ numFmt: totalsNumFmt(column) ?? formats[i], font: 'bold', border: 'top' });
      const ref = `${letters[i]}${r}`;
      const range = count > 0 ? `${letters[i]}${firstData}:${letters[i]}${lastData}` : null;
      const total = totalCell(column, totals[i], range);
      if (i === 0 && !column.total && spec.totalsLabel) xml += cellXml(ref, style, spec.totalsLabel[lang]);
      else if (total !== null && typeof total === 'object')
        xml += formulaXml(ref, style, total.formula, total.result as number);
      else xml += cellXml(ref, style, total);
    });
    xml += '</row>';
  }

  const filter = filterRef(columns.length, headerRow, count);
  xml += `</sheetData><autoFilter ref="${filter}"/>`;
  xml +=
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>';
  out.encoded(xml);
  await out.close();
  return { rows: count, filterName: filterName(name, sheetIndex, filter) };
}

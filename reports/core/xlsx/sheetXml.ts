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
import { escapeXml } from './xml';
import type { ZipEntryWriter } from './zip';

/**
 * One sheet as SpreadsheetML, written straight to the zip: the same layout as `writeSheet`
 * (caption lines, bold header on grey, frozen header, auto-filter, typed cells with their
 * column's format, totals row of formulas with cached values) without a cell object per value.
 * Each row is one template string; rows are gathered into chunks of ~1 MB before they go to
 * the compressor. Strings are inline (`t="str"`, as exceljs writes them): never a formula.
 */

const CHUNK_BYTES = 1 << 20;
/** Buffers in turn: one being filled while the others are compressed. */
const BUFFERS = 3;

interface Slot {
  buffer: Buffer;
  /** Settles when the compressor is done with the buffer's previous content. */
  free: Promise<void>;
}

/**
 * Rows encoded as soon as they are built into a few reused 1 MB buffers, handed to the zip in
 * turn. Nothing piles up: each row's string is garbage at once and no buffer is allocated per
 * chunk — in the API server, beside a database of a few GB, both would make V8 run full
 * collections over the whole heap again and again.
 */
class ChunkWriter {
  private readonly slots: Slot[] = [];
  private current = 0;
  private used = 0;

  constructor(private readonly entry: ZipEntryWriter) {
    for (let i = 0; i < BUFFERS; i++)
      this.slots.push({ buffer: Buffer.allocUnsafe(CHUNK_BYTES), free: Promise.resolve() });
  }

  get full(): boolean {
    return this.used >= CHUNK_BYTES - 64 * 1024;
  }

  /** Adds text; call `flush` when `full`. */
  add(text: string): void {
    const slot = this.slots[this.current];
    // UTF-8 needs at most 3 bytes per UTF-16 unit: the usual row is written straight in.
    if (this.used + text.length * 3 <= slot.buffer.length) {
      this.used += slot.buffer.write(text, this.used, 'utf8');
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    if (this.used + bytes.length <= slot.buffer.length) {
      this.used += bytes.copy(slot.buffer, this.used);
      return;
    }
    // A row longer than the room left (rare: tens of KB): the buffer's content so far and the
    // row are queued as copies, in order, and the buffer starts again.
    this.queued.push(Buffer.from(slot.buffer.subarray(0, this.used)), bytes);
    this.used = 0;
  }

  /** Content that went past a buffer, in order, written before the buffer's current content. */
  private queued: Buffer[] = [];

  async flush(): Promise<void> {
    for (const bytes of this.queued) await this.entry.write(bytes);
    this.queued = [];
    const slot = this.slots[this.current];
    if (this.used === 0) return;
    const free = this.entry.write(slot.buffer.subarray(0, this.used));
    // Awaited before the buffer is reused; a failure meanwhile must not count as unhandled.
    free.catch(() => undefined);
    slot.free = free;
    this.current = (this.current + 1) % BUFFERS;
    this.used = 0;
    await this.slots[this.current].free;
  }

  /** Flushes and waits until the compressor has taken everything. */
  async close(): Promise<void> {
    await this.flush();
    await Promise.all(this.slots.map((s) => s.free));
  }
}

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
  out.add(xml);
  xml = '';
  // Each cell's markup around its row number and value, built once per column (and for the
  // text style a formula-like value takes): the row loop only joins pieces.
  const pieces = (style: number) => ({
    empty: `" s="${style}"/>`,
    number: `" s="${style}"><v>`,
    text: `" s="${style}" t="str"><v>`,
  });
  const opens = letters.map((letter) => `<c r="${letter}`);
  const own = cellStyles.map(pieces);
  const asText = pieces(textStyle);
  const writeRow = (row: unknown) => {
    r++;
    const rs = String(r);
    let line = `<row r="${rs}">`;
    for (let i = 0; i < columns.length; i++) {
      const value = writers[i](columns[i].value(row));
      if (wantsTotals) accumulate(totals[i], columns[i].type, value);
      if (value === null) line += opens[i] + rs + own[i].empty;
      else if (typeof value === 'number') line += opens[i] + rs + own[i].number + value + '</v></c>';
      else
        line +=
          opens[i] + rs + (startsLikeFormula(value) ? asText : own[i]).text + escapeXml(value) + '</v></c>';
    }
    out.add(`${line}</row>`);
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
  out.add(xml);
  await out.close();
  return { rows: count, filterName: filterName(name, sheetIndex, filter) };
}

import type { Lang } from '../../../src/schema/labels';
import { parseInstant, shanghaiWallClockAsUtc, storedInstantMs } from '../../../src/schema/time';
import type { CellType, CellValue } from '../types';

/**
 * How each report cell type is written: its Excel number format and the value exceljs gets.
 * Isomorphic (no exceljs import): the streaming Node writer and the in-browser writer share it.
 */

/** Excel number format of each cell type (`@` keeps what a user types in a text column text). */
export const NUMBER_FORMATS: Record<CellType, string> = {
  text: '@',
  integer: '0',
  number: '0.00',
  money: '#,##0.00',
  percent: '0.0%',
  score: '0.0',
  hours: '0.0',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  month: 'yyyy-mm',
  boolean: '@',
};

const NUMERIC: ReadonlySet<CellType> = new Set(['integer', 'number', 'money', 'percent', 'score', 'hours']);

export function isNumericType(type: CellType): boolean {
  return NUMERIC.has(type);
}

const YES_NO: Record<Lang, [string, string]> = { zh: ['是', '否'], en: ['Yes', 'No'] };

/** What exceljs gets for a cell: a string, a number, or null (an empty cell). */
export type WrittenValue = string | number | null;

const DAY_MS = 86_400_000;
/** Excel's serial day number of 1970-01-01 (the 1900 date system). */
const EXCEL_EPOCH_DAYS = 25_569;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

/**
 * The Excel serial of a wall-clock time given as UTC epoch ms — what exceljs itself writes for
 * a `Date` (it reads the Date's UTC clock). Written directly, it skips a Date per cell; the
 * column's date format makes Excel and exceljs's reader show it as a date.
 */
function serial(utcWallClockMs: number): number {
  return utcWallClockMs / DAY_MS + EXCEL_EPOCH_DAYS;
}

/** Shanghai's wall clock minus UTC, as `shanghaiWallClockAsUtc` applies it (a fixed +8 h). */
const SHANGHAI_OFFSET_MS = shanghaiWallClockAsUtc('1970-01-01T00:00:00.000Z').getTime();

/** Writes one cell type: chosen once per column, then called for every row. */
export type CellWriter = (value: CellValue) => WrittenValue;

/**
 * How a report value is stored for a cell type. Strings always stay strings (string cells, never
 * formulas); dates are built with `Date.UTC` from their Shanghai calendar values — `date` and
 * `month` are Shanghai days already, a `datetime` instant is moved to Shanghai wall-clock time —
 * so the sheet shows Shanghai time whatever the zone of the machine. A value that does not fit
 * its type is shown as text rather than lost.
 */
export function cellWriter(type: CellType, lang: Lang): CellWriter {
  const text: CellWriter = (v) => (v === null || v === undefined ? null : String(v));
  switch (type) {
    case 'text':
      return text;
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? YES_NO[lang][v ? 0 : 1] : text(v));
    case 'date':
      return (v) => {
        const m = typeof v === 'string' ? DATE_RE.exec(v) : null;
        return m ? serial(Date.UTC(+m[1], +m[2] - 1, +m[3])) : text(v);
      };
    case 'month':
      return (v) => {
        const m = typeof v === 'string' ? MONTH_RE.exec(v) : null;
        return m ? serial(Date.UTC(+m[1], +m[2] - 1, 1)) : text(v);
      };
    case 'datetime':
      return (v) => {
        // One parse per cell (this runs for every instant of a 100,000-row sheet): the stored
        // form `YYYY-MM-DDTHH:MM:SS.sssZ` is read digit by digit, any other by the general pattern.
        const ms = typeof v !== 'string' ? null : (storedInstantMs(v) ?? parseInstant(v));
        return ms === null || Number.isNaN(ms) ? text(v) : serial(ms + SHANGHAI_OFFSET_MS);
      };
    default:
      return (v) => (typeof v === 'number' ? (Number.isFinite(v) ? v : null) : text(v));
  }
}

/** One value as `cellWriter` stores it (convenience for a single cell). */
export function toCellValue(type: CellType, value: CellValue, lang: Lang): WrittenValue {
  return cellWriter(type, lang)(value);
}

/** Display width of a text in Excel character units: CJK and full-width characters count 2. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) || // Hangul Jamo
    (code >= 0x2e80 && code <= 0xa4cf) || // CJK radicals … Yi (incl. ideographs, kana, CJK punctuation)
    (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
    (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
    (code >= 0xfe30 && code <= 0xfe4f) || // CJK compatibility forms
    (code >= 0xff00 && code <= 0xff60) || // full-width forms
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd) // CJK extension planes
  );
}

export const MIN_COLUMN_WIDTH = 6;
export const MAX_COLUMN_WIDTH = 60;

/** Width a shown value needs (numbers and dates by their formatted length). */
export function shownWidth(type: CellType, value: WrittenValue): number {
  if (value === null) return 0;
  if (typeof value === 'number') {
    if (type === 'date' || type === 'datetime' || type === 'month') return NUMBER_FORMATS[type].length;
    if (type === 'percent') return value.toFixed(1).length + 3;
    if (type === 'money') return Math.round(value).toLocaleString('en-US').length + 3;
    return String(Math.round(value * 10) / 10).length;
  }
  return textWidth(value);
}

/** A column width from the widest text seen, with padding for the filter button, capped. */
export function columnWidth(widest: number): number {
  return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, widest + 3));
}

/** Characters Excel forbids in sheet names. */
const FORBIDDEN = /[[\]:*?/\\]/g;
export const MAX_SHEET_NAME = 31;

/**
 * Sheet names as Excel accepts them: without `[]:*?/\`, not starting or ending with an
 * apostrophe, at most 31 characters, unique (case-insensitively) within the workbook.
 */
export function sheetNames(wanted: readonly string[]): string[] {
  const used = new Set<string>();
  return wanted.map((raw, i) => {
    let base = raw
      .replace(FORBIDDEN, ' ')
      .replace(/^'+|'+$/g, '')
      .trim();
    if (!base) base = `Sheet${i + 1}`;
    base = [...base].slice(0, MAX_SHEET_NAME).join('');
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = [...base].slice(0, MAX_SHEET_NAME - suffix.length).join('') + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

/** Column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** A sheet name as a formula or defined name quotes it: `'Name'!`, apostrophes doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** Text a spreadsheet could take for a formula when typed or imported: starts with `= + - @`, tab or CR. */
export function startsLikeFormula(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  // By character code: this runs for every text cell of a sheet.
  const first = value.charCodeAt(0);
  return (
    first === 0x3d || first === 0x2b || first === 0x2d || first === 0x40 || first === 0x09 || first === 0x0d
  );
}

/**
 * A CSV cell that a spreadsheet can never run as a formula: a string starting with `= + - @`,
 * tab or CR gets a leading `'`. Numbers stay numbers (so `-5` stays a negative number).
 * Returns the raw cell text, unquoted (the CSV writer still quotes commas and quotes).
 */
export function neutraliseCsvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'string') return String(value);
  return startsLikeFormula(value) ? `'${value}` : value;
}

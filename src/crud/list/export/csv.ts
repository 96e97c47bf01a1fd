import type { CellType, CellValue } from '../../../../reports/core/types';
import { neutraliseCsvCell } from '../../../../reports/core/xlsx/format';
import type { Lang } from '../../../schema/labels';
import { formatShanghai, parseInstant } from '../../../schema/time';
import { roundTo } from '../../widgets/format';
import type { ExportColumn } from './rows';

/**
 * CSV as Excel opens it: a UTF-8 byte-order mark (without it Excel reads Chinese as mojibake),
 * CRLF line ends, RFC 4180 quoting, and every text cell neutralised against formula injection
 * (a cell starting with = + - @ tab or CR gets a leading '). Numbers are written plainly
 * (`-5.00` stays a number, money with 2 decimals, no grouping, no ¥) so Excel reads them as numbers.
 */
export const CSV_BOM = '\uFEFF';
export const CSV_MIME = 'text/csv;charset=utf-8';

const YES_NO: Record<Lang, [string, string]> = { zh: ['是', '否'], en: ['Yes', 'No'] };

/** The text of one cell before neutralising and quoting; `numeric` when it is a real number. */
function cellText(type: CellType, value: CellValue, lang: Lang): { text: string; numeric: boolean } {
  if (value === null) return { text: '', numeric: false };
  if (typeof value === 'number') {
    switch (type) {
      case 'money':
        return { text: value.toFixed(2), numeric: true };
      case 'percent':
        return { text: `${roundTo(value * 100, 2)}%`, numeric: true };
      default:
        return { text: String(value), numeric: true };
    }
  }
  if (typeof value === 'boolean') return { text: YES_NO[lang][value ? 0 : 1], numeric: false };
  if (type === 'datetime' && parseInstant(value) !== null) {
    return { text: formatShanghai(value), numeric: false };
  }
  return { text: value, numeric: false };
}

/** One CSV field: neutralised unless a number, quoted when it holds a comma, quote or line break. */
export function csvField(type: CellType, value: CellValue, lang: Lang): string {
  const { text, numeric } = cellText(type, value, lang);
  const safe = numeric ? text : neutraliseCsvCell(text);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvHeader(columns: readonly ExportColumn[]): string {
  return columns.map((c) => csvField('text', c.header, 'zh')).join(',');
}

export function csvLine(columns: readonly ExportColumn[], row: readonly CellValue[], lang: Lang): string {
  return columns.map((c, i) => csvField(c.type, row[i] ?? null, lang)).join(',');
}

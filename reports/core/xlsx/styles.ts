import { escapeXml } from './xml';

/**
 * The cell formats of a report workbook (`xl/styles.xml`) for the streaming writer: a number
 * format and one of the few fonts, fills and borders the sheet layout uses (see `sheet.ts`:
 * caption title and lines, bold header on grey, bold totals under a thin line). Each distinct
 * combination becomes one `xf`, looked up once per column, never per cell.
 */
export type FontName = 'normal' | 'title' | 'muted' | 'bold';

export interface CellStyle {
  numFmt?: string;
  font?: FontName;
  fill?: 'header';
  border?: 'top';
}

/** The fonts as exceljs writes them, so a re-read workbook gives the same `cell.font`. */
const FONTS: Record<FontName, { id: number; xml: string }> = {
  normal: {
    id: 0,
    xml: '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
  },
  title: { id: 1, xml: '<font><b/><sz val="14"/></font>' },
  muted: { id: 2, xml: '<font><color rgb="FF595959"/></font>' },
  bold: { id: 3, xml: '<font><b/></font>' },
};

/** Excel's built-in number formats the reports use (others are declared from id 164). */
const BUILT_IN: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

export class StyleSheet {
  private readonly xfs = new Map<string, number>();
  private readonly xfXml: string[] = [];
  private readonly customFormats = new Map<string, number>();

  constructor() {
    this.xf({}); // xf 0: the default
  }

  private numFmtId(format: string | undefined): number {
    if (format === undefined) return 0;
    const builtIn = BUILT_IN[format];
    if (builtIn !== undefined) return builtIn;
    let id = this.customFormats.get(format);
    if (id === undefined) {
      id = 164 + this.customFormats.size;
      this.customFormats.set(format, id);
    }
    return id;
  }

  /** The `s` index of a style, added on first use. */
  xf(style: CellStyle): number {
    const key = `${style.numFmt ?? ''}|${style.font ?? ''}|${style.fill ?? ''}|${style.border ?? ''}`;
    const known = this.xfs.get(key);
    if (known !== undefined) return known;
    const numFmtId = this.numFmtId(style.numFmt);
    const fontId = FONTS[style.font ?? 'normal'].id;
    const fillId = style.fill ? 2 : 0;
    const borderId = style.border ? 1 : 0;
    let xml = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) xml += ' applyNumberFormat="1"';
    if (fontId) xml += ' applyFont="1"';
    if (fillId) xml += ' applyFill="1"';
    if (borderId) xml += ' applyBorder="1"';
    const id = this.xfXml.length;
    this.xfXml.push(`${xml}/>`);
    this.xfs.set(key, id);
    return id;
  }

  xml(): string {
    const formats = [...this.customFormats]
      .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`)
      .join('');
    const fonts = Object.values(FONTS)
      .sort((a, b) => a.id - b.id)
      .map((f) => f.xml)
      .join('');
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (this.customFormats.size ? `<numFmts count="${this.customFormats.size}">${formats}</numFmts>` : '') +
      `<fonts count="${Object.keys(FONTS).length}">${fonts}</fonts>` +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      '<fill><patternFill patternType="solid"><fgColor rgb="FFF2F2F2"/></patternFill></fill></fills>' +
      '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
      '<border><left/><right/><top style="thin"/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfXml.length}">${this.xfXml.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }
}

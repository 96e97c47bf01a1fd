import { createRequire } from 'node:module';
import type { DefinedName } from './sheet';
import { escapeXml } from './xml';

/**
 * The package parts around the sheets of a workbook written by `node.ts`: content types,
 * relationships, `xl/workbook.xml` (sheet list and the filters' defined names) and the theme.
 */

const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const TYPE = 'application/vnd.openxmlformats-officedocument';

export const sheetPath = (i: number) => `xl/worksheets/sheet${i + 1}.xml`;

export function contentTypesXml(sheets: number): string {
  let xml = `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`;
  xml += '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>';
  xml += '<Default Extension="xml" ContentType="application/xml"/>';
  xml += `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.spreadsheetml.sheet.main+xml"/>`;
  for (let i = 0; i < sheets; i++)
    xml += `<Override PartName="/${sheetPath(i)}" ContentType="${TYPE}.spreadsheetml.worksheet+xml"/>`;
  xml += `<Override PartName="/xl/theme/theme1.xml" ContentType="${TYPE}.theme+xml"/>`;
  xml += `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.spreadsheetml.styles+xml"/>`;
  return `${xml}</Types>`;
}

export function rootRelsXml(): string {
  return `${DECLARATION}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
}

/** rId1 styles, rId2 theme, rId3… the sheets in order. */
export function workbookRelsXml(sheets: number): string {
  let xml = `${DECLARATION}<Relationships xmlns="${PACKAGE_REL}">`;
  xml += `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>`;
  xml += `<Relationship Id="rId2" Type="${REL}/theme" Target="theme/theme1.xml"/>`;
  for (let i = 0; i < sheets; i++)
    xml += `<Relationship Id="rId${i + 3}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`;
  return `${xml}</Relationships>`;
}

export function workbookXml(names: readonly string[], definedNames: readonly DefinedName[]): string {
  let xml = `${DECLARATION}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>`;
  names.forEach((name, i) => {
    xml += `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 3}"/>`;
  });
  xml += '</sheets>';
  if (definedNames.length > 0) {
    xml += '<definedNames>';
    for (const d of definedNames)
      xml += `<definedName name="${escapeXml(d.name)}" localSheetId="${d.localSheetId}">${escapeXml(d.ranges.join(','))}</definedName>`;
    xml += '</definedNames>';
  }
  return `${xml}<calcPr calcId="171027"/></workbook>`;
}

/** The default Office theme, as exceljs ships it (the default font's colour refers to it). */
export function themeXml(): string {
  // exceljs's own copy of the theme part, a CommonJS module exporting the XML text.
  return createRequire(import.meta.url)('exceljs/lib/xlsx/xml/theme1.js') as string;
}

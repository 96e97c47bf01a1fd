import type { Writable } from 'node:stream';
import type { Lang } from '../../../src/schema/labels';
import { writeFileAtomically } from '../atomicFile';
import type { SheetSpec } from '../types';
import { sheetNames } from './format';
import { contentTypesXml, rootRelsXml, sheetPath, themeXml, workbookRelsXml, workbookXml } from './parts';
import type { DefinedName, WriteProgress } from './sheet';
import { writeSheetXml } from './sheetXml';
import { StyleSheet } from './styles';
import { ZipWriter } from './zip';

/**
 * The Node writer (the CLI and the API's report route): streams the workbook as it is laid out,
 * row by row, through `sheetXml.ts` into a zip — no cell objects, no sheet in memory, the same
 * layout as the browser's exceljs writer (`browser.ts`; tests/unit/xlsx.test.ts compares them
 * cell by cell). Rows are written as fast as the compressor and `stream` take them.
 */
export async function writeWorkbookToStream(
  sheets: readonly SheetSpec[],
  lang: Lang,
  stream: Writable,
  progress: WriteProgress = {},
): Promise<void> {
  const zip = new ZipWriter(stream);
  const styles = new StyleSheet();
  const names = sheetNames(sheets.map((s) => s.name[lang]));
  const filterNames: DefinedName[] = [];
  for (const [i, spec] of sheets.entries()) {
    await zip.add(sheetPath(i), async (entry) => {
      const written = await writeSheetXml(entry, styles, spec, names[i], i, lang, progress);
      filterNames.push(written.filterName);
    });
  }
  const parts: [string, string][] = [
    ['xl/styles.xml', styles.xml()],
    ['xl/workbook.xml', workbookXml(names, filterNames)],
    ['xl/_rels/workbook.xml.rels', workbookRelsXml(sheets.length)],
    ['xl/theme/theme1.xml', themeXml()],
    ['_rels/.rels', rootRelsXml()],
    ['[Content_Types].xml', contentTypesXml(sheets.length)],
  ];
  for (const [path, xml] of parts) await zip.add(path, (entry) => entry.write(xml));
  await zip.finish();
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

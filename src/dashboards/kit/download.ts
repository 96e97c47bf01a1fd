import type { DataProvider } from '@refinedev/core';
import type { Lang } from '../../schema/labels';
import { fetchReport, ReportRequestError, reportUrl } from './http';
import { computeInBrowser } from './useReport';

export { saveBlob } from '../../crud/list/export/download';

/** A workbook to save, with the name the backend gave it (or one of our own). */
export interface XlsxFile {
  blob: Blob;
  fileName: string;
}

/** `filename*=UTF-8''…` of a Content-Disposition header (the Chinese title), decoded. */
export function fileNameOf(disposition: string | null): string | undefined {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '')?.[1];
  return encoded ? decodeURIComponent(encoded) : undefined;
}

/**
 * Report `name` of `query` as an xlsx: from the backend's report route (`format=xlsx`, the same
 * run as the figures on screen); when the backend has no report route (404), written in the
 * browser from the same definition over the data provider.
 */
export async function reportXlsx(
  name: string,
  query: Partial<Record<string, string>>,
  lang: Lang,
  dataProvider: DataProvider,
  /** The name when the backend gives none; by default the report's title, period and branch. */
  fallbackName?: string,
): Promise<XlsxFile> {
  const q = Object.fromEntries(
    Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
  );
  try {
    const response = await fetchReport(
      reportUrl(dataProvider.getApiUrl(), name, { ...q, format: 'xlsx' }),
      lang,
    );
    const fileName =
      fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName ?? `${name}.xlsx`;
    return { blob: await response.blob(), fileName };
  } catch (error) {
    if (!(error instanceof ReportRequestError) || error.status !== 404) throw error;
    // The writer (exceljs) loads only when a workbook is written here.
    const [{ definition, run }, { reportFileName, sheetsOf }, { buildWorkbookBlob }] = await Promise.all([
      computeInBrowser(name, q, lang, dataProvider),
      import('../../../reports/core/run'),
      import('../../../reports/core/xlsx/browser'),
    ]);
    const blob = await buildWorkbookBlob(sheetsOf(definition, run, lang), lang);
    return { blob, fileName: fallbackName ?? reportFileName(definition, run.params, lang, 'xlsx') };
  }
}

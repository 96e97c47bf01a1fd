import type { DataProvider } from '@refinedev/core';
import { sheetsOf } from '../../../../reports/core/run';
import { buildWorkbookBlob } from '../../../../reports/core/xlsx/browser';
import { fetchReport, ReportRequestError, reportUrl } from '../../../dashboards/kit/http';
import { computeInBrowser } from '../../../dashboards/kit/useReport';
import type { ReportQuery } from '../../../dashboards/kit/useReportQuery';
import type { Lang } from '../../../schema/labels';

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
 * The 考核得分表 of the dashboard's query as an xlsx: from the backend's report route
 * (`format=xlsx`, the same run as the figures on screen); when the backend has no report
 * route (404), written in the browser from the same definition over the data provider.
 */
export async function appraisalXlsx(
  query: ReportQuery,
  lang: Lang,
  dataProvider: DataProvider,
): Promise<XlsxFile> {
  const q = Object.fromEntries(
    Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== ''),
  );
  const fallbackName = `${lang === 'zh' ? '考核得分表' : 'Appraisal'}_${q.month ?? ''}.xlsx`;
  try {
    const response = await fetchReport(
      reportUrl(dataProvider.getApiUrl(), 'appraisal', { ...q, format: 'xlsx' }),
      lang,
    );
    const fileName = fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName;
    return { blob: await response.blob(), fileName };
  } catch (error) {
    if (!(error instanceof ReportRequestError) || error.status !== 404) throw error;
    const { definition, run } = await computeInBrowser('appraisal', q, lang, dataProvider);
    const blob = await buildWorkbookBlob(sheetsOf(definition, run, lang), lang);
    return { blob, fileName: fallbackName };
  }
}

/** Hands a Blob to the browser as a download. */
export function saveFile({ blob, fileName }: XlsxFile): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked after the click has been handled, so the download has started.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

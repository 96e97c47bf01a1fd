import type { DataProvider } from '@refinedev/core';
import { sheetsOf } from '../../../reports/core/run';
import { buildWorkbookBlob } from '../../../reports/core/xlsx/browser';
import { fetchReport, ReportRequestError, reportUrl } from '../../dashboards/kit/http';
import { computeInBrowser } from '../../dashboards/kit/useReport';
import type { Lang } from '../../schema/labels';

/**
 * The kpi report (月度/年度考核) as an xlsx: from the backend's report route, or — when the
 * backend has none (404) — written in the browser from the same definition.
 */
export async function kpiXlsx(
  query: { month?: string; year?: string; branch?: string },
  lang: Lang,
  dataProvider: DataProvider,
): Promise<{ blob: Blob; fileName: string }> {
  const q = Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => !!e[1]));
  const fileName = `${lang === 'zh' ? '月度年度考核' : 'KPI'}_${q.month ?? q.year ?? ''}.xlsx`;
  try {
    const response = await fetchReport(
      reportUrl(dataProvider.getApiUrl(), 'kpi', { ...q, format: 'xlsx' }),
      lang,
    );
    const named = /filename\*=UTF-8''([^;]+)/i.exec(response.headers.get('Content-Disposition') ?? '')?.[1];
    return { blob: await response.blob(), fileName: named ? decodeURIComponent(named) : fileName };
  } catch (error) {
    if (!(error instanceof ReportRequestError) || error.status !== 404) throw error;
    const { definition, run } = await computeInBrowser('kpi', q, lang, dataProvider);
    return { blob: await buildWorkbookBlob(sheetsOf(definition, run, lang), lang), fileName };
  }
}

export function saveBlob({ blob, fileName }: { blob: Blob; fileName: string }): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

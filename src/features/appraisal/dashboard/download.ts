import type { DataProvider } from '@refinedev/core';
import { reportXlsx, type XlsxFile } from '../../../dashboards/kit/download';
import type { ReportQuery } from '../../../dashboards/kit/useReportQuery';
import type { Lang } from '../../../schema/labels';

/** The file's name when the backend gives none. */
export function appraisalFileName(query: ReportQuery, lang: Lang): string {
  return `${lang === 'zh' ? '考核得分表' : 'Appraisal'}_${query.month ?? ''}.xlsx`;
}

/** The 考核得分表 of the dashboard's query as an xlsx (the report route, or written in the browser). */
export function appraisalXlsx(query: ReportQuery, lang: Lang, dataProvider: DataProvider): Promise<XlsxFile> {
  return reportXlsx('appraisal', query, lang, dataProvider, appraisalFileName(query, lang));
}

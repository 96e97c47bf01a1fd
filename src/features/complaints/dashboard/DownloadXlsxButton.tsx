import { DownloadReportButton } from '../../../dashboards/kit/DownloadReportButton';
import type { ReportQuery } from '../../../dashboards/kit/useReportQuery';

/**
 * Downloads the 投诉案件统计表 of the dashboard's filters with the on-screen figures' "as of"
 * instant, so the workbook's overdue counts are the ones shown.
 */
export function DownloadXlsxButton({ query, asOf }: { query: ReportQuery; asOf?: string }) {
  return <DownloadReportButton name="complaints" query={asOf ? { ...query, asOf } : query} />;
}

import { DownloadReportButton } from '../../dashboards/kit/DownloadReportButton';
import type { ReportQuery } from '../../dashboards/kit/useReportQuery';

/** Downloads the 满意度报表 of the dashboard's filters: the same report run as the figures. */
export function DownloadButton({ query }: { query: ReportQuery }) {
  return <DownloadReportButton name="satisfaction" query={query} />;
}

import { DownloadReportButton } from '../../../dashboards/kit/DownloadReportButton';
import type { ReportQuery } from '../../../dashboards/kit/useReportQuery';
import { useLang } from '../../../i18n/lang';
import { appraisalFileName } from './download';

/** Downloads the 考核得分表 (xlsx) of the month, branch and team the dashboard shows. */
export function DownloadButton({ query }: { query: ReportQuery }) {
  const lang = useLang();
  return (
    <DownloadReportButton
      name="appraisal"
      query={query}
      fallbackName={appraisalFileName(query, lang)}
      primary
    />
  );
}

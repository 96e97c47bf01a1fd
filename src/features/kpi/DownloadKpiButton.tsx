import { DownloadReportButton } from '../../dashboards/kit/DownloadReportButton';
import { useLang } from '../../i18n/lang';

/** Downloads the kpi report (月度/年度考核) of a month or a year. */
export function DownloadKpiButton({ query }: { query: { month?: string; year?: string } }) {
  const lang = useLang();
  const fallbackName = `${lang === 'zh' ? '月度年度考核' : 'KPI'}_${query.month ?? query.year ?? ''}.xlsx`;
  return <DownloadReportButton name="kpi" query={query} fallbackName={fallbackName} />;
}

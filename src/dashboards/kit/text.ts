import { useLang } from '../../i18n/lang';
import { reports, type ReportsText } from '../../i18n/strings/reports';
import type { Lang } from '../../schema/labels';

export function reportsText(lang: Lang): ReportsText {
  return reports[lang];
}

/** The kit's strings in the console's language. */
export function useReportsText(): ReportsText {
  return reports[useLang()];
}

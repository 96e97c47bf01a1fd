import { useLang } from '../../i18n/lang';
import { appraisal, type AppraisalText } from '../../i18n/strings/appraisal';

export { format } from '../../schema/labels';

/** The appraisal strings of the console's current language. */
export function useAppraisalText(): AppraisalText {
  return appraisal[useLang()];
}

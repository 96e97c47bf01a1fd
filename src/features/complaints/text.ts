import { useLang } from '../../i18n/lang';
import { complaintStrings, type ComplaintText } from '../../i18n/strings/complaints';
import { format } from '../../schema/labels';

export { format };

/** The complaint screens' strings in the console's current language. */
export function useComplaintText(): ComplaintText {
  return complaintStrings[useLang()];
}

/** "2天3小时" / "2 d 3 h": a duration for the countdown, to the minute under an hour. */
export function formatDuration(ms: number, t: ComplaintText): string {
  const minutes = Math.max(0, Math.floor(Math.abs(ms) / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  const parts: string[] = [];
  if (d) parts.push(format(t.days, { n: d }));
  if (h || d) parts.push(format(t.hours, { n: h }));
  if (!d) parts.push(format(t.minutes, { n: m }));
  return parts.join(t === complaintStrings.en ? ' ' : '');
}

import { formatCount, formatMoney, formatPercent, formatScore } from '../../../dashboards/kit/format';
import { useLang } from '../../../i18n/lang';

type Maybe = number | null | undefined;

/**
 * How the dashboard writes each kind of figure, in the console's language, as the workbook
 * formats it: rates as percents (one decimal), hours with one decimal (the label carries the
 * unit), satisfaction (1–5) and per-1,000 with two, money in yuan; null is "—".
 */
export function useFigureFormat() {
  const lang = useLang();
  return {
    rate: (v: Maybe) => formatPercent(v, lang),
    count: (v: Maybe) => formatCount(v, lang),
    hours: (v: Maybe) => formatScore(v, lang, 1),
    money: (v: Maybe) => formatMoney(v, lang),
    satisfaction: (v: Maybe) => formatScore(v, lang, 2),
    per1000: (v: Maybe) => formatScore(v, lang, 2),
  };
}

export type FigureFormat = ReturnType<typeof useFigureFormat>;

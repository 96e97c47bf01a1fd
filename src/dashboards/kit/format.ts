import { LOCALE_OF, type Lang } from '../../schema/labels';

/**
 * How dashboards show figures, matching the Excel formats of `reports/core/xlsx/format.ts`:
 * rates are fractions shown as percents, scores 0–100 with one decimal, money in yuan with
 * two. A missing value (a rate over 0 cases) is "—", never 0 % or NaN.
 */
export const NO_VALUE = '—';

type Maybe = number | null | undefined;

function missing(value: Maybe): value is null | undefined {
  return value === null || value === undefined || !Number.isFinite(value);
}

function locale(lang: Lang): string {
  return LOCALE_OF[lang];
}

/** 0.1234 → "12.3%". */
export function formatPercent(value: Maybe, lang: Lang = 'zh', digits = 1): string {
  if (missing(value)) return NO_VALUE;
  return new Intl.NumberFormat(locale(lang), {
    style: 'percent',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** 87.25 → "87.3" (scores 0–100, NPS −100…100). */
export function formatScore(value: Maybe, lang: Lang = 'zh', digits = 1): string {
  if (missing(value)) return NO_VALUE;
  return new Intl.NumberFormat(locale(lang), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

/** 1234.5 → "¥1,234.50". */
export function formatMoney(value: Maybe, lang: Lang = 'zh'): string {
  if (missing(value)) return NO_VALUE;
  return new Intl.NumberFormat(locale(lang), {
    style: 'currency',
    currency: 'CNY',
    currencyDisplay: 'narrowSymbol',
  }).format(value);
}

/** 12.34 → "12.3 小时" / "12.3 h". */
export function formatHours(value: Maybe, lang: Lang = 'zh'): string {
  if (missing(value)) return NO_VALUE;
  return `${formatScore(value, lang)} ${lang === 'en' ? 'h' : '小时'}`;
}

/** 12345 → "12,345". */
export function formatCount(value: Maybe, lang: Lang = 'zh'): string {
  if (missing(value)) return NO_VALUE;
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 0 }).format(value);
}

export type ValueKind = 'percent' | 'score' | 'money' | 'hours' | 'count';

/** The formatter of a kind of value (charts' axes and tooltips take it by name). */
export function formatValue(kind: ValueKind, value: Maybe, lang: Lang = 'zh'): string {
  switch (kind) {
    case 'percent':
      return formatPercent(value, lang);
    case 'score':
      return formatScore(value, lang);
    case 'money':
      return formatMoney(value, lang);
    case 'hours':
      return formatHours(value, lang);
    case 'count':
      return formatCount(value, lang);
  }
}

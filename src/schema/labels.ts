/** A text in both languages of the product. Chinese is the default; English is the alternative. */
export interface Labels {
  zh: string;
  en: string;
}

export type Lang = 'zh' | 'en';

export const LANGS: readonly Lang[] = ['zh', 'en'];

export const DEFAULT_LANG: Lang = 'zh';

export function pick(labels: Labels, lang: Lang): string {
  return labels[lang];
}

/** Each language's locale code: for Accept-Language, i18next, Intl's number and date formats. */
export const LOCALE_OF: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

/** Reads an Accept-Language header (or any locale string) into one of our two languages. */
export function langFromLocale(locale: string | undefined | null): Lang {
  return locale && /^\s*en/i.test(locale) ? 'en' : DEFAULT_LANG;
}

/** Fills `{name}` placeholders. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

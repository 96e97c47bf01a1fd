import type { I18nProvider } from '@refinedev/core';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { RESOURCES } from '../resources';
import { langFromLocale, LOCALE_OF, type Lang } from '../schema/labels';
import { common } from './strings/common';
import { refine } from './strings/refine';

/** The language chosen is kept in localStorage under this key. */
const STORAGE_KEY = 'sq.lang';

export function storedLang(): Lang {
  try {
    return langFromLocale(globalThis.localStorage?.getItem(STORAGE_KEY));
  } catch {
    return 'zh';
  }
}

/** refine names a resource in its messages ("已保存 员工") by the key `name.name`. */
function resourceNames(lang: Lang) {
  return Object.fromEntries(RESOURCES.map((r) => [r.name, { [r.name]: r.label[lang] }]));
}

function resourcesFor(lang: Lang) {
  return { translation: { ...resourceNames(lang), ...refine[lang], common: common[lang] } };
}

/** Starts i18next in the stored language (Chinese by default) and aligns dayjs with it. */
export function initI18n(lang: Lang = storedLang()) {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: { [LOCALE_OF.zh]: resourcesFor('zh'), [LOCALE_OF.en]: resourcesFor('en') },
      lng: LOCALE_OF[lang],
      fallbackLng: 'zh-CN',
      interpolation: { escapeValue: false },
    });
  }
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  return i18next;
}

/** Switches the console's language: i18next, dayjs, and the stored choice. */
export async function changeLang(lang: Lang) {
  // antd's ConfigProvider does not switch dayjs by itself; switch it before the re-render.
  dayjs.locale(lang === 'en' ? 'en' : 'zh-cn');
  await i18next.changeLanguage(LOCALE_OF[lang]);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this visit only
  }
}

export function currentLang(): Lang {
  return langFromLocale(i18next.language);
}

/** refine's i18n provider on top of i18next. */
export const i18nProvider: I18nProvider = {
  translate: (key: string, options?: unknown, defaultMessage?: string) => {
    // refine calls both translate(key, options, default) and translate(key, default).
    const [values, fallback] = typeof options === 'string' ? [undefined, options] : [options, defaultMessage];
    const text = i18next.t(key, { ...(values as object | undefined), defaultValue: fallback }) as unknown;
    return typeof text === 'string' ? text : (fallback ?? key);
  },
  changeLocale: (locale: string) => changeLang(langFromLocale(locale)),
  getLocale: () => i18next.language,
};

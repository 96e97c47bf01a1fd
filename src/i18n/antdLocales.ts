import type { Locale } from 'antd/es/locale';
import enUSModule from 'antd/locale/en_US';
import zhCNModule from 'antd/locale/zh_CN';
import type { Lang } from '../schema/labels';

/**
 * antd's locale files are CommonJS re-exports of an ES-module-shaped object. Vite's production
 * bundler follows Node's rule (the default import is the whole `module.exports`, so the locale
 * sits under `.default`) while its dev server and vitest unwrap it; without this, the built
 * console's date pickers and pagination silently fall back to English.
 */
function unwrap(module: Locale | { default: Locale }): Locale {
  return 'default' in module ? module.default : module;
}

export const ANTD_LOCALES: Record<Lang, Locale> = { zh: unwrap(zhCNModule), en: unwrap(enUSModule) };

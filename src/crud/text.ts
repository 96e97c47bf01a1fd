import { useLang } from '../i18n/lang';
import { crud, type CrudText } from '../i18n/strings/crud';
import type { Lang } from '../schema/labels';

export { format } from '../schema/labels';
export type { CrudText };

/** The crud strings of a language, read straight from `src/i18n/strings/crud.ts`. */
export function crudText(lang: Lang): CrudText {
  return crud[lang];
}

/** The crud strings of the console's current language (independent of the i18next namespaces). */
export function useCrudText(): CrudText {
  return crud[useLang()];
}

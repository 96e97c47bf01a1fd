import { useTranslation } from 'react-i18next';
import { langFromLocale, type Labels, type Lang } from '../schema/labels';

/** The console's current language, following i18next. */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return langFromLocale(i18n.language);
}

/** Picks a declaration label in the current language. */
export function useLabel(): (labels: Labels) => string {
  const lang = useLang();
  return (labels) => labels[lang];
}

import { useLang } from '../../i18n/lang';

/** The page frame's own strings (its other texts are the page's). */
const text = {
  zh: { back: '返回', breadcrumb: '当前位置', home: '首页' },
  en: { back: 'Back', breadcrumb: 'Breadcrumb', home: 'Home' },
};

export function usePageFrameText() {
  return text[useLang()];
}

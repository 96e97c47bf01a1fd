/** Strings of the console shell: header, menu, language switch, generic states. */
export const common = {
  zh: {
    appTitle: '服务质量管理控制台',
    appShortTitle: '服务质量',
    language: '语言',
    switchToEnglish: 'English',
    switchToChinese: '中文',
    loading: '加载中…',
    retry: '重试',
    notFoundTitle: '页面不存在',
    backHome: '返回首页',
    home: '首页',
  },
  en: {
    appTitle: 'Service Quality Console',
    appShortTitle: 'Service quality',
    language: 'Language',
    switchToEnglish: 'English',
    switchToChinese: '中文',
    loading: 'Loading…',
    retry: 'Retry',
    notFoundTitle: 'Page not found',
    backHome: 'Back to home',
    home: 'Home',
  },
};

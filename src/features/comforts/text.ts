import { useLang } from '../../i18n/lang';
import type { Lang } from '../../schema/labels';

export { format } from '../../schema/labels';

const comfortsText = {
  zh: {
    paletteOpen: '搜索与跳转',
    paletteShortcut: 'Ctrl K',
    paletteTitle: '搜索与跳转',
    palettePlaceholder: '输入页面、功能或顾客姓名/电话、投诉编号、员工姓名…',
    paletteInput: '搜索页面和记录',
    paletteResults: '搜索结果',
    paletteEmpty: '没有匹配的结果',
    paletteSearching: '正在搜索记录…',
    paletteHelp: '↑↓ 选择 · Enter 打开 · Esc 关闭',
    groupPages: '页面',
    groupCreate: '新建',
    groupRecords: '记录',
    listOf: '{label}列表',
    createOf: '新建{label}',
    resultCount: '{count} 个结果',
    darkMode: '深色模式',
    lightMode: '浅色模式',
    themeSwitch: '切换深色模式',
  },
  en: {
    paletteOpen: 'Search and go',
    paletteShortcut: 'Ctrl K',
    paletteTitle: 'Search and go',
    palettePlaceholder: 'A page, or a customer’s name/phone, a complaint number, an employee…',
    paletteInput: 'Search pages and records',
    paletteResults: 'Results',
    paletteEmpty: 'Nothing matches',
    paletteSearching: 'Searching records…',
    paletteHelp: '↑↓ choose · Enter open · Esc close',
    groupPages: 'Pages',
    groupCreate: 'Create',
    groupRecords: 'Records',
    listOf: '{label}',
    createOf: 'New: {label}',
    resultCount: '{count} results',
    darkMode: 'Dark mode',
    lightMode: 'Light mode',
    themeSwitch: 'Toggle dark mode',
  },
} satisfies Record<Lang, Record<string, string>>;

export type ComfortsText = (typeof comfortsText)['zh'];

export function useComfortsText(): ComfortsText {
  return comfortsText[useLang()];
}

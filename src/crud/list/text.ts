import { useLang } from '../../i18n/lang';
import type { Lang } from '../../schema/labels';

export { format } from '../../schema/labels';

/** Strings of the list comforts: export, column settings, saved filters. */
const listText = {
  zh: {
    export: '导出',
    exportXlsx: '导出 Excel (.xlsx)',
    exportCsv: '导出 CSV (.csv)',
    exportHint: '按当前筛选和排序导出全部页，列与表格一致',
    exportFetching: '正在读取 {done} / {total} 行',
    exportNames: '正在读取关联名称…',
    exportBuilding: '正在生成文件 {done} / {total} 行',
    exportProgress: '导出进度',
    exportCancel: '取消导出',
    exportCancelled: '已取消导出',
    exportDone: '已导出 {rows} 行',
    exportFailed: '导出失败',
    exportEmpty: '没有可导出的记录',
    columns: '列设置',
    columnsTitle: '显示的列与顺序',
    columnsReset: '恢复默认',
    moveUp: '上移 {column}',
    moveDown: '下移 {column}',
    showColumn: '显示列 {column}',
    savedFilters: '常用筛选',
    savedFiltersTitle: '已保存的筛选',
    savedFiltersNone: '还没有保存的筛选',
    saveCurrent: '保存当前筛选',
    filterName: '筛选名称',
    filterNamePlaceholder: '例如：我的超时投诉',
    filterNameRequired: '请输入名称',
    filterNameTooLong: '名称最多 {max} 个字符',
    applySaved: '应用筛选 {name}',
    deleteSaved: '删除筛选 {name}',
    savedAs: '已保存筛选“{name}”',
    replaced: '已更新同名筛选“{name}”',
    save: '保存',
  },
  en: {
    export: 'Export',
    exportXlsx: 'Export Excel (.xlsx)',
    exportCsv: 'Export CSV (.csv)',
    exportHint: 'Every page with the current filters and sort, the table’s columns',
    exportFetching: 'Reading rows {done} / {total}',
    exportNames: 'Reading referenced names…',
    exportBuilding: 'Building the file {done} / {total} rows',
    exportProgress: 'Export progress',
    exportCancel: 'Cancel export',
    exportCancelled: 'Export cancelled',
    exportDone: '{rows} rows exported',
    exportFailed: 'Export failed',
    exportEmpty: 'No records to export',
    columns: 'Columns',
    columnsTitle: 'Columns shown and their order',
    columnsReset: 'Reset',
    moveUp: 'Move {column} up',
    moveDown: 'Move {column} down',
    showColumn: 'Show column {column}',
    savedFilters: 'Saved filters',
    savedFiltersTitle: 'Saved filters',
    savedFiltersNone: 'No saved filters yet',
    saveCurrent: 'Save current filters',
    filterName: 'Filter name',
    filterNamePlaceholder: 'e.g. My overdue complaints',
    filterNameRequired: 'Enter a name',
    filterNameTooLong: 'At most {max} characters',
    applySaved: 'Apply filter {name}',
    deleteSaved: 'Delete filter {name}',
    savedAs: 'Filter “{name}” saved',
    replaced: 'Filter “{name}” updated',
    save: 'Save',
  },
} satisfies Record<Lang, Record<string, string>>;

export type ListText = (typeof listText)['zh'];

export function listStrings(lang: Lang): ListText {
  return listText[lang];
}

export function useListText(): ListText {
  return listText[useLang()];
}

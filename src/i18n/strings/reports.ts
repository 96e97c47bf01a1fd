/** Strings of the dashboard kit and report downloads (`src/dashboards/kit/`). `{name}` marks a placeholder. */
const zh = {
  month: '月份',
  range: '日期范围',
  periodKind: '期间方式',
  byMonth: '按月',
  byRange: '按日期',
  branch: '机构',
  allBranches: '全部机构',
  loading: '加载中…',
  empty: '所选期间暂无数据',
  loadFailed: '数据加载失败',
  retry: '重试',
  dataTable: '{title}：数据表',
  download: '下载 Excel',
  downloading: '正在生成… {percent}',
  cancel: '取消',
  downloadFailed: '下载失败',
  cancelled: '已取消下载',
  noData: '—',
  smallSample: '样本不足',
  yuan: '元',
  hours: '小时',
  points: '分',
};

const en: typeof zh = {
  month: 'Month',
  range: 'Date range',
  periodKind: 'Period',
  byMonth: 'Month',
  byRange: 'Dates',
  branch: 'Branch',
  allBranches: 'All branches',
  loading: 'Loading…',
  empty: 'No data for the chosen period',
  loadFailed: 'The data could not be loaded',
  retry: 'Retry',
  dataTable: '{title}: data table',
  download: 'Download Excel',
  downloading: 'Preparing… {percent}',
  cancel: 'Cancel',
  downloadFailed: 'Download failed',
  cancelled: 'Download cancelled',
  noData: '—',
  smallSample: 'Small sample',
  yuan: 'yuan',
  hours: 'h',
  points: 'pts',
};

export const reports = { zh, en };

export type ReportsText = typeof zh;

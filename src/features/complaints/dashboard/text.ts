import { useLang } from '../../../i18n/lang';

/** The dashboard's own strings (the shared ones are in `src/i18n/strings/complaints.ts`). */
const zh = {
  hoursByMonth: '按月：处理时长（小时）',
  meanHoursShort: '平均',
  medianHoursShort: '中位数',
  breakdownTable: '分组明细',
  dimension: '统计维度',
  group: '分组',
  dimBranch: '机构',
  dimCategory: '类别',
  dimSeverity: '严重程度',
  dimChannel: '渠道',
  dimHandler: '处理人',
  complaintNo: '投诉编号',
  status: '状态',
  handler: '处理人',
  resolveDue: '处理期限',
  overdueLatest: '此处列出最新的 {shown} 件，全部 {total} 件见投诉列表',
  computedInBrowser: '后端没有统计接口，数据在浏览器中按同一算法计算',
};

export type ComplaintDashboardText = typeof zh;

const en: ComplaintDashboardText = {
  hoursByMonth: 'By month: hours to resolve',
  meanHoursShort: 'Mean',
  medianHoursShort: 'Median',
  breakdownTable: 'Figures by group',
  dimension: 'Dimension',
  group: 'Group',
  dimBranch: 'Branch',
  dimCategory: 'Category',
  dimSeverity: 'Severity',
  dimChannel: 'Channel',
  dimHandler: 'Handler',
  complaintNo: 'Complaint no.',
  status: 'Status',
  handler: 'Handler',
  resolveDue: 'Resolve by',
  overdueLatest: 'The latest {shown} are listed here; all {total} are in the complaint list',
  computedInBrowser: 'The backend has no statistics route: figures computed in the browser by the same code',
};

const TEXT = { zh, en };

export function useDashboardText(): ComplaintDashboardText {
  return TEXT[useLang()];
}

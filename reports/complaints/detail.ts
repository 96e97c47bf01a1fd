import {
  hoursToResolve,
  isCounted,
  isOverdue,
  type ComplaintFacts,
  type HistoryEntry,
} from '../../src/domain/complaints';
import { roundHalfUp } from '../../src/domain/complaints/metrics';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_RESOLUTIONS,
} from '../../src/resources/complaints';
import { COMPLAINT_STATUSES, SEVERITIES } from '../../src/resources/options';
import type { EnumOption } from '../../src/schema/fields';
import type { Lang } from '../../src/schema/labels';
import { formatShanghai } from '../../src/schema/time';
import type { ReportRecord, SheetColumn } from '../core/types';

/**
 * The label of an option value in a language, or the value itself when it is not an option:
 * a lookup table built once per column (the sheet asks it for every one of ~100,000 rows).
 */
function labeller(options: readonly EnumOption[], lang: Lang): (value: unknown) => string | null {
  const labels = new Map<unknown, string>();
  // The first option of a value wins, as a search from the start would find it.
  for (const o of options) if (!labels.has(o.value)) labels.set(o.value, o.label[lang]);
  return (value) => labels.get(value) ?? (value == null ? null : String(value));
}

const STATUS_LABEL: Record<Lang, (value: unknown) => string | null> = {
  zh: labeller(COMPLAINT_STATUSES, 'zh'),
  en: labeller(COMPLAINT_STATUSES, 'en'),
};

/** The timeline as one line of text: `2026-11-05 09:00 已登记；… 已受理（已致电顾客）`. */
export function timelineText(history: readonly HistoryEntry[] | undefined, lang: Lang): string {
  if (!Array.isArray(history)) return '';
  const status = STATUS_LABEL[lang];
  const [open, close, separator] = lang === 'zh' ? ['（', '）', '；'] : [' (', ')', '; '];
  let text = '';
  for (let i = 0; i < history.length; i++) {
    const h = history[i];
    if (i > 0) text += separator;
    text += `${formatShanghai(h.at)} ${status(h.to)}`;
    if (h.note) text += open + h.note + close;
  }
  return text;
}

export interface DetailContext {
  asOfMs: number;
  lang: Lang;
  branch: Map<number, { code: string; name: string }>;
  employee: Map<number, string>;
  department: Map<number, string>;
}

type Row = ReportRecord;
const text = (v: unknown) => (typeof v === 'string' ? v : null);
const num = (v: unknown) => (typeof v === 'number' ? v : null);

/** Every complaint of the period: its facts, deadlines, overdue flag and its timeline as text. */
export function detailColumns(ctx: DetailContext): SheetColumn<Row>[] {
  const { lang } = ctx;
  const channel = labeller(COMPLAINT_CHANNELS, lang);
  const category = labeller(COMPLAINT_CATEGORIES, lang);
  const severity = labeller(SEVERITIES, lang);
  const status = labeller(COMPLAINT_STATUSES, lang);
  const resolution = labeller(COMPLAINT_RESOLUTIONS, lang);
  const facts = (r: Row) => r as unknown as ComplaintFacts;
  return [
    {
      key: 'complaintNo',
      header: { zh: '投诉编号', en: 'Complaint no.' },
      type: 'text',
      value: (r) => text(r.complaintNo),
      total: 'count',
    },
    {
      key: 'branch',
      header: { zh: '机构', en: 'Branch' },
      type: 'text',
      value: (r) => ctx.branch.get(Number(r.branchId))?.name ?? null,
    },
    {
      key: 'receivedAt',
      header: { zh: '投诉时间', en: 'Received at' },
      type: 'datetime',
      value: (r) => text(r.receivedAt),
    },
    {
      key: 'channel',
      header: { zh: '投诉渠道', en: 'Channel' },
      type: 'text',
      value: (r) => channel(r.channel),
    },
    {
      key: 'category',
      header: { zh: '投诉类别', en: 'Category' },
      type: 'text',
      value: (r) => category(r.category),
    },
    {
      key: 'severity',
      header: { zh: '严重程度', en: 'Severity' },
      type: 'text',
      value: (r) => severity(r.severity),
    },
    {
      key: 'status',
      header: { zh: '处理状态', en: 'Status' },
      type: 'text',
      value: (r) => status(r.status),
    },
    {
      key: 'counted',
      header: { zh: '计入统计', en: 'In the rates' },
      type: 'boolean',
      value: (r) => isCounted(facts(r)),
    },
    {
      key: 'complainant',
      header: { zh: '投诉人', en: 'Complainant' },
      type: 'text',
      value: (r) => text(r.complainantName),
    },
    {
      key: 'handler',
      header: { zh: '处理人', en: 'Handler' },
      type: 'text',
      value: (r) => ctx.employee.get(Number(r.handlerId)) ?? null,
    },
    {
      key: 'department',
      header: { zh: '涉及部门', en: 'Involved department' },
      type: 'text',
      value: (r) => ctx.department.get(Number(r.involvedDepartmentId)) ?? null,
    },
    {
      key: 'respondDueAt',
      header: { zh: '响应期限', en: 'Respond by' },
      type: 'datetime',
      value: (r) => text(r.respondDueAt),
    },
    {
      key: 'acknowledgedAt',
      header: { zh: '受理时间', en: 'Acknowledged at' },
      type: 'datetime',
      value: (r) => text(r.acknowledgedAt),
    },
    {
      key: 'resolveDueAt',
      header: { zh: '处理期限', en: 'Resolve by' },
      type: 'datetime',
      value: (r) => text(r.resolveDueAt),
    },
    {
      key: 'resolvedAt',
      header: { zh: '处理完成时间', en: 'Resolved at' },
      type: 'datetime',
      value: (r) => text(r.resolvedAt),
    },
    {
      key: 'closedAt',
      header: { zh: '结案时间', en: 'Closed at' },
      type: 'datetime',
      value: (r) => text(r.closedAt),
    },
    {
      key: 'hoursToResolve',
      header: { zh: '处理时长（小时）', en: 'Hours to resolve' },
      type: 'hours',
      value: (r) => {
        const h = hoursToResolve(facts(r));
        return h === null ? null : roundHalfUp(h, 1);
      },
    },
    {
      key: 'overdue',
      header: { zh: '是否超期', en: 'Overdue' },
      type: 'boolean',
      value: (r) => isOverdue(facts(r), ctx.asOfMs),
    },
    {
      key: 'reopenedCount',
      header: { zh: '重新处理次数', en: 'Times reopened' },
      type: 'integer',
      value: (r) => num(r.reopenedCount),
    },
    {
      key: 'resolution',
      header: { zh: '处理方式', en: 'Resolution' },
      type: 'text',
      value: (r) => resolution(r.resolution),
    },
    {
      key: 'refundAmount',
      header: { zh: '退款金额（元）', en: 'Refund (¥)' },
      type: 'money',
      value: (r) => num(r.refundAmount),
      total: 'sum',
    },
    {
      key: 'handlingSatisfaction',
      header: { zh: '处理满意度', en: 'Handling satisfaction' },
      type: 'integer',
      value: (r) => num(r.handlingSatisfaction),
    },
    {
      key: 'rootCause',
      header: { zh: '原因分析', en: 'Root cause' },
      type: 'text',
      value: (r) => text(r.rootCause),
    },
    {
      key: 'description',
      header: { zh: '投诉内容', en: 'Description' },
      type: 'text',
      value: (r) => text(r.description),
      width: 40,
    },
    {
      key: 'timeline',
      header: { zh: '处理过程', en: 'Timeline' },
      type: 'text',
      value: (r) => timelineText(r.history as HistoryEntry[], lang),
      width: 60,
    },
  ];
}

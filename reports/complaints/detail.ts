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

const label = (options: EnumOption[], value: unknown, lang: Lang) =>
  options.find((o) => o.value === value)?.label[lang] ?? (value == null ? null : String(value));

/** The timeline as one line of text: `2026-11-05 09:00 已登记；… 已受理（已致电顾客）`. */
export function timelineText(history: readonly HistoryEntry[] | undefined, lang: Lang): string {
  return (history ?? [])
    .map((h) => {
      const note = h.note ? (lang === 'zh' ? `（${h.note}）` : ` (${h.note})`) : '';
      return `${formatShanghai(h.at)} ${label(COMPLAINT_STATUSES, h.to, lang)}${note}`;
    })
    .join(lang === 'zh' ? '；' : '; ');
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
      value: (r) => label(COMPLAINT_CHANNELS, r.channel, lang),
    },
    {
      key: 'category',
      header: { zh: '投诉类别', en: 'Category' },
      type: 'text',
      value: (r) => label(COMPLAINT_CATEGORIES, r.category, lang),
    },
    {
      key: 'severity',
      header: { zh: '严重程度', en: 'Severity' },
      type: 'text',
      value: (r) => label(SEVERITIES, r.severity, lang),
    },
    {
      key: 'status',
      header: { zh: '处理状态', en: 'Status' },
      type: 'text',
      value: (r) => label(COMPLAINT_STATUSES, r.status, lang),
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
      value: (r) => label(COMPLAINT_RESOLUTIONS, r.resolution, lang),
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

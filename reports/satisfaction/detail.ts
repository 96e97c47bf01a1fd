import {
  missingRequired,
  type DimensionLabel,
  type LowScoreRow,
  type ScoredResponse,
} from '../../src/domain/satisfaction';
import { INVALID_REASONS, SURVEY_CHANNELS } from '../../src/resources/survey-responses';
import type { EnumOption } from '../../src/schema/fields';
import type { Lang } from '../../src/schema/labels';
import type { SheetColumn } from '../core/types';

/** The row-level sheets: low scores, every valid response, the excluded ones with their reason. */

export interface Names {
  branch: Map<number, { code: string; name: string }>;
  employee: Map<number, string>;
  serviceItem: Map<number, string>;
  template: Map<number, string>;
}

export const labelOf = (options: EnumOption[], value: string | null, lang: Lang): string | null =>
  value === null ? null : (options.find((o) => o.value === value)?.label[lang] ?? value);

const name = (map: Map<number, string>, id: number | null | undefined) =>
  id == null ? null : (map.get(id) ?? `#${id}`);

export function lowScoreColumns(
  dimensions: readonly DimensionLabel[],
  lang: Lang,
): SheetColumn<LowScoreRow>[] {
  return [
    { key: 'id', header: { zh: '答卷编号', en: 'Response id' }, type: 'integer', value: (r) => r.responseId },
    {
      key: 'submittedAt',
      header: { zh: '提交时间', en: 'Submitted at' },
      type: 'datetime',
      value: (r) => r.submittedAt,
    },
    {
      key: 'branch',
      header: { zh: '机构', en: 'Branch' },
      type: 'text',
      value: (r) => `${r.branchCode} ${r.branchName}`,
    },
    { key: 'customer', header: { zh: '顾客', en: 'Customer' }, type: 'text', value: (r) => r.customerName },
    { key: 'staff', header: { zh: '被评价员工', en: 'Staff' }, type: 'text', value: (r) => r.staffName },
    {
      key: 'item',
      header: { zh: '服务项目', en: 'Service item' },
      type: 'text',
      value: (r) => r.serviceItemName,
    },
    {
      key: 'channel',
      header: { zh: '调查方式', en: 'Channel' },
      type: 'text',
      value: (r) => labelOf(SURVEY_CHANNELS, r.channel, lang),
    },
    {
      key: 'overall',
      header: { zh: '总体评分', en: 'Overall rating' },
      type: 'number',
      value: (r) => r.overall,
    },
    { key: 'scale', header: { zh: '分制', en: 'Scale' }, type: 'integer', value: (r) => r.scale },
    ...dimensions.map((d): SheetColumn<LowScoreRow> => ({
      key: `v_${d.key}`,
      header: { zh: d.label, en: d.key },
      type: 'integer',
      value: (r) => r.scores[d.key] ?? null,
    })),
    { key: 'nps', header: { zh: '推荐意愿', en: 'NPS answer' }, type: 'integer', value: (r) => r.nps },
    { key: 'comment', header: { zh: '意见和建议', en: 'Comment' }, type: 'text', value: (r) => r.comment },
  ];
}

/** Columns of a response as recorded, with its overall rating (valid) or reason (excluded). */
export function responseColumns(
  dimensions: readonly DimensionLabel[],
  names: Names,
  lang: Lang,
  excluded: boolean,
): SheetColumn<ScoredResponse>[] {
  const reason: SheetColumn<ScoredResponse> = {
    key: 'reason',
    header: { zh: '剔除原因', en: 'Excluded because' },
    type: 'text',
    value: (s) => labelOf(INVALID_REASONS, excludedReason(s), lang),
  };
  const overall: SheetColumn<ScoredResponse> = {
    key: 'overall',
    header: { zh: '总体评分', en: 'Overall rating' },
    type: 'number',
    value: (s) => s.overall,
  };
  return [
    {
      key: 'id',
      header: { zh: '答卷编号', en: 'Response id' },
      type: 'integer',
      value: (s) => s.response.id,
    },
    {
      key: 'submittedAt',
      header: { zh: '提交时间', en: 'Submitted at' },
      type: 'datetime',
      value: (s) => s.response.submittedAt,
    },
    {
      key: 'branch',
      header: { zh: '机构', en: 'Branch' },
      type: 'text',
      value: (s) => {
        const b = names.branch.get(s.response.branchId);
        return b ? `${b.code} ${b.name}` : `#${s.response.branchId}`;
      },
    },
    {
      key: 'staff',
      header: { zh: '被评价员工', en: 'Staff' },
      type: 'text',
      value: (s) => name(names.employee, s.response.staffId),
    },
    {
      key: 'item',
      header: { zh: '服务项目', en: 'Service item' },
      type: 'text',
      value: (s) => name(names.serviceItem, s.response.serviceItemId),
    },
    {
      key: 'channel',
      header: { zh: '调查方式', en: 'Channel' },
      type: 'text',
      value: (s) => labelOf(SURVEY_CHANNELS, s.response.channel, lang),
    },
    {
      key: 'template',
      header: { zh: '调查表', en: 'Template' },
      type: 'text',
      value: (s) => name(names.template, s.response.templateId),
    },
    ...dimensions.map((d): SheetColumn<ScoredResponse> => ({
      key: `v_${d.key}`,
      header: { zh: d.label, en: d.key },
      type: 'integer',
      value: (s) => {
        const v = s.response.scores?.[d.key];
        return typeof v === 'number' ? v : null;
      },
    })),
    excluded ? reason : overall,
    {
      key: 'nps',
      header: { zh: '推荐意愿', en: 'NPS answer' },
      type: 'integer',
      value: (s) => s.response.nps ?? null,
    },
    {
      key: 'comment',
      header: { zh: '意见和建议', en: 'Comment' },
      type: 'text',
      value: (s) => s.response.comment ?? null,
    },
  ];
}

/**
 * Why a response is left out: its recorded reason, else `incomplete` when a required dimension
 * is missing or off the scale (the metrics' own check), else `other` (no such template).
 */
export function excludedReason(s: ScoredResponse): string {
  if (s.response.valid === false && s.response.invalidReason) return s.response.invalidReason;
  if (s.template && missingRequired(s.template, s.response.scores).length > 0) return 'incomplete';
  return 'other';
}

/** Yields the rows that pass, so a sheet of 100,000 responses streams without a second array. */
export function* only<T>(rows: Iterable<T>, keep: (row: T) => boolean): Generator<T> {
  for (const row of rows) if (keep(row)) yield row;
}

import type { ComplaintFigures } from '../../src/domain/complaints';
import type { Labels } from '../../src/schema/labels';
import type { CellType, SheetColumn } from '../core/types';

/**
 * The columns of the §4 figures (C of DOMAIN §8), in the contract's order, with Chinese and
 * English headers. Counts and refunds sum in a totals row; rates never do (a sum of rates
 * means nothing), so they carry no total.
 */
const FIGURES: [keyof ComplaintFigures, Labels, CellType, boolean][] = [
  ['received', { zh: '投诉数', en: 'Received' }, 'integer', true],
  ['handled', { zh: '已处理数', en: 'Handled' }, 'integer', true],
  ['handlingRate', { zh: '投诉处理率', en: 'Handling rate' }, 'percent', false],
  ['onTimeRate', { zh: '按时处理率', en: 'On-time rate' }, 'percent', false],
  ['respondOnTimeRate', { zh: '按时响应率', en: 'Responded on time' }, 'percent', false],
  ['overdue', { zh: '超期数', en: 'Overdue' }, 'integer', true],
  ['meanHoursToResolve', { zh: '平均处理时长（小时）', en: 'Mean hours to resolve' }, 'hours', false],
  ['medianHoursToResolve', { zh: '处理时长中位数（小时）', en: 'Median hours to resolve' }, 'hours', false],
  ['reopenRate', { zh: '重新处理率', en: 'Reopen rate' }, 'percent', false],
  ['per1000Services', { zh: '每千次服务投诉数', en: 'Per 1,000 services' }, 'number', false],
  ['handlingSatisfaction', { zh: '处理满意度（1–5）', en: 'Handling satisfaction (1–5)' }, 'number', false],
  ['handlingSatisfactionTop2', { zh: '满意度 4–5 分占比', en: 'Satisfied (4–5)' }, 'percent', false],
  ['refunds', { zh: '退款金额（元）', en: 'Refunds (¥)' }, 'money', true],
];

export const FIGURE_KEYS = FIGURES.map(([key]) => key);

export function figureColumns<Row extends ComplaintFigures>(): SheetColumn<Row>[] {
  return FIGURES.map(([key, header, type, sums]) => ({
    key,
    header,
    type,
    value: (row: Row) => row[key],
    ...(sums ? { total: 'sum' as const } : {}),
  }));
}

/** The header of a figure in a language (the dashboard labels its tables the same way). */
export function figureHeader(key: keyof ComplaintFigures): Labels {
  return FIGURES.find(([k]) => k === key)![1];
}

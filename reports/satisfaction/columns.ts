import type { DimensionLabel, SatisfactionSummary } from '../../src/domain/satisfaction';
import type { Labels } from '../../src/schema/labels';
import type { SheetColumn } from '../core/types';

/**
 * The columns of one satisfaction summary (S of DOMAIN §8), in the contract's order, with the
 * dimension scores between the counts and the composite. Counts sum in a totals row; scores and
 * rates never do (a sum of rates means nothing). The small-sample flag is its own column, so a
 * filter in Excel finds the figures to read with care.
 */
export function summaryColumns<Row extends SatisfactionSummary>(
  dimensions: readonly DimensionLabel[],
  withTotals = true,
): SheetColumn<Row>[] {
  const count = (key: keyof SatisfactionSummary, header: Labels): SheetColumn<Row> => ({
    key,
    header,
    type: 'integer',
    value: (r) => r[key] as number,
    ...(withTotals ? { total: 'sum' as const } : {}),
  });
  const figure = (
    key: keyof SatisfactionSummary,
    header: Labels,
    type: 'percent' | 'score',
  ): SheetColumn<Row> => ({ key, header, type, value: (r) => r[key] as number | null });
  return [
    count('responses', { zh: '答卷数', en: 'Responses' }),
    count('valid', { zh: '有效答卷', en: 'Valid' }),
    count('excluded', { zh: '剔除（无效）', en: 'Excluded (invalid)' }),
    ...dimensions.map((d): SheetColumn<Row> => ({
      key: `dim_${d.key}`,
      header: { zh: `${d.label}（得分）`, en: `${d.label} (${d.key}, score)` },
      type: 'score',
      value: (r) => r.dimensions[d.key] ?? null,
    })),
    figure('composite', { zh: '综合满意度得分', en: 'Composite score' }, 'score'),
    figure('csat', { zh: 'CSAT（满意率）', en: 'CSAT (top-2-box)' }, 'percent'),
    figure('csatLow', { zh: 'CSAT 95% 下限', en: 'CSAT 95% low' }, 'percent'),
    figure('csatHigh', { zh: 'CSAT 95% 上限', en: 'CSAT 95% high' }, 'percent'),
    figure('nps', { zh: 'NPS 净推荐值', en: 'NPS' }, 'score'),
    count('npsAnswers', { zh: 'NPS 答题数', en: 'NPS answers' }),
    figure('promoters', { zh: '推荐者占比', en: 'Promoters' }, 'percent'),
    figure('passives', { zh: '中立者占比', en: 'Passives' }, 'percent'),
    figure('detractors', { zh: '贬损者占比', en: 'Detractors' }, 'percent'),
    {
      key: 'smallSample',
      header: { zh: '样本不足（<30）', en: 'Small sample (<30)' },
      type: 'boolean',
      value: (r) => r.smallSample,
    },
  ];
}

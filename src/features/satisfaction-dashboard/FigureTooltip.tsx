import type { ReactNode } from 'react';
import type { SatisfactionSummary } from '../../domain/satisfaction';
import { formatCount, formatPercent, formatScore } from '../../dashboards/kit/format';
import { useLang } from '../../i18n/lang';
import { format, useDashboardText } from './text';

/** A chart row: a group's summary with its label (and where its responses are listed). */
export type FigureRow = SatisfactionSummary & { key: string; label: string; href: string };

export const SMALL_SAMPLE_COLOR = '#bfbfbf';
export const COLORS = {
  composite: '#1677ff',
  csat: '#13a8a8',
  band: '#87e8de',
  promoters: '#52c41a',
  passives: '#faad14',
  detractors: '#f5222d',
};

interface Props {
  active?: boolean;
  payload?: { payload?: FigureRow }[];
  label?: ReactNode;
}

/**
 * The tooltip of every satisfaction chart: the group's exact figures (composite, CSAT with its
 * interval, NPS, valid and excluded counts) and the small-sample note when it applies. recharts
 * fills `active` and `payload`; the row is the bar's or point's own data.
 */
export function FigureTooltip({ active, payload }: Props) {
  const t = useDashboardText();
  const lang = useLang();
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div
      role="tooltip"
      style={{ background: '#fff', border: '1px solid #d9d9d9', borderRadius: 6, padding: '6px 10px' }}
    >
      <div style={{ fontWeight: 600, marginBottom: 4 }}>{row.label}</div>
      <div>
        {t.composite}: <strong>{formatScore(row.composite, lang)}</strong>
      </div>
      <div>
        {t.csat}: <strong>{formatPercent(row.csat, lang)}</strong>
        {row.csatLow !== null && (
          <span style={{ color: '#8c8c8c' }}>
            {' '}
            (
            {format(t.csatInterval, {
              low: formatPercent(row.csatLow, lang),
              high: formatPercent(row.csatHigh, lang),
            })}
            )
          </span>
        )}
      </div>
      <div>
        {t.nps}: <strong>{formatScore(row.nps, lang)}</strong>
      </div>
      <div>
        {t.valid}: <strong>{formatCount(row.valid, lang)}</strong> · {t.excluded}:{' '}
        {formatCount(row.excluded, lang)}
      </div>
      {row.smallSample && <div style={{ color: '#d46b08' }}>{t.smallSample}</div>}
    </div>
  );
}

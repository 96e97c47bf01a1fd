import { formatMoney, formatPercent } from '../../../crud/widgets/format';

/** How the dashboard shows each kind of figure; a null (a zero denominator) is "—", never 0 %. */
export const EMPTY = '—';

export const showRate = (v: number | null | undefined) => (typeof v === 'number' ? formatPercent(v) : EMPTY);
export const showHours = (v: number | null | undefined) => (typeof v === 'number' ? v.toFixed(1) : EMPTY);
export const showCount = (v: number | null | undefined) => (typeof v === 'number' ? String(v) : EMPTY);
export const showMoney = (v: number | null | undefined) => (typeof v === 'number' ? formatMoney(v) : EMPTY);
export const showScore = (v: number | null | undefined) => (typeof v === 'number' ? v.toFixed(2) : EMPTY);
export const showPer1000 = (v: number | null | undefined) => (typeof v === 'number' ? v.toFixed(2) : EMPTY);

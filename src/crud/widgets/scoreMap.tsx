import type { ScoreMapField } from '../../schema/fields';
import { formatDecimal, isNumber } from './format';
import type { ValueProps, Widget } from './types';

export type Scores = Record<string, number | null>;

export const asScores = (value: unknown): Scores =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Scores) : {};

export const pairs = (value: unknown) => Object.entries(asScores(value));

export const show = (v: unknown) => (isNumber(v) ? formatDecimal(v) : String(v ?? ''));

function Cell({ value }: ValueProps<ScoreMapField>) {
  return (
    <>
      {pairs(value)
        .map(([k, v]) => `${k} ${show(v)}`)
        .join(' · ')}
    </>
  );
}

/** A map from a key (a survey dimension, a KPI indicator) to a number. */
export const scoreMapWidget: Widget<ScoreMapField> = {
  text: (_f, value) =>
    pairs(value)
      .map(([k, v]) => `${k} ${show(v)}`)
      .join(' · '),
  Cell,
  wide: true,
  clean: (_f, value) => {
    if (value === null || value === undefined) return null;
    return Object.keys(asScores(value)).length === 0 ? null : value;
  },
  // Server paths below a map name a key: the error shows on the map, prefixed with the key.
  locate: (_f, rest) => ({ path: [], note: rest.join('.') }),
};

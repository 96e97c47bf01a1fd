import type { Row } from '../database';
import type { SortKey } from '../query';
import { reader, type FieldView } from './view';

/**
 * lodash 4's `compareAscending`, which json-server's `orderBy` sorted with: JS `<`/`>` between
 * values, then — ascending — null after every value, undefined after null, NaN last (so a
 * descending sort puts them first). Kept as it is, so the order of mixed or missing values is
 * the one the console always had.
 */
export function compareAscending(value: unknown, other: unknown): number {
  if (value === other) return 0;
  // Relational comparison of whatever the values are, as lodash does.
  const a = value as number;
  const b = other as number;
  const valIsDefined = value !== undefined;
  const valIsNull = value === null;
  const valIsReflexive = a === a;
  const valIsSymbol = typeof value === 'symbol';
  const othIsDefined = other !== undefined;
  const othIsNull = other === null;
  const othIsReflexive = b === b;
  const othIsSymbol = typeof other === 'symbol';
  if (
    (!othIsNull && !othIsSymbol && !valIsSymbol && a > b) ||
    (valIsSymbol && othIsDefined && othIsReflexive && !othIsNull && !othIsSymbol) ||
    (valIsNull && othIsDefined && othIsReflexive) ||
    (!valIsDefined && othIsReflexive) ||
    !valIsReflexive
  )
    return 1;
  if (
    (!valIsNull && !valIsSymbol && !othIsSymbol && a < b) ||
    (othIsSymbol && valIsDefined && valIsReflexive && !valIsNull && !valIsSymbol) ||
    (othIsNull && valIsDefined && valIsReflexive) ||
    (!othIsDefined && valIsReflexive) ||
    !othIsReflexive
  )
    return -1;
  return 0;
}

/** compareAscending, with the common cases (two texts, two numbers) answered first. */
function compareValues(x: unknown, y: unknown): number {
  if (x === y) return 0;
  const tx = typeof x;
  if (tx === typeof y && (tx === 'string' || (tx === 'number' && x === x && y === y)))
    return (x as string) < (y as string) ? -1 : 1;
  return compareAscending(x, y);
}

/**
 * The rows ordered by the keys as `view` shows them, ties kept in stored order (lodash's
 * `orderBy` is stable). Sorting the whole table once and filtering in that order gives the
 * order of sorting the filtered rows: the order of two rows does not depend on the others.
 */
export function sortRows(rows: readonly Row[], keys: readonly SortKey[], view: FieldView): Row[] {
  const n = rows.length;
  // Each key read once per row into a column; the sort moves row numbers only.
  const columns = keys.map((k) => {
    const read = reader(view, k.field);
    const column = new Array<unknown>(n);
    for (let i = 0; i < n; i++) column[i] = read(rows[i]);
    return column;
  });
  const signs = keys.map((k) => (k.desc ? -1 : 1));
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => {
    for (let k = 0; k < columns.length; k++) {
      const c = compareValues(columns[k][a], columns[k][b]);
      if (c !== 0) return c * signs[k];
    }
    return a - b;
  });
  return order.map((i) => rows[i]);
}

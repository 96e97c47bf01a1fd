import type { Labels } from '../schema/labels';
import type { RecordRule } from '../schema/resource';

/**
 * Building blocks of cross-field rules (`ResourceDef.rules`). A rule runs only when every field
 * is valid on its own, so values are of their declared type or null; an absent value never
 * fails a rule (`required` reports it).
 */

function present(value: unknown): boolean {
  return value !== null && value !== undefined && value !== '';
}

/** Milliseconds of a date (`YYYY-MM-DD`, read as UTC midnight) or an instant with offset. */
function instant(value: unknown): number {
  return Date.parse(String(value));
}

/**
 * `field` is not before `start` (dates or instants; both of the same kind) — or strictly after
 * it when `strict`.
 */
export function notBefore(field: string, start: string, message: Labels, strict = false): RecordRule {
  return {
    field,
    message,
    test: (r) => {
      if (!present(r[field]) || !present(r[start])) return true;
      const a = instant(r[field]);
      const b = instant(r[start]);
      return strict ? a > b : a >= b;
    },
  };
}

/** `field` ≤ `limit` (numbers). */
export function atMost(field: string, limit: string, message: Labels): RecordRule {
  return {
    field,
    message,
    test: (r) => !present(r[field]) || !present(r[limit]) || (r[field] as number) <= (r[limit] as number),
  };
}

/** `field` is set whenever `when(record)` holds. */
export function requiredWhen(
  field: string,
  when: (r: Record<string, unknown>) => boolean,
  message: Labels,
): RecordRule {
  return { field, message, test: (r) => !when(r) || present(r[field]) };
}

/** `field` is empty unless `when(record)` holds. */
export function onlyWhen(
  field: string,
  when: (r: Record<string, unknown>) => boolean,
  message: Labels,
): RecordRule {
  return { field, message, test: (r) => when(r) || !present(r[field]) };
}

/** Yuan as integer fen, for exact sums (DOMAIN §0). */
export function fen(yuan: number): number {
  return Math.round(yuan * 100);
}

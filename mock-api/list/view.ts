import { hiddenFields, maskValue, type Role } from '../../src/domain/access';
import type { Row } from '../database';

/**
 * A field of a row as a role receives it (what `maskRow` would give), read without copying the
 * row: filters, search and sorting must see the masked value — a role that sees `138****5678`
 * must not find a record by the hidden digits — while only the page's rows are actually masked.
 */
export interface FieldView {
  read(row: Row, field: string): unknown;
  /** The fields read altered (masked or withheld); empty = every field as stored. */
  hidden: ReadonlySet<string>;
}

const AS_STORED: FieldView = { read: (row, field) => row[field], hidden: new Set() };

export function fieldView(role: Role | undefined, resource: string): FieldView {
  if (!role) return AS_STORED;
  const { masked, withheld } = hiddenFields(role, resource);
  if (masked.length === 0 && withheld.length === 0) return AS_STORED;
  const maskedSet = new Set(masked);
  const withheldSet = new Set(withheld);
  return {
    hidden: new Set([...masked, ...withheld]),
    read(row, field) {
      const value = row[field];
      // As maskRow: masking is applied only to a field the row has (a missing one stays missing).
      if (maskedSet.has(field)) return field in row ? maskValue(value) : value;
      if (withheldSet.has(field)) return field in row ? null : value;
      return value;
    },
  };
}

/** Reads one field of rows through a view; the plain property read when the field is not hidden. */
export function reader(view: FieldView, field: string): (row: Row) => unknown {
  return view.hidden.has(field) ? (row) => view.read(row, field) : (row) => row[field];
}

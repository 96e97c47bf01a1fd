import type { FieldDef, FieldType } from './fields';
import { canonicalInstant } from './time';

/**
 * The zod-free part of the field-type registry: how each type is filtered, sorted, aligned and
 * formatted in Excel, and the stored form of a value. Lists, filters and the export need only
 * this; the validators (zod, ~24 KB gzipped in the browser) are in `fieldTypes.ts`, which forms
 * load. The backend and the reports import `fieldTypes.ts`, which re-exports this module.
 */

/** How a list filters a field of this type; see `filters.ts` for the query each one sends. */
export type FilterKind =
  | 'text' //        case-insensitive substring → `_like` (escaped)
  | 'numberRange' // [min, max] → `_gte` / `_lte`
  | 'dateRange' //   [from, to] dates → `_gte` / `_lte`
  | 'datetimeRange' // [from, to] dates → Shanghai day bounds as instants
  | 'monthRange' //  [from, to] months → `_gte` / `_lte`
  | 'options' //     several enum values → repeated keys
  | 'boolean' //     true / false → equality
  | 'references' // several ids → repeated keys
  | 'contains'; //   one id or value that an array field holds → equality, matched by membership

export interface FieldKind {
  filter: FilterKind | null;
  sortable: boolean;
  /** Excel number format of the cell (exceljs `numFmt`). */
  excelFormat?: string;
  /** Right-aligned in tables (numbers). */
  numeric?: boolean;
}

export const FIELD_KINDS: Record<FieldType, FieldKind> = {
  text: { filter: 'text', sortable: true },
  longText: { filter: 'text', sortable: false },
  phone: { filter: 'text', sortable: true },
  integer: { filter: 'numberRange', sortable: true, excelFormat: '0', numeric: true },
  number: { filter: 'numberRange', sortable: true, excelFormat: '0.00', numeric: true },
  money: { filter: 'numberRange', sortable: true, excelFormat: '#,##0.00', numeric: true },
  percent: { filter: 'numberRange', sortable: true, excelFormat: '0.0%', numeric: true },
  date: { filter: 'dateRange', sortable: true, excelFormat: 'yyyy-mm-dd' },
  datetime: { filter: 'datetimeRange', sortable: true, excelFormat: 'yyyy-mm-dd hh:mm' },
  month: { filter: 'monthRange', sortable: true, excelFormat: 'yyyy-mm' },
  enum: { filter: 'options', sortable: true },
  enumList: { filter: 'contains', sortable: false },
  boolean: { filter: 'boolean', sortable: true },
  reference: { filter: 'references', sortable: true },
  referenceList: { filter: 'contains', sortable: false },
  object: { filter: null, sortable: false },
  objectList: { filter: null, sortable: false },
  scoreMap: { filter: null, sortable: false },
};

/** Whether a value counts as absent for `required`. */
export function isEmptyValue(value: unknown): boolean {
  return (
    value === undefined ||
    value === null ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** The stored form of a valid value: instants become canonical UTC, nested values recurse. */
export function normaliseValue(field: FieldDef, value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  switch (field.type) {
    case 'datetime':
      return canonicalInstant(value as string);
    case 'text':
    case 'phone':
      return (value as string).trim();
    case 'object':
      return normaliseObject(field.fields, value as Record<string, unknown>);
    case 'objectList':
      return (value as Record<string, unknown>[]).map((row) => normaliseObject(field.fields, row));
    default:
      return value;
  }
}

function normaliseObject(fields: FieldDef[], value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const sub of fields) out[sub.name] = normaliseValue(sub, value[sub.name]);
  return out;
}

import { FIELD_TYPES } from '../src/schema/fieldTypes';
import type { FieldDef, FieldType } from '../src/schema/fields';
import { escapeLike, unescapeLike } from '../src/schema/filters';
import type { Lang } from '../src/schema/labels';
import type { ResourceDef } from '../src/schema/resource';
import { canonicalInstant, isDate, isMonth } from '../src/schema/time';
import { ApiError, apiMessage, schemaError } from './errors';

/**
 * The list query check: json-server ignored what it did not understand (a misspelled filter
 * returned everything), built a RegExp from `_like` (`(` was a 500, `(a+)+$` a ReDoS) and
 * compared instants as strings. This module refuses every key it does not know, checks each
 * value against its field's type, and parses the query into a typed `ListQuery` that the list
 * path (mock-api/list/) evaluates with json-server 0.17's semantics for what is left.
 */

/** One filter of a list query; the value compared is the stored one (masked for the role). */
export type ListFilter =
  /** `field=a&field=b`: the value's text is one of these (json-server: `value === String(v)`). */
  | { op: 'eq'; field: string; values: string[] }
  /** `field_ne=a&field_ne=b`: the value is present and its text is none of these. */
  | { op: 'ne'; field: string; values: string[] }
  /**
   * `field_like=…` (any of several), and membership in a list field: the value's text matches
   * one of these patterns (built from checked, escaped values only).
   */
  | { op: 'like'; field: string; patterns: RegExp[] }
  /** `field_gte` / `field_lte`: JS `<=` between this text and the value (numbers compare as numbers). */
  | { op: 'gte' | 'lte'; field: string; value: string };

export interface SortKey {
  field: string;
  desc: boolean;
}

/** Which slice of the ordered matches to answer (json-server's precedence: `_page`, `_end`, `_limit`). */
export type Paging =
  { kind: 'page'; page: number; limit: number } | { kind: 'slice'; start: number; end: number };

export interface ListQuery {
  filters: ListFilter[];
  /** `q`, lower-cased: a substring of any field's text (empty = no search). */
  search: string;
  /** Sort keys, the last one always `id` (null = stored order). */
  sort: SortKey[] | null;
  /** null = every match. */
  paging: Paging | null;
  /** The query without its paging, as a cache key (the same text for the same question). */
  key: string;
}

type Op = 'eq' | 'ne' | 'like' | 'gte' | 'lte';

const SUFFIXES: [suffix: string, op: Op][] = [
  ['_like', 'like'],
  ['_gte', 'gte'],
  ['_lte', 'lte'],
  ['_ne', 'ne'],
];

const ALL: readonly Op[] = ['eq', 'ne', 'like', 'gte', 'lte'];
const ORDERED: readonly Op[] = ['eq', 'ne', 'gte', 'lte'];
const EQUALITY: readonly Op[] = ['eq', 'ne'];

/** Which operators each field type answers (the field-type registry's filter kinds, as query keys). */
const OPERATORS: Record<FieldType, readonly Op[]> = {
  text: ALL,
  longText: ALL,
  phone: ALL,
  integer: ORDERED,
  number: ORDERED,
  money: ORDERED,
  percent: ORDERED,
  date: ORDERED,
  datetime: ORDERED,
  month: ORDERED,
  enum: EQUALITY,
  boolean: EQUALITY,
  reference: EQUALITY,
  // `field=v` on an array means "holds v"
  enumList: ['eq'],
  referenceList: ['eq'],
  object: [],
  objectList: [],
  scoreMap: [],
};

/** The record id, filterable and sortable like an integer field. */
const ID_FIELD: FieldDef = { name: 'id', type: 'integer', label: { zh: '编号', en: 'Id' } };

/** Longest value of any query parameter (a `_like` text, a `q` search). */
export const MAX_VALUE_LENGTH = 200;
/** Most values one repeated key may carry (`status=a&status=b…`). */
const MAX_VALUES = 100;
const PAGING = /^\d{1,9}$/;
const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;
const ID = /^[1-9]\d{0,14}$/;
const CONTROL_KEYS = ['_start', '_end', '_limit', '_page', '_sort', '_order', 'q'];

/** The stored form of one filter value, or null when it is not a value of the field's type. */
function normalise(field: FieldDef, op: Op, raw: string): string | null {
  switch (field.type) {
    case 'text':
    case 'longText':
    case 'phone':
      // A literal, case-insensitive substring: `\x` reads as x, then everything is escaped.
      return op === 'like' ? escapeLike(unescapeLike(raw)) : raw;
    case 'integer':
    case 'number':
    case 'money':
    case 'percent': {
      if (!NUMBER.test(raw)) return null;
      const n = Number(raw);
      return Number.isFinite(n) ? String(n) : null;
    }
    case 'date':
      return isDate(raw) ? raw : null;
    case 'month':
      return isMonth(raw) ? raw : null;
    case 'datetime':
      return canonicalInstant(raw);
    case 'enum':
    case 'enumList':
      return field.options.some((o) => o.value === raw) ? raw : null;
    case 'boolean':
      return raw === 'true' || raw === 'false' ? raw : null;
    case 'reference':
    case 'referenceList':
      return ID.test(raw) ? raw : null;
    default:
      return null;
  }
}

function valuesOf(value: unknown): string[] | null {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  return null;
}

/** Splits `branchId_ne` into its field and operator; null when no field of the resource matches. */
function parseKey(fields: Map<string, FieldDef>, key: string): { field: FieldDef; op: Op } | null {
  const exact = fields.get(key);
  if (exact) return { field: exact, op: 'eq' };
  for (const [suffix, op] of SUFFIXES) {
    if (!key.endsWith(suffix)) continue;
    const field = fields.get(key.slice(0, -suffix.length));
    if (field) return { field, op };
  }
  return null;
}

/** A key as quoted in a message: a hostile one is cut short. */
function shown(key: string): string {
  return key.length > 60 ? `${key.slice(0, 60)}…` : key;
}

function bad(key: string, lang: Lang): ApiError {
  return schemaError(400, 'badQueryValue', lang, { key: shown(key) });
}

function single(key: string, values: string[], lang: Lang): string {
  if (values.length !== 1) throw new ApiError(400, apiMessage('repeatedQueryKey', lang, { key }));
  return values[0];
}

function checkSort(
  lang: Lang,
  fields: Map<string, FieldDef>,
  sort: string,
  order: string | undefined,
): SortKey[] {
  const names = sort.split(',');
  for (const name of names) {
    const field = fields.get(name);
    if (!field || !FIELD_TYPES[field.type].sortable)
      throw new ApiError(400, apiMessage('notSortable', lang, { field: name }));
  }
  const orders = order === undefined ? [] : order.split(',').map((o) => o.toLowerCase());
  if (orders.length > names.length || orders.some((o) => o !== 'asc' && o !== 'desc'))
    throw bad('_order', lang);
  const keys = names.map((field, i) => ({ field, desc: orders[i] === 'desc' }));
  // Ties are broken by id, so that pages of a sorted list never overlap or skip a record.
  if (!names.includes('id')) keys.push({ field: 'id', desc: false });
  return keys;
}

/** json-server's reading of the paging keys, once they are known to be digits. */
function paging(control: Record<string, string>): Paging | null {
  const int = (key: string) => (control[key] === undefined ? undefined : Number(control[key]));
  const [start, end, limit, page] = [int('_start'), int('_end'), int('_limit'), int('_page')];
  if (page !== undefined) return { kind: 'page', page, limit: limit || 10 };
  if (end !== undefined) return { kind: 'slice', start: start ?? 0, end };
  if (limit !== undefined) return { kind: 'slice', start: start ?? 0, end: (start ?? 0) + limit };
  // `_start` alone means "from here on".
  if (start !== undefined) return { kind: 'slice', start, end: Infinity };
  return null;
}

/** The membership pattern of a list field: one whole comma-separated item of its text. */
function membership(values: string[]): RegExp {
  // A list is compared by its text ("5,12"), as json-server did; the values are checked ids or
  // option codes, escaped all the same.
  return new RegExp(`(?:^|,)(?:${values.map(escapeLike).join('|')})(?:,|$)`, 'i');
}

function valuesOfFilter(f: ListFilter): string[] {
  switch (f.op) {
    case 'like':
      return f.patterns.map((p) => p.source);
    case 'gte':
    case 'lte':
      return [f.value];
    default:
      return f.values;
  }
}

function keyOf(filters: ListFilter[], search: string, sort: SortKey[] | null): string {
  const parts = filters.map((f) => JSON.stringify([f.field, f.op, valuesOfFilter(f)])).sort();
  return JSON.stringify([parts, search, sort]);
}

/**
 * Checks a list query against a resource's declaration and parses it. Throws ApiError(400)
 * for an unknown key, an operator the field's type does not have, or a value of the wrong kind.
 */
export function checkListQuery(resource: ResourceDef, raw: Record<string, unknown>, lang: Lang): ListQuery {
  const fields = new Map<string, FieldDef>([['id', ID_FIELD]]);
  for (const f of resource.fields) if (!f.secret) fields.set(f.name, f);

  const filters: ListFilter[] = [];
  const control: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const values = valuesOf(value);
    if (!values || values.length > MAX_VALUES) throw bad(key, lang);
    const long = values.find((v) => v.length > MAX_VALUE_LENGTH);
    if (long !== undefined)
      throw new ApiError(400, apiMessage('queryValueTooLong', lang, { key, max: MAX_VALUE_LENGTH }));

    if (CONTROL_KEYS.includes(key)) {
      control[key] = single(key, values, lang);
      continue;
    }
    const parsed = parseKey(fields, key);
    if (!parsed) throw schemaError(400, 'unknownQueryKey', lang, { key: shown(key) });
    const { field, op } = parsed;
    if (!OPERATORS[field.type].includes(op))
      throw new ApiError(400, apiMessage('notFilterable', lang, { field: field.name, key }));
    if ((op === 'gte' || op === 'lte') && values.length > 1)
      throw new ApiError(400, apiMessage('repeatedQueryKey', lang, { key }));
    const normalised = values.map((v) =>
      field === ID_FIELD ? (ID.test(v) ? v : null) : normalise(field, op, v),
    );
    if (normalised.some((v) => v === null)) throw bad(key, lang);
    const clean = normalised as string[];
    const name = field.name;

    if (field.type === 'enumList' || field.type === 'referenceList')
      filters.push({ op: 'like', field: name, patterns: [membership(clean)] });
    else if (op === 'like') filters.push({ op, field: name, patterns: clean.map((p) => new RegExp(p, 'i')) });
    else if (op === 'gte' || op === 'lte') filters.push({ op, field: name, value: clean[0] });
    else filters.push({ op, field: name, values: clean });
  }

  for (const key of ['_start', '_end', '_limit'] as const) {
    if (control[key] !== undefined && !PAGING.test(control[key])) throw bad(key, lang);
  }
  if (control._page !== undefined && !/^[1-9]\d{0,8}$/.test(control._page)) throw bad('_page', lang);
  if (control._order !== undefined && control._sort === undefined) throw bad('_order', lang);
  const sort = control._sort === undefined ? null : checkSort(lang, fields, control._sort, control._order);
  const search = (control.q ?? '').toLowerCase();
  return { filters, search, sort, paging: paging(control), key: keyOf(filters, search, sort) };
}

import { FIELD_TYPES } from '../src/schema/fieldTypes';
import type { FieldDef, FieldType } from '../src/schema/fields';
import { escapeLike, unescapeLike } from '../src/schema/filters';
import type { Lang } from '../src/schema/labels';
import type { ResourceDef } from '../src/schema/resource';
import { canonicalInstant, isDate, isMonth } from '../src/schema/time';
import { ApiError, apiMessage, schemaError } from './errors';

/**
 * The list query check: json-server ignores what it does not understand (a misspelled filter
 * returns everything), builds a RegExp from `_like` (`(` is a 500, `(a+)+$` a ReDoS) and
 * compares instants as strings. This module refuses every key it does not know, checks each
 * value against its field's type, and rewrites the query into the subset of json-server's
 * language that is correct and safe.
 */

export type Query = Record<string, string | string[]>;

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
/** Far past any table's end: `_start` alone means "from here on". */
const END_OF_TABLE = '999999999';

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

export interface CheckedQuery {
  /** The query to hand json-server's router. */
  query: Query;
  /**
   * The answer is known to be empty without looking further: an equality filter on a field no
   * record holds (json-server would drop such a filter and return everything).
   */
  empty: boolean;
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
): Query {
  const names = sort.split(',');
  for (const name of names) {
    const field = fields.get(name);
    if (!field || !FIELD_TYPES[field.type].sortable)
      throw new ApiError(400, apiMessage('notSortable', lang, { field: name }));
  }
  const orders = order === undefined ? [] : order.split(',').map((o) => o.toLowerCase());
  if (orders.length > names.length || orders.some((o) => o !== 'asc' && o !== 'desc'))
    throw bad('_order', lang);
  const full = names.map((_, i) => orders[i] ?? 'asc');
  // Ties are broken by id, so that pages of a sorted list never overlap or skip a record.
  if (!names.includes('id')) {
    names.push('id');
    full.push('asc');
  }
  return { _sort: names.join(','), _order: full.join(',') };
}

/**
 * Checks a list query against a resource's declaration and rewrites it for json-server.
 * Throws ApiError(400) for an unknown key, an operator the field's type does not have, or a
 * value of the wrong kind.
 */
export function checkListQuery(
  resource: ResourceDef,
  raw: Record<string, unknown>,
  lang: Lang,
  rows: readonly Record<string, unknown>[],
): CheckedQuery {
  const fields = new Map<string, FieldDef>([['id', ID_FIELD]]);
  for (const f of resource.fields) if (!f.secret) fields.set(f.name, f);

  const out: Query = {};
  let empty = false;
  const control: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const values = valuesOf(value);
    if (!values || values.length > MAX_VALUES) throw bad(key, lang);
    const long = values.find((v) => v.length > MAX_VALUE_LENGTH);
    if (long !== undefined)
      throw new ApiError(400, apiMessage('queryValueTooLong', lang, { key, max: MAX_VALUE_LENGTH }));

    if (['_start', '_end', '_limit', '_page', '_sort', '_order', 'q'].includes(key)) {
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

    if (field.type === 'enumList' || field.type === 'referenceList') {
      // json-server compares an array by its text ("5,12"): membership is a match of one whole
      // comma-separated item. The values are checked ids or option codes, escaped all the same.
      out[`${field.name}_like`] = `(?:^|,)(?:${clean.map(escapeLike).join('|')})(?:,|$)`;
    } else {
      out[key] = clean.length === 1 ? clean[0] : clean;
      if (op === 'eq' && rows.length > 0 && !rows.some((r) => Object.hasOwn(r, field.name))) empty = true;
    }
  }

  for (const key of ['_start', '_end', '_limit'] as const) {
    if (control[key] !== undefined && !PAGING.test(control[key])) throw bad(key, lang);
  }
  if (control._page !== undefined && !/^[1-9]\d{0,8}$/.test(control._page)) throw bad('_page', lang);
  if (control._order !== undefined && control._sort === undefined) throw bad('_order', lang);
  if (control._sort !== undefined) Object.assign(out, checkSort(lang, fields, control._sort, control._order));
  for (const key of ['_start', '_end', '_limit', '_page', 'q'] as const)
    if (control[key] !== undefined) out[key] = control[key];
  if (
    out._start !== undefined &&
    out._end === undefined &&
    out._limit === undefined &&
    out._page === undefined
  )
    out._end = END_OF_TABLE;
  return { query: out, empty };
}

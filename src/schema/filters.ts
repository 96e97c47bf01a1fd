import type { CrudFilter, LogicalFilter } from '@refinedev/core';
import { FIELD_KINDS } from './fieldKinds';
import type { FieldDef } from './fields';
import { shanghaiDayEnd, shanghaiDayStart } from './time';

/**
 * What a list filter control holds, per filter kind, and the refine filters it becomes.
 * simple-rest maps only `contains` (→ `_like`), `gte`, `lte`, `ne` and equality; an array
 * value with equality becomes repeated keys (`status=a&status=b`), which json-server reads as
 * "any of". Everything here stays inside that subset so any simple-rest backend understands it.
 */
export type FilterValue =
  | string //                              text, contains
  | number //                              contains (an id)
  | boolean //                             boolean
  | (string | number)[] //                 options, references
  | [number | null, number | null] //      numberRange
  | [string | null, string | null]; //     dateRange, datetimeRange, monthRange

/** Escapes regular-expression syntax, so `_like` matches the text literally on any json-server. */
export function escapeLike(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Reverses `escapeLike` (the mock API reads `\x` as a literal x and escapes the rest). */
export function unescapeLike(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

function range(field: string, lo: unknown, hi: unknown): LogicalFilter[] {
  const out: LogicalFilter[] = [];
  if (lo !== null && lo !== undefined && lo !== '') out.push({ field, operator: 'gte', value: lo });
  if (hi !== null && hi !== undefined && hi !== '') out.push({ field, operator: 'lte', value: hi });
  return out;
}

/** The refine filters for one field's control value; an empty control gives none. */
export function toCrudFilters(field: FieldDef, value: FilterValue | null | undefined): LogicalFilter[] {
  const kind = FIELD_KINDS[field.type].filter;
  if (value === null || value === undefined || value === '' || kind === null) return [];
  const name = field.name;
  switch (kind) {
    case 'text':
      return typeof value === 'string' && value.trim() !== ''
        ? [{ field: name, operator: 'contains', value: escapeLike(value.trim()) }]
        : [];
    case 'numberRange':
    case 'dateRange':
    case 'monthRange': {
      const [lo, hi] = value as [unknown, unknown];
      return range(name, lo, hi);
    }
    case 'datetimeRange': {
      // Dates picked by a person are Shanghai calendar days, whatever the browser's zone.
      const [from, to] = value as [string | null, string | null];
      return range(name, from ? shanghaiDayStart(from) : null, to ? shanghaiDayEnd(to) : null);
    }
    case 'options':
    case 'references':
      return Array.isArray(value) && value.length > 0 ? [{ field: name, operator: 'in', value }] : [];
    case 'boolean':
      return [{ field: name, operator: 'eq', value: String(value) }];
    case 'contains':
      return [{ field: name, operator: 'eq', value }];
  }
}

function isLogical(f: CrudFilter): f is LogicalFilter {
  return 'field' in f;
}

/** The control value a list's current refine filters hold for one field (URL → controls). */
export function fromCrudFilters(field: FieldDef, filters: CrudFilter[]): FilterValue | undefined {
  const mine = filters.filter(isLogical).filter((f) => f.field === field.name && f.value !== undefined);
  if (mine.length === 0) return undefined;
  const get = (op: string) => mine.find((f) => f.operator === op)?.value;
  const kind = FIELD_KINDS[field.type].filter;
  switch (kind) {
    case 'text': {
      const v = get('contains');
      return typeof v === 'string' ? unescapeLike(v) : undefined;
    }
    case 'numberRange': {
      const num = (v: unknown) => (v === undefined || v === null || v === '' ? null : Number(v));
      return [num(get('gte')), num(get('lte'))];
    }
    case 'dateRange':
    case 'monthRange':
      return [(get('gte') as string) ?? null, (get('lte') as string) ?? null];
    case 'datetimeRange': {
      const lo = get('gte') as string | undefined;
      const hi = get('lte') as string | undefined;
      // Bounds are Shanghai day bounds: shifting by +8 h reads back the calendar day.
      const day = (v: string | undefined) =>
        v ? new Date(Date.parse(v) + 8 * 3600_000).toISOString().slice(0, 10) : null;
      return [day(lo), day(hi)];
    }
    case 'options':
    case 'references': {
      const v = get('in') ?? get('eq');
      return v === undefined ? undefined : ([] as (string | number)[]).concat(v as never);
    }
    case 'boolean': {
      const v = get('eq');
      return v === undefined ? undefined : String(v) === 'true';
    }
    case 'contains':
      return get('eq') as string | number | undefined;
    default:
      return undefined;
  }
}

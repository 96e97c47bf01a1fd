import type { Row } from '../database';
import type { ListFilter } from '../query';
import { reader, type FieldView } from './view';

/**
 * The list filters and `q` search as one test of a row, with json-server 0.17's semantics (its
 * router/plural.js): a missing or null value matches no filter, `_ne` included; equality
 * compares the value's text; ranges use JS `<=` (numbers as numbers, texts by code unit); a
 * search finds a case-insensitive substring of any field's text, nested values included,
 * falsy values (0, false, '') never.
 */
export type RowTest = (row: Row) => boolean;

/** JS relational `<=` between a query text and a stored value, whatever its type. */
function atMost(a: unknown, b: unknown): boolean {
  return (a as number) <= (b as number);
}

function filterTest(filter: ListFilter, view: FieldView): RowTest {
  const read = reader(view, filter.field);
  const present = (v: unknown): v is NonNullable<unknown> => v !== undefined && v !== null;
  switch (filter.op) {
    case 'eq': {
      const [only] = filter.values;
      if (filter.values.length === 1)
        return (row) => {
          const v = read(row);
          return present(v) && String(v) === only;
        };
      const set = new Set(filter.values);
      return (row) => {
        const v = read(row);
        return present(v) && set.has(String(v));
      };
    }
    case 'ne': {
      const set = new Set(filter.values);
      return (row) => {
        const v = read(row);
        return present(v) && !set.has(String(v));
      };
    }
    case 'like':
      return (row) => {
        const v = read(row);
        if (!present(v)) return false;
        const text = String(v);
        return filter.patterns.some((p) => p.test(text));
      };
    case 'gte':
      return (row) => {
        const v = read(row);
        return present(v) && atMost(filter.value, v);
      };
    case 'lte':
      return (row) => {
        const v = read(row);
        return present(v) && atMost(v, filter.value);
      };
  }
}

/** json-server's `deepQuery`: does this value, or any value nested in it, hold `q`? */
function holds(value: unknown, q: string): boolean {
  if (!value) return false;
  if (Array.isArray(value)) return value.some((v) => holds(v, q));
  if (typeof value === 'object') {
    for (const key in value) if (holds((value as Record<string, unknown>)[key], q)) return true;
    return false;
  }
  return String(value).toLowerCase().includes(q);
}

/**
 * A search over every field of the row as the role sees it, except `secret` ones (json-server
 * searched those too: a password hash could be probed a character at a time).
 */
function searchTest(q: string, view: FieldView, secret: ReadonlySet<string>): RowTest {
  return (row) => {
    for (const key in row) {
      if (secret.has(key)) continue;
      if (holds(view.hidden.has(key) ? view.read(row, key) : row[key], q)) return true;
    }
    return false;
  };
}

/** One test for every filter and the search (null = every row passes). */
export function rowTest(
  filters: readonly ListFilter[],
  search: string,
  view: FieldView,
  secret: ReadonlySet<string>,
): RowTest | null {
  const tests = filters.map((f) => filterTest(f, view));
  if (search !== '') tests.push(searchTest(search, view, secret));
  if (tests.length === 0) return null;
  if (tests.length === 1) return tests[0];
  return (row) => {
    for (const test of tests) if (!test(row)) return false;
    return true;
  };
}

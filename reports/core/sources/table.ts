import type { QueryParams, RecordSource, ReportRecord } from '../types';

/** Reads a field of a row as the reader may see it (the stored value, or a masked one). */
export type FieldRead = (row: ReportRecord, field: string) => unknown;

/**
 * Gives the rows of a table that pass a test, built by `makeTest` with the reader through which
 * filters must see the rows (a role that sees a masked phone filters on the masked value), as a
 * new array (the source reorders it in place rather than copying 300,000 rows).
 */
export type RowsWhere = (
  resource: string,
  makeTest: (read: FieldRead) => (row: ReportRecord) => boolean,
) => ReportRecord[];

/** Rows in id order: sorted only when they are not already (stored tables nearly always are). */
function byId(rows: ReportRecord[]): ReportRecord[] {
  for (let i = 1; i < rows.length; i++)
    if (Number(rows[i - 1].id) > Number(rows[i].id)) return rows.sort((a, b) => Number(a.id) - Number(b.id));
  return rows;
}

/**
 * A RecordSource over tables already in memory: the mock API's store (through `visibleRows`),
 * a database file read by the CLI's `--db`, a test's fixture. It answers the subset of the
 * simple-rest query language reports use, with the API's meaning: `field` (a list = any of;
 * on an array field = "holds"), `field_ne`, `field_gte`, `field_lte` (numbers as numbers,
 * dates and canonical instants as text), `field_like` (case-insensitive substring).
 */
export function tableRecordSource(rowsOf: (resource: string) => readonly ReportRecord[]): RecordSource {
  return filteredRecordSource((resource, makeTest) => rowsOf(resource).filter(makeTest(plainRead)));
}

/** The same language over a table that filters its rows itself (before masking copies them). */
export function filteredRecordSource(rowsWhere: RowsWhere): RecordSource {
  return {
    async list(resource: string, query: QueryParams = {}): Promise<ReportRecord[]> {
      return byId(rowsWhere(resource, (read) => compile(query, read)));
    },
  };
}

const plainRead: FieldRead = (row, field) => row[field];

type Test = (row: ReportRecord) => boolean;

const CONTROL = new Set(['_start', '_end', '_limit', '_page', '_sort', '_order']);

/** A bound of `_gte`/`_lte`, converted once: as a number (when it is one) and as text. */
interface Bound {
  number: number | null;
  text: string;
}

function boundOf(b: string | number | boolean): Bound {
  return { number: typeof b !== 'boolean' && Number.isFinite(Number(b)) ? Number(b) : null, text: String(b) };
}

/** Numbers against a numeric bound as numbers, anything else as text. */
function compare(a: unknown, b: Bound): number {
  if (typeof a === 'number' && b.number !== null) return a - b.number;
  const x = typeof a === 'string' ? a : String(a);
  return x < b.text ? -1 : x > b.text ? 1 : 0;
}

/** The value equals one of `texts` as text (an array: one of its items does). */
function holds(a: unknown, texts: readonly string[]): boolean {
  if (Array.isArray(a)) return a.some((item) => holds(item, texts));
  if (a === null || a === undefined) return false;
  const x = typeof a === 'string' ? a : String(a);
  return texts.length === 1 ? x === texts[0] : texts.includes(x);
}

/**
 * The query as one test, compiled once: bounds converted and values turned to text before the
 * pass, so a row costs a few property reads and comparisons (a year's filter runs over every
 * row of a 300,000-row table).
 */
function compile(query: QueryParams, read: FieldRead): Test {
  const tests: Test[] = [];
  const ranged = rangeTests(query, read, tests);
  for (const [key, raw] of Object.entries(query)) {
    if (CONTROL.has(key) || ranged.has(key)) continue;
    const values = (Array.isArray(raw) ? raw : [raw]) as (string | number | boolean)[];
    const [, field, op] = /^(.*?)(?:_(ne|gte|lte|like))?$/.exec(key) as RegExpExecArray;
    switch (op) {
      case 'ne': {
        const texts = values.map(String);
        tests.push((row) => !holds(read(row, field), texts));
        break;
      }
      case 'gte':
      case 'lte': {
        const sign = op === 'gte' ? 1 : -1;
        const bound = boundOf(values[0]);
        tests.push((row) => {
          const value = read(row, field);
          return value !== null && value !== undefined && sign * compare(value, bound) >= 0;
        });
        break;
      }
      case 'like': {
        const needles = values.map((v) => String(v).toLowerCase());
        tests.push((row) => {
          const text = String(read(row, field) ?? '').toLowerCase();
          return needles.some((n) => text.includes(n));
        });
        break;
      }
      default: {
        const texts = values.map(String);
        tests.push((row) => holds(read(row, field), texts));
      }
    }
  }
  return allOf(tests);
}

/**
 * `field_gte` and `field_lte` of one field (a report's period) as one test: the field read once
 * and, for a text value (an instant, a day), compared with both bounds in place — the two
 * separate tests' answer (`compare` compares a text value as text), in one call per row instead
 * of five over a year's 300,000 rows. Other values go through `compare` as before. Adds the
 * tests to `tests`; gives the keys it covered.
 */
function rangeTests(query: QueryParams, read: FieldRead, tests: Test[]): Set<string> {
  const covered = new Set<string>();
  for (const key of Object.keys(query)) {
    if (!key.endsWith('_gte')) continue;
    const field = key.slice(0, -4);
    const upper = `${field}_lte`;
    const low = query[key];
    const high = query[upper];
    if (high === undefined || Array.isArray(low) || Array.isArray(high)) continue;
    const lo = boundOf(low as string | number | boolean);
    const hi = boundOf(high as string | number | boolean);
    tests.push((row) => {
      const value = read(row, field);
      if (value === null || value === undefined) return false;
      if (typeof value === 'string') return value >= lo.text && value <= hi.text;
      return compare(value, lo) >= 0 && compare(value, hi) <= 0;
    });
    covered.add(key).add(upper);
  }
  return covered;
}

/** Every test passes (the common shapes without a loop per row). */
function allOf(tests: readonly Test[]): Test {
  if (tests.length === 0) return () => true;
  if (tests.length === 1) return tests[0];
  const [a, b] = tests;
  if (tests.length === 2) return (row) => a(row) && b(row);
  return (row) => {
    for (let i = 0; i < tests.length; i++) if (!tests[i](row)) return false;
    return true;
  };
}

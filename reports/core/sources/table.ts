import type { QueryParams, RecordSource, ReportRecord } from '../types';

/** Reads a field of a row as the reader may see it (the stored value, or a masked one). */
export type FieldRead = (row: ReportRecord, field: string) => unknown;

/**
 * Gives the rows of a table that pass a test, built by `makeTest` with the reader through which
 * filters must see the rows (a role that sees a masked phone filters on the masked value).
 */
export type RowsWhere = (
  resource: string,
  makeTest: (read: FieldRead) => (row: ReportRecord) => boolean,
) => readonly ReportRecord[];

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
      return byId([...rowsWhere(resource, (read) => compile(query, read))]);
    },
  };
}

const plainRead: FieldRead = (row, field) => row[field];

type Test = (row: ReportRecord) => boolean;

const CONTROL = new Set(['_start', '_end', '_limit', '_page', '_sort', '_order']);

function compare(a: unknown, b: string | number | boolean): number {
  if (typeof a === 'number' && typeof b !== 'boolean' && Number.isFinite(Number(b))) return a - Number(b);
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function same(a: unknown, b: string | number | boolean): boolean {
  if (Array.isArray(a)) return a.some((item) => same(item, b));
  if (a === null || a === undefined) return false;
  return String(a) === String(b);
}

function compile(query: QueryParams, read: FieldRead): Test {
  const tests: Test[] = [];
  for (const [key, raw] of Object.entries(query)) {
    if (CONTROL.has(key)) continue;
    const values = (Array.isArray(raw) ? raw : [raw]) as (string | number | boolean)[];
    const [, field, op] = /^(.*?)(?:_(ne|gte|lte|like))?$/.exec(key) as RegExpExecArray;
    switch (op) {
      case 'ne':
        tests.push((row) => values.every((v) => !same(read(row, field), v)));
        break;
      case 'gte':
      case 'lte': {
        const sign = op === 'gte' ? 1 : -1;
        tests.push((row) => {
          const value = read(row, field);
          return value !== null && value !== undefined && sign * compare(value, values[0]) >= 0;
        });
        break;
      }
      case 'like': {
        const needles = values.map((v) => String(v).toLowerCase());
        tests.push((row) =>
          needles.some((n) =>
            String(read(row, field) ?? '')
              .toLowerCase()
              .includes(n),
          ),
        );
        break;
      }
      default:
        tests.push((row) => values.some((v) => same(read(row, field), v)));
    }
  }
  return (row) => tests.every((t) => t(row));
}

import type { QueryParams, RecordSource, ReportRecord } from '../types';

/**
 * A RecordSource over tables already in memory: the mock API's store (through `visibleRows`),
 * a database file read by the CLI's `--db`, a test's fixture. It answers the subset of the
 * simple-rest query language reports use, with the API's meaning: `field` (a list = any of;
 * on an array field = "holds"), `field_ne`, `field_gte`, `field_lte` (numbers as numbers,
 * dates and canonical instants as text), `field_like` (case-insensitive substring).
 */
export function tableRecordSource(rowsOf: (resource: string) => readonly ReportRecord[]): RecordSource {
  return {
    async list(resource: string, query: QueryParams = {}): Promise<ReportRecord[]> {
      const test = compile(query);
      return rowsOf(resource)
        .filter(test)
        .sort((a, b) => Number(a.id) - Number(b.id));
    },
  };
}

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

function compile(query: QueryParams): Test {
  const tests: Test[] = [];
  for (const [key, raw] of Object.entries(query)) {
    if (CONTROL.has(key)) continue;
    const values = (Array.isArray(raw) ? raw : [raw]) as (string | number | boolean)[];
    const [, field, op] = /^(.*?)(?:_(ne|gte|lte|like))?$/.exec(key) as RegExpExecArray;
    switch (op) {
      case 'ne':
        tests.push((row) => values.every((v) => !same(row[field], v)));
        break;
      case 'gte':
        tests.push(
          (row) => row[field] !== null && row[field] !== undefined && compare(row[field], values[0]) >= 0,
        );
        break;
      case 'lte':
        tests.push(
          (row) => row[field] !== null && row[field] !== undefined && compare(row[field], values[0]) <= 0,
        );
        break;
      case 'like': {
        const needles = values.map((v) => String(v).toLowerCase());
        tests.push((row) =>
          needles.some((n) =>
            String(row[field] ?? '')
              .toLowerCase()
              .includes(n),
          ),
        );
        break;
      }
      default:
        tests.push((row) => values.some((v) => same(row[field], v)));
    }
  }
  return (row) => tests.every((t) => t(row));
}

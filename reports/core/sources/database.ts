import { existsSync } from 'node:fs';
import { openDatabase } from '../../../mock-api/database';
import { Store } from '../../../mock-api/store';
import { visibleRowsWhere } from '../../../mock-api/visibility';
import type { Row } from '../../../mock-api/database';
import type { RecordSource } from '../types';
import { filteredRecordSource, type FieldRead } from './table';

/**
 * The mock API's store as a RecordSource: rows are read through `visibleRows`, the one read
 * path of the backend, so branch scope and masking apply whenever a signed-in user is in the
 * request context (the API route) — and a report reads exactly what the lists would show.
 */
export function storeRecordSource(store: Store): RecordSource {
  return filteredRecordSource((resource, makeTest) =>
    // The store's rows are the records the reports read: every one has its numeric id.
    visibleRowsWhere(store, resource, (read) => makeTest(read as FieldRead) as (row: Row) => boolean),
  );
}

/**
 * `--db FILE`: a database file read directly, without a server (tests, benchmarks, a copy of
 * production data). Whoever can read the file can read every record, so no sign-in applies.
 * The file is never written.
 */
export function databaseFileSource(file: string): RecordSource {
  if (!existsSync(file)) throw new Error(`--db: ${file} does not exist`);
  const db = openDatabase(file, () => {
    throw new Error(`--db: ${file} does not exist`);
  });
  return storeRecordSource(new Store(db));
}

import low, { type LowdbSync } from 'lowdb';
import { RESOURCES } from '../src/resources/index';
import { AtomicFileSync, type AtomicFileOptions, type DbState } from './adapter';
import { META_KEY } from './storage/meta';

/** A lowdb instance over the mock API's database. */
export type LowdbInstance = LowdbSync<DbState>;

/** A stored record: always has a numeric `id`. */
export type Row = Record<string, unknown> & { id: number };

/** Bookkeeping the API keeps beside the tables; never served as a route. */
export interface Meta {
  /** Per resource, the id the next created record gets (ids are never reused). */
  nextId: Record<string, number>;
}

export { META_KEY };

/** The journalled file behind each database opened here (a database built in memory has none). */
const storages = new WeakMap<LowdbInstance, AtomicFileSync>();

/** The file storage of a database opened with `openDatabase`; undefined for one built otherwise. */
export function databaseStorage(db: LowdbInstance): AtomicFileSync | undefined {
  return storages.get(db);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Opens (or creates from `defaultValue`) a database file: the snapshot with its journal replayed
 * (see docs/storage.md). Each transaction is then appended to the journal, durably, before it
 * counts. `defaultValue` is called only when the file is missing. Opening writes nothing (the
 * report CLI reads a live API's file this way); the API compacts at start with `compactDatabase`.
 */
export function openDatabase(
  file: string,
  defaultValue: () => DbState,
  options: Omit<AtomicFileOptions, 'defaultValue'> = {},
): LowdbInstance {
  const adapter = new AtomicFileSync(file, { ...options, defaultValue });
  const db = low(adapter);
  prepareState(db.getState());
  adapter.rebaseMeta(db.getState());
  storages.set(db, adapter);
  return db;
}

/**
 * Folds the journal into a new snapshot (the whole file, written atomically) and empties the
 * journal. With `onlyIfJournalled`, only when the journal holds entries (start-up, shutdown).
 * Returns whether it compacted.
 */
export function compactDatabase(db: LowdbInstance, onlyIfJournalled = false): boolean {
  const storage = storages.get(db);
  if (!storage) return false;
  if (onlyIfJournalled && storage.journalBytes === 0) return false;
  storage.write(db.getState());
  return true;
}

/**
 * Makes a state servable: every declared resource has a table (an empty one when missing, so
 * json-server creates its route) and `_meta.nextId` exists. A value that is not a table is an
 * error rather than silently replaced. Changes stay in memory until the
 * next write.
 */
export function prepareState(state: DbState): void {
  for (const resource of RESOURCES) {
    const value = state[resource.name];
    if (Array.isArray(value)) continue;
    if (value === undefined || value === null) state[resource.name] = [];
    // A settings record kept as one object becomes the list of one record json-server serves.
    else if (resource.singleton && isPlainObject(value)) state[resource.name] = [{ ...value, id: 1 }];
    else throw new Error(`The database's "${resource.name}" is not a list of records`);
  }
  const meta = state[META_KEY];
  if (!isPlainObject(meta)) state[META_KEY] = { nextId: {} } satisfies Meta;
  else if (!isPlainObject(meta.nextId)) meta.nextId = {};
}

export function metaOf(state: DbState): Meta {
  return state[META_KEY] as Meta;
}

/** The rows of a resource's table (the live array). */
export function tableOf(state: DbState, name: string): Row[] {
  const rows = state[name];
  return Array.isArray(rows) ? (rows as Row[]) : [];
}

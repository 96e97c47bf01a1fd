import low, { type LowdbSync } from 'lowdb';
import { RESOURCES } from '../src/resources/index';
import { AtomicFileSync, type DbState } from './adapter';

/** A lowdb instance over the mock API's database. */
export type LowdbInstance = LowdbSync<DbState>;

/** A stored record: always has a numeric `id`. */
export type Row = Record<string, unknown> & { id: number };

/** Bookkeeping the API keeps beside the tables; never served as a route. */
export interface Meta {
  /** Per resource, the id the next created record gets (ids are never reused). */
  nextId: Record<string, number>;
}

export const META_KEY = '_meta';

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Opens (or creates from `defaultValue`) a database file, written atomically on every change.
 * `defaultValue` is called only when the file is missing.
 */
export function openDatabase(file: string, defaultValue: () => DbState): LowdbInstance {
  const db = low(new AtomicFileSync(file, { defaultValue }));
  prepareState(db.getState());
  return db;
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

import type { ResourceDef } from '../src/schema/resource';
import type { Row } from './database';
import { versionOf } from './store';

/**
 * A record as the API answers it: without `secret` fields (password hashes never leave the
 * server), and always with its `version` (optimistic concurrency: an update sends it back and
 * is refused when someone else changed the record since). Masking for the signed-in user's role
 * happens before, in `visibility.ts`.
 */
export function publicView<T extends Record<string, unknown>>(resource: ResourceDef, row: T): T {
  const out: Record<string, unknown> = { ...row, version: versionOf(row) };
  for (const f of resource.fields) if (f.secret) delete out[f.name];
  return out as T;
}

/**
 * The row to store: the id first, then every declared field (null when absent, so that every
 * row of a table has the same keys), then anything else the record carries.
 */
export function toRow(resource: ResourceDef, id: number, record: Record<string, unknown>): Row {
  const row: Row = { id };
  for (const f of resource.fields) row[f.name] = record[f.name] ?? null;
  for (const [key, value] of Object.entries(record)) if (key !== 'id' && !(key in row)) row[key] = value;
  return row;
}

import { maskRow } from '../src/domain/access';
import { getResource } from '../src/resources/index';
import { currentIdentity, type Identity } from './auth/context';
import type { Row } from './database';
import { scopeTest } from './access/scope';
import type { Store } from './store';

/**
 * The one way any read path sees records: lists and single records (reads.ts), report and
 * dashboard figures (feature routes): only the records the signed-in user may see (branch
 * scope, a therapist's own records) and, for roles without the right, customer contact fields
 * masked and salaries withheld. Without an identity (contract mode, internal use) every record
 * is returned as stored.
 *
 * Rows are the store's live objects unless masked (then copies): never change them.
 */
export function visibleRows(
  store: Store,
  resourceName: string,
  identity: Identity | undefined = currentIdentity(),
): readonly Row[] {
  const rows = store.rows(resourceName);
  const resource = getResource(resourceName);
  if (!identity || !resource) return rows;
  const test = scopeTest((name) => store.rows(name), resource, identity);
  const scoped = test === true ? rows : rows.filter(test);
  return scoped.map((row) => maskRow(identity.role, resourceName, row));
}

/** One record as the user may see it, or undefined when it does not exist or is out of scope. */
export function visibleRecord(
  store: Store,
  resourceName: string,
  id: number,
  identity: Identity | undefined = currentIdentity(),
): Row | undefined {
  const row = store.find(resourceName, id);
  if (!row || !identity) return row;
  const resource = getResource(resourceName);
  if (!resource) return row;
  const test = scopeTest((name) => store.rows(name), resource, identity);
  if (test !== true && !test(row)) return undefined;
  return maskRow(identity.role, resourceName, row);
}

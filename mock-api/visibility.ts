import { hiddenFields, maskValue, type Role } from '../src/domain/access';
import { getResource } from '../src/resources/index';
import { currentIdentity, type Identity } from './auth/context';
import type { Row } from './database';
import { scopeTest } from './access/scope';
import { fieldView } from './list/view';
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
  const mask = rowMasker(identity.role, resourceName);
  return mask ? scoped.map(mask) : scoped;
}

/** Reads a field of a row as the user receives it (masked, withheld or as stored). */
export type VisibleRead = (row: Row, field: string) => unknown;

/**
 * `visibleRows` narrowed by a test, cheaply: the test sees each row through the user's view
 * (a masked phone as masked, so the hidden digits cannot be searched), and only the rows that
 * pass are copied to be masked — a report over a month of a 300,000-row table copies that
 * month's rows, not the table.
 */
export function visibleRowsWhere(
  store: Store,
  resourceName: string,
  makeTest: (read: VisibleRead) => (row: Row) => boolean,
  identity: Identity | undefined = currentIdentity(),
): Row[] {
  const rows = store.rows(resourceName);
  const resource = getResource(resourceName);
  if (!identity || !resource) return rows.filter(makeTest((row, field) => row[field]));
  const scope = scopeTest((name) => store.rows(name), resource, identity);
  const view = fieldView(identity.role, resourceName);
  const test = makeTest(view.read);
  const mask = rowMasker(identity.role, resourceName);
  // Nothing to copy (most roles, most tables): the engine's own filter loop, fast from the
  // first request on (a loop of ours runs interpreted until it is compiled, a year is 300,000 rows).
  if (!mask) return scope === true ? rows.filter(test) : rows.filter((row) => scope(row) && test(row));
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (scope !== true && !scope(row)) continue;
    if (!test(row)) continue;
    out.push(mask(row));
  }
  return out;
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
  return rowMasker(identity.role, resourceName)?.(row) ?? row;
}

/**
 * `maskRow` of src/domain/access.ts for the rows of one table read by one role, undefined when
 * the role sees every field. The hidden fields are looked up once rather than per row, and a
 * phone of digits only — nearly every stored one — is masked without the regular expressions
 * (`maskValue` gives `138****5678` for it too); a year of complaints is 100,000 rows.
 */
export function rowMasker(role: Role, resourceName: string): ((row: Row) => Row) | undefined {
  const { masked, withheld } = hiddenFields(role, resourceName);
  if (masked.length === 0 && withheld.length === 0) return undefined;
  return (row) => {
    const out: Row = { ...row };
    for (const f of masked) if (f in out) out[f] = maskedValue(out[f]);
    for (const f of withheld) if (f in out) out[f] = null;
    return out;
  };
}

function maskedValue(value: unknown): unknown {
  if (typeof value !== 'string' || value.length < 7) return maskValue(value);
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return maskValue(value);
  }
  return `${value.slice(0, 3)}****${value.slice(-4)}`;
}

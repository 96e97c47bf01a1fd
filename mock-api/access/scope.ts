import { getResource } from '../../src/resources/index';
import type { ResourceDef } from '../../src/schema/resource';
import type { Identity } from '../auth/context';
import type { Row } from '../database';

/**
 * Which records a user may see and write, beyond their role (DOMAIN §9):
 * - **branch scope**: a user with `branchIds` sees only records of those branches. A record's
 *   branch is its `branchId`, or that of the record it belongs to (a sanction's employee, an
 *   award's team, an assessment's session), found from the declarations, so a resource added
 *   later is covered without an edit here. Records tied to no branch (service items, rules,
 *   templates) are shared.
 * - **own records**: a therapist sees their own appointments (staffId = their employee), the
 *   customers in them and their own care records.
 */

type BranchPath =
  | { kind: 'self' }
  | { kind: 'field'; field: string }
  | { kind: 'via'; field: string; resource: string }
  | { kind: 'shared' };

/** Reference fields tried, in order, to find the branch of a record without `branchId`. */
const VIA_PREFERENCE = ['employeeId', 'teamId', 'sessionId', 'customerId'];

function hasBranchField(resource: ResourceDef | undefined): boolean {
  return !!resource?.fields.some((f) => f.name === 'branchId' && f.type === 'reference');
}

const paths = new Map<string, BranchPath>();

/** How the branch of a record of `resource` is found (memoised: declarations never change). */
export function branchPath(resource: ResourceDef): BranchPath {
  const known = paths.get(resource.name);
  if (known) return known;
  let path: BranchPath = { kind: 'shared' };
  if (resource.name === 'branches') path = { kind: 'self' };
  else if (hasBranchField(resource)) path = { kind: 'field', field: 'branchId' };
  else {
    const refs = resource.fields.filter(
      (f) => f.type === 'reference' && hasBranchField(getResource(f.resource)),
    );
    refs.sort((a, b) => rank(a.name) - rank(b.name));
    const via = refs[0];
    if (via && via.type === 'reference') path = { kind: 'via', field: via.name, resource: via.resource };
  }
  paths.set(resource.name, path);
  return path;
}

function rank(name: string): number {
  const at = VIA_PREFERENCE.indexOf(name);
  return at === -1 ? VIA_PREFERENCE.length : at;
}

/** Reads rows of a table (the store's live rows). */
export type TableReader = (name: string) => readonly Row[];

/** `true` = every record; otherwise a test of one record. */
export type RowTest = true | ((row: Record<string, unknown>) => boolean);

function branchTest(read: TableReader, resource: ResourceDef, branchIds: number[]): RowTest {
  if (branchIds.length === 0) return true;
  const allowed = new Set(branchIds);
  const path = branchPath(resource);
  switch (path.kind) {
    case 'shared':
      return true;
    case 'self':
      return (row) => allowed.has(row.id as number);
    case 'field':
      return (row) => allowed.has(row[path.field] as number);
    case 'via': {
      // The ids of the owning records in scope, computed once per question.
      const owners = new Set<number>();
      for (const r of read(path.resource)) if (allowed.has(r.branchId as number)) owners.add(r.id);
      return (row) => owners.has(row[path.field] as number);
    }
  }
}

function ownTest(read: TableReader, resource: string, identity: Identity): RowTest {
  if (identity.role !== 'therapist') return true;
  const me = identity.employeeId;
  switch (resource) {
    case 'appointments':
    case 'care-records':
      return (row) => me !== null && row.staffId === me;
    case 'customers': {
      const mine = new Set<number>();
      for (const a of read('appointments'))
        if (me !== null && a.staffId === me) mine.add(a.customerId as number);
      return (row) => mine.has(row.id as number);
    }
    default:
      return true;
  }
}

/** The records of `resource` that `identity` may see (and write, role permitting). */
export function scopeTest(read: TableReader, resource: ResourceDef, identity: Identity | undefined): RowTest {
  if (!identity) return true;
  const branch = branchTest(read, resource, identity.branchIds);
  const own = ownTest(read, resource.name, identity);
  if (branch === true) return own;
  if (own === true) return branch;
  return (row) => branch(row) && own(row);
}

/** Is one record within `identity`'s scope? */
export function inScope(
  read: TableReader,
  resource: ResourceDef,
  identity: Identity | undefined,
  row: Record<string, unknown>,
): boolean {
  const test = scopeTest(read, resource, identity);
  return test === true || test(row);
}

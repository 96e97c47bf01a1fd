import { describe, expect, it } from 'vitest';
import type { Row } from '../../mock-api/database';
import { visibleRows, visibleRowsWhere } from '../../mock-api/visibility';
import { demoState } from './demoDb';
import { caller, memoryStore } from './memoryStore';

/**
 * `visibleRowsWhere` gives the rows of `visibleRows` that pass the test: the live rows when the
 * role masks nothing in the table (no copy), masked copies when it does — never the store's rows
 * changed, never a hidden digit findable by the test.
 */

const store = memoryStore(demoState());
const complaints = store.rows('complaints');
const branchOf = (row: Row) => row.branchId as number;
const firstBranch = branchOf(complaints[0]);

function where(
  identity: ReturnType<typeof caller>,
  resource: string,
  test: (read: (r: Row, f: string) => unknown) => (r: Row) => boolean,
) {
  return visibleRowsWhere(store, resource, test, identity);
}

describe('visibleRowsWhere', () => {
  it('an unmasked role gets the live rows that pass, in order (no copies)', () => {
    const got = where(caller('admin'), 'complaints', (read) => (r) => read(r, 'branchId') === firstBranch);
    expect(got.length).toBeGreaterThan(0);
    expect(got).toEqual(complaints.filter((r) => branchOf(r) === firstBranch));
    expect(got.every((r) => complaints.includes(r))).toBe(true);
  });

  it('a branch-scoped role gets only its branches, still without copies', () => {
    const got = where(caller('manager', [1]), 'survey-responses', () => () => true);
    expect(got.length).toBeGreaterThan(0);
    expect(got.every((r) => branchOf(r) === 1)).toBe(true);
    expect(got).toEqual(visibleRows(store, 'survey-responses', caller('manager', [1])));
  });

  it('a masked role gets masked copies; the test sees the masked value; the store is unchanged', () => {
    const phones = complaints.map((r) => r.complainantPhone);
    const quality = caller('quality_supervisor');
    const got = where(quality, 'complaints', () => () => true);
    expect(got).toEqual(visibleRows(store, 'complaints', quality));
    expect(got.every((r, i) => r !== complaints[i] && String(r.complainantPhone).includes('*'))).toBe(true);
    const full = String(complaints[0].complainantPhone);
    const byHiddenDigits = where(
      quality,
      'complaints',
      (read) => (r) => read(r, 'complainantPhone') === full,
    );
    expect(byHiddenDigits).toEqual([]);
    expect(complaints.map((r) => r.complainantPhone)).toEqual(phones);
  });
});

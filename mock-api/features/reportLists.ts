import { getResource } from '../../src/resources/index';
import { scopeTest } from '../access/scope';
import type { Identity } from '../auth/context';
import { Lru } from '../list/lru';
import { TableChanges, type TableSource } from '../list/tableChanges';
import type { Store } from '../store';
import { rowMasker } from '../visibility';

/** How many answers are kept (most recently used): a dashboard reads ~5 tables per report. */
const KEPT = 16;

interface Kept {
  source: TableSource;
  rows: readonly object[];
}

/**
 * The reports route's answers to its list reads (a year of a table, filtered by period), kept
 * until the table read changes — for a reader who sees that table as stored: every record, no
 * field masked or withheld. A year's filter over 308,000 survey responses is ~50 ms of every
 * report request, and the satisfaction report is asked again after a change of another table
 * (a template, a complaint). A reader whose scope is limited depends on other tables too (an
 * employee's branch, a therapist's appointments): their reads are never kept. Each answer is a
 * copy, so a report may reorder its own.
 */
export class RememberedLists {
  private readonly changes: TableChanges;
  private readonly kept = new Lru<Kept>(KEPT);

  constructor(private readonly store: Store) {
    this.changes = new TableChanges(store);
  }

  /** `read()`'s answer for `resource` and `query`, kept or read now. */
  async list<T extends object>(
    resource: string,
    query: object,
    identity: Identity | undefined,
    read: () => Promise<T[]>,
  ): Promise<T[]> {
    if (!this.seesAsStored(resource, identity)) return read();
    const key = JSON.stringify([resource, query, identity?.role ?? null]);
    const source = this.changes.source(resource);
    const hit = this.kept.get(key);
    if (hit && TableChanges.same(hit.source, source)) return hit.rows.slice() as T[];
    const rows = await read();
    // A write while it was read makes the answer stale: not kept.
    if (TableChanges.same(source, this.changes.source(resource)))
      this.kept.set(key, { source, rows: rows.slice() });
    return rows;
  }

  /**
   * Every record of the table, every field as stored (no sign-in: contract mode, or all
   * branches and nothing masked): the two tests `visibleRowsWhere` makes.
   */
  private seesAsStored(resource: string, identity: Identity | undefined): boolean {
    if (!identity) return true;
    const definition = getResource(resource);
    if (!definition) return true;
    if (rowMasker(identity.role, resource)) return false;
    return scopeTest((name) => this.store.rows(name), definition, identity) === true;
  }
}

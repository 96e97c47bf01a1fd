import { hiddenFields } from '../../src/domain/access';
import { getResource } from '../../src/resources/index';
import { scopeTest } from '../access/scope';
import type { Identity } from '../auth/context';
import type { Row } from '../database';
import { Lru } from '../list/lru';
import type { Store } from '../store';

/** How many answers are kept (most recently used): a dashboard reads ~5 tables per report. */
const KEPT = 16;

interface Kept {
  generation: number;
  table: readonly Row[];
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
  private readonly generations = new Map<string, number>();
  private readonly kept = new Lru<Kept>(KEPT);

  constructor(private readonly store: Store) {
    store.observe((change) => {
      this.generations.set(change.table, this.generation(change.table) + 1);
    });
  }

  private generation(table: string): number {
    return this.generations.get(table) ?? 0;
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
    const table = this.store.rows(resource);
    const generation = this.generation(resource);
    const hit = this.kept.get(key);
    if (hit && hit.generation === generation && hit.table === table) return hit.rows.slice() as T[];
    const rows = await read();
    // A write while it was read makes the answer stale: not kept.
    if (generation === this.generation(resource))
      this.kept.set(key, { generation, table, rows: rows.slice() });
    return rows;
  }

  /** Every record of the table, every field as stored (no sign-in: contract mode, or all branches). */
  private seesAsStored(resource: string, identity: Identity | undefined): boolean {
    if (!identity) return true;
    const definition = getResource(resource);
    if (!definition) return true;
    const { masked, withheld } = hiddenFields(identity.role, resource);
    if (masked.length > 0 || withheld.length > 0) return false;
    return scopeTest((name) => this.store.rows(name), definition, identity) === true;
  }
}

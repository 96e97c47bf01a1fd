import type { Row } from '../database';
import type { Store } from '../store';

/** Where a kept answer came from: it is stale when any of these moved. */
export interface TableSource {
  rows: readonly Row[];
  length: number;
  generation: number;
}

/**
 * The changes of each table of a store, counted from `store.observe`, for caches of answers
 * read from a table (the list path, the reports route's list reads). Only counted here: a cache
 * checks on its next read, after the transaction is over (a change that is undone is never
 * read). A table is also taken as changed when its array is no longer the one an answer was read
 * from, or its length changed (a store that swaps tables).
 */
export class TableChanges {
  private readonly generations = new Map<string, number>();
  private anyChange = 0;

  constructor(private readonly store: Store) {
    store.observe((change) => {
      this.generations.set(change.table, this.generation(change.table) + 1);
      this.anyChange++;
    });
  }

  private generation(table: string): number {
    return this.generations.get(table) ?? 0;
  }

  /** The changes of every table so far (an answer that reads several tables keeps this). */
  get any(): number {
    return this.anyChange;
  }

  /** The table as it is now. */
  source(table: string): TableSource {
    const rows = this.store.rows(table);
    return { rows, length: rows.length, generation: this.generation(table) };
  }

  /** Whether an answer read from `kept` still holds for the table as it is (`now`). */
  static same(kept: TableSource, now: TableSource): boolean {
    return kept.rows === now.rows && kept.length === now.length && kept.generation === now.generation;
  }
}

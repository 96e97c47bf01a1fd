import { StorageError } from './errors';
import { databaseStorage, metaOf, tableOf, type LowdbInstance, type Row } from './database';
import type { JournalChange } from './storage/journalFile';

/** One change of a table, as observers see it (inside the transaction that makes it). */
export interface StoreChange {
  table: string;
  action: 'create' | 'update' | 'delete';
  /** The row after the change (absent on delete). */
  row?: Row;
  /** The row before the change (absent on create). */
  previous?: Row;
}

/**
 * Sees every change of the store inside its transaction: throwing refuses the change (and
 * undoes the whole transaction); changes it makes itself are part of the same transaction.
 * The access layer checks branch scope here and the audit trail records each change, so
 * feature routes that write through the store are covered too.
 */
export type StoreObserver = (change: StoreChange) => void;

/** The optimistic-concurrency version of a stored row (rows stored before versions count as 1). */
export function versionOf(row: Record<string, unknown>): number {
  const v = row.version;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : 1;
}

/** A transaction under way: how to undo each change, and the changes to persist. */
interface OpenTransaction {
  undo: (() => void)[];
  changes: { table: string; action: StoreChange['action']; row?: Row; id: number }[];
}

/**
 * The write side of the database: every change goes through a transaction that is persisted
 * before it counts — one line appended to the database's journal and flushed to disk (see
 * `adapter.ts`, docs/storage.md), or the whole state written for a database without one. If
 * anything inside fails — a hook's refusal, a full disk — every change of the transaction is
 * undone in memory, so memory and disk never disagree. Everything is synchronous, so requests
 * never interleave inside a transaction.
 */
export class Store {
  private open: OpenTransaction | null = null;
  private readonly observers: StoreObserver[] = [];

  constructor(readonly db: LowdbInstance) {}

  /** Adds an observer of every change (see StoreObserver). */
  observe(observer: StoreObserver): this {
    this.observers.push(observer);
    return this;
  }

  private notify(change: StoreChange): void {
    for (const observer of this.observers) observer(change);
  }

  /** A table's live rows; read only (change them through the methods below). */
  rows(name: string): readonly Row[] {
    return tableOf(this.db.getState(), name);
  }

  find(name: string, id: number): Row | undefined {
    return this.rows(name).find((row) => row.id === id);
  }

  /** Runs `fn`, then persists; on any failure undoes the changes and rethrows. Nests flat. */
  transaction<T>(fn: () => T): T {
    if (this.open) return fn();
    const open: OpenTransaction = { undo: [], changes: [] };
    this.open = open;
    try {
      const result = fn();
      try {
        this.persist(open);
      } catch (error) {
        throw new StorageError(error);
      }
      return result;
    } catch (error) {
      for (const undo of open.undo.reverse()) undo();
      throw error;
    } finally {
      this.open = null;
    }
  }

  /** Rows are serialized here, at commit, so a row changed twice in one transaction is written as it ends. */
  private persist(open: OpenTransaction): void {
    const storage = databaseStorage(this.db);
    if (!storage) {
      this.db.write();
      return;
    }
    const changes: JournalChange[] = open.changes.map((c) =>
      c.action === 'delete'
        ? { table: c.table, action: 'delete', id: c.id }
        : { table: c.table, action: c.action, row: c.row as Row },
    );
    storage.commit(changes, this.db.getState());
  }

  private record(undo: () => void, change?: OpenTransaction['changes'][number]): void {
    if (!this.open) throw new Error('Database changes must run inside Store.transaction');
    this.open.undo.push(undo);
    if (change) this.open.changes.push(change);
  }

  /** The next id of a resource: above every id it ever had, so ids are never reused. */
  allocateId(name: string): number {
    const nextId = metaOf(this.db.getState()).nextId;
    const had = Object.hasOwn(nextId, name) ? nextId[name] : undefined;
    const maxId = this.rows(name).reduce((max, row) => (row.id > max ? row.id : max), 0);
    const id = Math.max(typeof had === 'number' && Number.isFinite(had) ? had : 1, maxId + 1);
    this.record(() => {
      if (had === undefined) delete nextId[name];
      else nextId[name] = had;
    });
    nextId[name] = id + 1;
    return id;
  }

  /** Adds a record (version 1). */
  insert(name: string, row: Row): void {
    const rows = tableOf(this.db.getState(), name);
    this.record(
      () => {
        const at = rows.lastIndexOf(row);
        if (at !== -1) rows.splice(at, 1);
      },
      { table: name, action: 'create', row, id: row.id },
    );
    row.version = 1;
    rows.push(row);
    this.notify({ table: name, action: 'create', row });
  }

  /** Replaces the record of the same id, one version up; returns the previous one. */
  replace(name: string, row: Row): Row {
    const rows = tableOf(this.db.getState(), name);
    const at = rows.findIndex((r) => r.id === row.id);
    if (at === -1) throw new Error(`No ${name} record ${row.id} to replace`);
    const previous = rows[at];
    this.record(
      () => {
        rows[at] = previous;
      },
      { table: name, action: 'update', row, id: row.id },
    );
    row.version = versionOf(previous) + 1;
    rows[at] = row;
    this.notify({ table: name, action: 'update', row, previous });
    return previous;
  }

  /** Removes a record; returns it, or undefined when there was none. */
  remove(name: string, id: number): Row | undefined {
    const rows = tableOf(this.db.getState(), name);
    const at = rows.findIndex((r) => r.id === id);
    if (at === -1) return undefined;
    const [removed] = rows.splice(at, 1);
    this.record(
      () => {
        rows.splice(at, 0, removed);
      },
      { table: name, action: 'delete', id },
    );
    this.notify({ table: name, action: 'delete', previous: removed });
    return removed;
  }
}

import type { JournalEntry } from './journalFile';
import { applyMetaPatch } from './meta';

type Obj = Record<string, unknown>;
type Row = Obj & { id: number };

/**
 * A table being replayed: rows by id for upserts in constant time; a delete leaves a hole that
 * `finish` closes, so positions stay valid and the order is the one the live server had
 * (updates in place, creates at the end).
 */
class TableReplay {
  private readonly index = new Map<number, number>();
  private holes = false;

  constructor(private readonly rows: (Row | undefined)[]) {
    for (const [at, row] of rows.entries()) if (row && typeof row.id === 'number') this.index.set(row.id, at);
  }

  upsert(row: Row): void {
    const at = this.index.get(row.id);
    if (at === undefined) this.index.set(row.id, this.rows.push(row) - 1);
    else this.rows[at] = row;
  }

  remove(id: number): void {
    const at = this.index.get(id);
    if (at === undefined) return;
    this.rows[at] = undefined;
    this.index.delete(id);
    this.holes = true;
  }

  finish(): void {
    if (!this.holes) return;
    let kept = 0;
    for (const row of this.rows) if (row !== undefined) this.rows[kept++] = row;
    this.rows.length = kept;
  }
}

/** The live array of a table, made one if the snapshot had none (or kept a settings record as one object). */
function tableArray(state: Obj, name: string): (Row | undefined)[] {
  const value = state[name];
  if (Array.isArray(value)) return value as Row[];
  if (value === undefined || value === null) return (state[name] = []) as Row[];
  if (typeof value === 'object') return (state[name] = [{ ...(value as Obj), id: 1 }]) as Row[];
  throw new Error(`The database's "${name}" is not a list of records`);
}

/**
 * Applies the entries above `afterSeq` to `state` and returns the last sequence number it holds.
 * Idempotent (a create is an upsert, a delete removes if present), so an entry the snapshot
 * already holds changes nothing. Entries must follow each other without a gap: a missing one
 * would be a lost write, so that is an error naming the journal.
 */
export function replayEntries(
  state: Obj,
  entries: readonly JournalEntry[],
  afterSeq: number,
  path: string,
): number {
  const tables = new Map<string, TableReplay>();
  const table = (name: string) => {
    let replay = tables.get(name);
    if (!replay) tables.set(name, (replay = new TableReplay(tableArray(state, name))));
    return replay;
  };
  let last = afterSeq;
  for (const entry of entries) {
    if (entry.seq <= last) continue;
    if (entry.seq !== last + 1)
      throw new Error(
        `${path}: entry ${entry.seq} follows ${last}; entries ${last + 1}–${entry.seq - 1} are missing, ` +
          'so the journal does not belong to this database file (restore a backup, or move the journal away)',
      );
    for (const change of entry.changes) {
      if (change.action === 'delete') table(change.table).remove(change.id);
      else table(change.table).upsert(change.row);
    }
    if (entry.meta) applyMetaPatch(state, entry.meta);
    last = entry.seq;
  }
  for (const replay of tables.values()) replay.finish();
  return last;
}

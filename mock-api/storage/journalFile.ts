import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  writeSync,
} from 'node:fs';
import { dirname } from 'node:path';
import { fsyncDirectory } from './fsyncDirectory';

/**
 * The write-ahead journal beside the database file (`<db>.journal`): JSON Lines, one line per
 * committed transaction, appended and flushed to disk before the write is answered. See
 * docs/storage.md for the format and what a crash leaves.
 */

/** One change of a table, as journalled: the row after a create or update, the id of a delete. */
export type JournalChange =
  | { table: string; action: 'create' | 'update'; row: { id: number } & Record<string, unknown> }
  | { table: string; action: 'delete'; id: number };

/**
 * Changes of `_meta` (id counters, complaint-number counters): `merge` sets keys inside an
 * object-valued entry, `set` replaces an entry whole, `unset` removes entries.
 */
export interface MetaPatch {
  merge?: Record<string, Record<string, unknown>>;
  set?: Record<string, unknown>;
  unset?: string[];
}

export interface JournalEntry {
  /** Consecutive from 1 over the life of the database; the snapshot records the last it holds. */
  seq: number;
  changes: JournalChange[];
  meta?: MetaPatch;
}

export function journalPathOf(dbFile: string): string {
  return `${dbFile}.journal`;
}

export interface JournalContents {
  entries: JournalEntry[];
  /** Bytes up to the end of the last complete, valid line (where the next append goes). */
  validBytes: number;
  /** The file's size: more than validBytes when the last line is torn. */
  size: number;
}

function isEntry(value: unknown): value is JournalEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<JournalEntry>;
  return Number.isSafeInteger(entry.seq) && (entry.seq as number) >= 1 && Array.isArray(entry.changes);
}

/**
 * Reads a journal (a missing one is empty). A last line that is cut off or does not parse is a
 * write a crash interrupted before it was acknowledged: it is left out, with a warning. A bad
 * line with good lines after it is damage, and an error naming the file and line.
 */
export function readJournal(path: string, warn: (message: string) => void = console.warn): JournalContents {
  if (!existsSync(path)) return { entries: [], validBytes: 0, size: 0 };
  const bytes = readFileSync(path);
  const entries: JournalEntry[] = [];
  let start = 0;
  let line = 0;
  let validBytes = 0;
  while (start < bytes.length) {
    line += 1;
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    const text = bytes.toString('utf8', start, end);
    const next = newline === -1 ? bytes.length : newline + 1;
    let entry: unknown;
    try {
      entry = text.trim() === '' ? undefined : JSON.parse(text);
    } catch {
      entry = undefined;
    }
    const isLast = next >= bytes.length;
    if (!isEntry(entry) || newline === -1) {
      if (isLast) {
        warn(
          `${path}: line ${line} is incomplete (a write cut off by a crash, never acknowledged); it is ignored`,
        );
        break;
      }
      throw new Error(
        `${path}: line ${line} is damaged (not a journal entry) and later lines follow; ` +
          'the database cannot be read safely. Restore a backup, or repair the line.',
      );
    }
    entries.push(entry);
    validBytes = next;
    start = next;
  }
  return { entries, validBytes, size: bytes.length };
}

/** Writes all of `data` at the end of the file (writeSync may write less than asked). */
function writeAll(fd: number, data: Buffer): void {
  for (let offset = 0; offset < data.length;) offset += writeSync(fd, data, offset);
}

/**
 * Appends lines to a journal, each flushed to disk before `append` returns. A failed append
 * (full disk) cuts the file back to where it was, so a half-written line never stays in front
 * of later ones.
 */
export class JournalWriter {
  private fd: number | undefined;
  /** Bytes of complete lines: where the next line starts. */
  private length: number;
  /** The file may hold bytes past `length` (a torn line, or a failed append not yet cut off). */
  private dirty: boolean;

  constructor(
    readonly path: string,
    /** What the reader found valid; anything after it is cut off before the first append. */
    validBytes: number,
    size: number,
  ) {
    this.length = validBytes;
    this.dirty = size !== validBytes;
  }

  /** Bytes of complete lines in the journal. */
  get bytes(): number {
    return this.length;
  }

  private open(): number {
    if (this.fd !== undefined) return this.fd;
    const created = !existsSync(this.path);
    const fd = openSync(this.path, 'a', 0o644);
    if (created) fsyncDirectory(dirname(this.path));
    else if (fstatSync(fd).size !== this.length) this.dirty = true;
    this.fd = fd;
    return fd;
  }

  append(line: string): void {
    const fd = this.open();
    if (this.dirty) {
      ftruncateSync(fd, this.length);
      this.dirty = false;
    }
    const data = Buffer.from(line.endsWith('\n') ? line : `${line}\n`, 'utf8');
    try {
      writeAll(fd, data);
      fsyncSync(fd);
    } catch (error) {
      this.dirty = true;
      try {
        ftruncateSync(fd, this.length);
        this.dirty = false;
      } catch {
        // cut off before the next append (see `dirty`)
      }
      throw error;
    }
    this.length += data.length;
  }

  /** Empties the journal, durably (after a snapshot that holds every line was written). */
  truncate(): void {
    const fd = this.open();
    ftruncateSync(fd, 0);
    fsyncSync(fd);
    this.length = 0;
    this.dirty = false;
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}

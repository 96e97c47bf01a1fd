import {
  closeSync,
  existsSync,
  fstatSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { AdapterSync } from 'lowdb';
import { jsonChunks } from './seed/serialize';
import { fsyncDirectory } from './storage/fsyncDirectory';
import {
  journalPathOf,
  JournalWriter,
  readJournal,
  type JournalChange,
  type JournalContents,
} from './storage/journalFile';
import { cloneMeta, diffMeta, takeSnapshotSeq, withSnapshotSeq } from './storage/meta';
import { replayEntries } from './storage/replay';

/** The database as stored: one array of records per resource, plus `_meta`. */
export type DbState = Record<string, unknown>;

/** A journal this big is folded into the snapshot between requests (see docs/storage.md). */
export const DEFAULT_COMPACT_AT_BYTES = 64 * 1024 * 1024;

export interface AtomicFileOptions {
  /** The state of a missing file; called once, only when the file does not exist. */
  defaultValue: () => DbState;
  /** Journal size in bytes past which a compaction runs after the answer (default 64 MB). */
  compactAtBytes?: number;
  /** Where warnings go (a torn last journal line, a failed background compaction). */
  warn?: (message: string) => void;
}

/** Writes all of `data` to a file descriptor (writeSync may write less than asked). */
function writeAll(fd: number, text: string): void {
  const data = Buffer.from(text, 'utf8');
  for (let offset = 0; offset < data.length;) offset += writeSync(fd, data, offset);
}

/**
 * Writes `state` to `file` atomically: a temporary file in the same directory, flushed to disk,
 * renamed over the old one, then the directory flushed. A crash at any point leaves either the
 * old file or the new one, never half a file. Returns only once the data is durable.
 * The text is one record per line (the seed's format), built in pieces so that a large database
 * is never one string.
 */
let tempCounter = 0;

export function writeFileAtomic(file: string, state: DbState): void {
  const dir = dirname(file);
  const temp = join(dir, `.${basename(file)}.${process.pid}.${(tempCounter += 1)}.tmp`);
  const fd = openSync(temp, 'w', 0o644);
  try {
    try {
      for (const chunk of jsonChunks(state as Parameters<typeof jsonChunks>[0])) writeAll(fd, chunk);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
  fsyncDirectory(dir);
}

/** Why a database could not be read: the snapshot is not JSON, not an object, or the journal is damaged. */
export class DatabaseFileError extends Error {
  constructor(
    readonly kind: 'notJson' | 'notObject' | 'journal',
    message: string,
    /** The parser's own words, for a caller that phrases the message itself. */
    readonly detail = message,
  ) {
    super(message);
  }
}

/** A database as read from disk: the snapshot with the journal replayed over it. */
export interface DatabaseRead {
  state: DbState;
  /** The last journal entry the snapshot file itself holds. */
  snapshotSeq: number;
  /** The last entry applied (equal to snapshotSeq when the journal added nothing). */
  lastSeq: number;
  journal: JournalContents;
}

function parseSnapshot(file: string, text: string): DbState {
  let state: unknown;
  try {
    state = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    throw new DatabaseFileError('notJson', `The database file ${file} is not valid JSON: ${detail}`, detail);
  }
  if (typeof state !== 'object' || state === null || Array.isArray(state))
    throw new DatabaseFileError('notObject', `The database file ${file} does not hold a JSON object`);
  return state as DbState;
}

/**
 * Reads the snapshot and its journal as one consistent state; `undefined` when the file does not
 * exist (an error if a journal is left without its file). Reading only: safe beside a running
 * API. If the API compacts in between (the snapshot is replaced by rename, then the journal
 * emptied), the snapshot read is no longer the current file: read both again.
 */
export function readDatabase(
  file: string,
  warn: (message: string) => void = console.warn,
): DatabaseRead | undefined {
  const journalPath = journalPathOf(file);
  for (let attempt = 1; ; attempt += 1) {
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      if (readJournal(journalPath, warn).entries.length > 0)
        throw new DatabaseFileError(
          'journal',
          `The database file ${file} is missing but its journal ${journalPath} holds writes; ` +
            'restore the file from a backup, or move the journal away to start afresh',
        );
      return undefined;
    }
    let text: string;
    let inode: number;
    try {
      inode = fstatSync(fd).ino;
      text = readFileSync(fd, 'utf8');
    } finally {
      closeSync(fd);
    }
    const journal = readJournal(journalPath, warn);
    if (attempt < 5 && existsSync(file) && statSync(file).ino !== inode) continue;
    const state = parseSnapshot(file, text);
    const snapshotSeq = takeSnapshotSeq(state);
    let lastSeq: number;
    try {
      lastSeq = replayEntries(state, journal.entries, snapshotSeq, journalPath);
    } catch (error) {
      throw new DatabaseFileError('journal', (error as Error).message);
    }
    return { state, snapshotSeq, lastSeq, journal };
  }
}

/**
 * A synchronous lowdb 1.x adapter over a snapshot file plus a write-ahead journal (see
 * docs/storage.md). Reading gives the snapshot with the journal replayed; a missing file is
 * created from `defaultValue`; a file that is not a JSON object is an error (never overwritten).
 * `commit` appends one transaction to the journal (the cost of what changed); `write` folds
 * everything into a new snapshot, atomically, and empties the journal (a compaction).
 */
export class AtomicFileSync implements AdapterSync<DbState> {
  readonly journalPath: string;
  private lastSeq = 0;
  private writer: JournalWriter | undefined;
  /** `_meta` as the snapshot plus journal hold it, to journal only what changed. */
  private persistedMeta: Record<string, unknown> = {};
  /** Journal entries the last read applied over the snapshot. */
  private replayedEntries = 0;
  private compactionScheduled = false;
  private compactAt: number;
  private readonly warn: (message: string) => void;

  constructor(
    readonly file: string,
    private readonly options: AtomicFileOptions,
  ) {
    this.journalPath = journalPathOf(file);
    this.compactAt = options.compactAtBytes ?? DEFAULT_COMPACT_AT_BYTES;
    this.warn = options.warn ?? console.warn;
  }

  read(): DbState {
    const read = readDatabase(this.file, this.warn);
    if (!read) {
      const state = this.options.defaultValue();
      this.writer = new JournalWriter(this.journalPath, 0, 0);
      this.lastSeq = 0;
      this.write(state);
      return state;
    }
    this.lastSeq = read.lastSeq;
    this.replayedEntries = read.journal.entries.filter((e) => e.seq > read.snapshotSeq).length;
    // A journal holding only entries the snapshot has (a crash after a compaction's rename) is emptied at the next append.
    const valid = this.replayedEntries === 0 ? 0 : read.journal.validBytes;
    this.writer = new JournalWriter(this.journalPath, valid, read.journal.size);
    this.persistedMeta = cloneMeta(read.state);
    return read.state;
  }

  /**
   * Takes `state`'s `_meta` as what is on disk: after `prepareState` filled in what a file may
   * lack (that is redone at every open, so it needs no journal entry).
   */
  rebaseMeta(state: DbState): void {
    this.persistedMeta = cloneMeta(state);
  }

  /** Entries the journal added over the snapshot at the last read (the API compacts at start when there are any). */
  get journalledAtOpen(): number {
    return this.replayedEntries;
  }

  /** Bytes of complete entries in the journal. */
  get journalBytes(): number {
    return this.writer?.bytes ?? 0;
  }

  /**
   * A compaction: the whole state as a new snapshot (atomically, recording the last journal
   * entry it holds), then the journal emptied. A crash between the two leaves entries the
   * snapshot already holds, which replay skips by their sequence numbers.
   */
  write(state: DbState): void {
    writeFileAtomic(this.file, withSnapshotSeq(state, this.lastSeq));
    this.persistedMeta = cloneMeta(state);
    this.replayedEntries = 0;
    const writer = (this.writer ??= new JournalWriter(this.journalPath, 0, 0));
    if (writer.bytes > 0 || existsSync(this.journalPath)) writer.truncate();
  }

  /**
   * Makes one transaction durable: its changes (and what it moved in `_meta`) as one journal line,
   * flushed to disk. Throws when the line cannot be written; the journal is then as before.
   * Past the size threshold, schedules a compaction after the current answer.
   */
  commit(changes: readonly JournalChange[], state: DbState): void {
    const meta = diffMeta(this.persistedMeta, state);
    if (changes.length === 0 && !meta) return;
    const seq = this.lastSeq + 1;
    const writer = (this.writer ??= new JournalWriter(this.journalPath, 0, 0));
    writer.append(JSON.stringify(meta ? { seq, changes, meta } : { seq, changes }));
    this.lastSeq = seq;
    this.persistedMeta = cloneMeta(state);
    if (writer.bytes >= this.compactAt) this.scheduleCompaction(state);
  }

  /** Compacts on the next turn of the event loop: the request that crossed the threshold is answered first. */
  private scheduleCompaction(state: DbState): void {
    if (this.compactionScheduled) return;
    this.compactionScheduled = true;
    setImmediate(() => {
      this.compactionScheduled = false;
      try {
        this.write(state);
      } catch (error) {
        // Nothing is lost (the journal still holds every write); try again once it has grown a quarter more.
        const base = this.options.compactAtBytes ?? DEFAULT_COMPACT_AT_BYTES;
        this.compactAt = this.journalBytes + Math.max(1, Math.floor(base / 4));
        this.warn(
          `Compaction of ${this.file} failed (${(error as Error).message}); the journal keeps every write`,
        );
      }
    });
  }

  /** Closes the journal's file descriptor (tests that reopen a file in the same process). */
  close(): void {
    this.writer?.close();
  }
}

import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { DatabaseFileError, readDatabase, writeFileAtomic, type DatabaseRead, type DbState } from './adapter';
import { checkDatabase, describeProblems, type DatabaseCheck } from './backupCheck';
import { fsyncDirectory } from './storage/fsyncDirectory';
import { journalPathOf } from './storage/journalFile';
import { withSnapshotSeq } from './storage/meta';

/**
 * Backup and restore of the database (`npm run backup`, `npm run restore FILE`). The database
 * is its file plus the journal of writes not yet folded in (docs/storage.md): a backup is one
 * file holding both — a copy of the file when the journal adds nothing, else the replayed state
 * written out — timestamped beside the database (`data/backups/db-20261129-190501Z.json`).
 * A restore checks the file first (backupCheck.ts) and refuses a bad one without touching the
 * current database, keeps a backup of the current database, then replaces it atomically (the
 * same temporary file, fsync, rename as every write of the API) and removes its journal.
 */

/** A refusal with a message for the person at the terminal. */
export class BackupError extends Error {
  constructor(
    message: string,
    /** Lines that explain (a check's problems). */
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

/** `20261129-190501Z`: sortable, no characters a file system dislikes. */
export function timestamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace('T', '-')
    .replace(/\.\d+Z$/, 'Z');
}

/** The default folder of backups: `backups` beside the database. */
export function defaultBackupDir(dbFile: string): string {
  return join(dirname(resolve(dbFile)), 'backups');
}

/** A new file name in `dir` for a copy of `dbFile` taken at `now`; never an existing one. */
export function backupPath(dbFile: string, dir: string, now: Date, label = ''): string {
  const stem = basename(dbFile, extname(dbFile)) || 'db';
  const base = `${stem}-${timestamp(now)}${label}`;
  let candidate = join(dir, `${base}.json`);
  for (let n = 2; existsSync(candidate); n += 1) candidate = join(dir, `${base}-${n}.json`);
  return candidate;
}

/** Reads a database (its file with the journal replayed), with a message that says what is wrong. */
function readForBackup(file: string): DatabaseRead {
  let read: DatabaseRead | undefined;
  try {
    read = readDatabase(file);
  } catch (error) {
    if (error instanceof DatabaseFileError) {
      if (error.kind === 'notJson')
        throw new BackupError(`${file} is not valid JSON (${error.detail}); is it a database backup?`);
      if (error.kind === 'notObject')
        throw new BackupError(`${file} does not hold a JSON object of tables; is it a database backup?`);
      throw new BackupError(error.message);
    }
    throw new BackupError(`${file} cannot be read: ${(error as Error).message}`);
  }
  if (!read) throw new BackupError(`${file} does not exist`);
  return read;
}

/** Reads and parses a database file (with its journal), with a message that says what is wrong. */
export function readDatabaseFile(file: string): DbState {
  return readForBackup(file).state;
}

/** Copies a file byte for byte and durably: temporary file, fsync, rename. */
function copyDurably(from: string, to: string): void {
  const temp = join(dirname(to), `.${basename(to)}.${process.pid}.tmp`);
  try {
    copyFileSync(from, temp);
    const fd = openSync(temp, 'r+');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, to);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

export interface BackupResult {
  file: string;
  /** The copied database's check: a backup is taken even of a database with problems. */
  check: DatabaseCheck;
}

/**
 * Writes `read` (a database read from `dbFile`) to `to` as one file: a byte copy when the
 * journal added nothing (the file is only ever replaced whole, by rename, so a copy is one
 * consistent state even while the API runs), else the replayed state.
 */
function saveCopy(dbFile: string, read: DatabaseRead, to: string): void {
  if (read.lastSeq === read.snapshotSeq) copyDurably(dbFile, to);
  else writeFileAtomic(to, withSnapshotSeq(read.state, read.lastSeq));
}

/**
 * Copies the database, journalled writes included, to a new timestamped file; safe while the
 * API is running (`readDatabase` reads the file and the journal as one state).
 */
export function backupDatabase(
  dbFile: string,
  dir = defaultBackupDir(dbFile),
  now = new Date(),
): BackupResult {
  const read = readForBackup(dbFile);
  mkdirSync(dir, { recursive: true });
  const file = backupPath(dbFile, dir, now);
  saveCopy(dbFile, read, file);
  return { file, check: checkDatabase(read.state) };
}

/**
 * Keeps the current database before a restore replaces it; returns where, and the highest
 * journal sequence it used (the restored file starts above it, so no stale entry is replayed).
 * A database that cannot be read is kept as it is: its file, and its journal beside the copy.
 */
function keepCurrent(dbFile: string, dir: string, now: Date): { previous: string; seq: number } {
  mkdirSync(dir, { recursive: true });
  const previous = backupPath(dbFile, dir, now, '-before-restore');
  let read: DatabaseRead | undefined;
  try {
    read = readDatabase(dbFile);
  } catch {
    read = undefined;
  }
  if (read) {
    saveCopy(dbFile, read, previous);
    return { previous, seq: read.lastSeq };
  }
  copyDurably(dbFile, previous);
  const journal = journalPathOf(dbFile);
  if (existsSync(journal)) copyDurably(journal, journalPathOf(previous));
  return { previous, seq: 0 };
}

export interface RestoreResult {
  check: DatabaseCheck;
  /** Where the database as it was before the restore was kept (absent when there was none). */
  previous?: string;
}

/**
 * Restores `from` over `dbFile` once it passes the check; refuses otherwise (BackupError),
 * leaving `dbFile` as it was. The current database is first copied to `dir`.
 */
export function restoreDatabase(
  from: string,
  dbFile: string,
  dir = defaultBackupDir(dbFile),
  now = new Date(),
): RestoreResult {
  const restored = readForBackup(from);
  const state = restored.state;
  const check = checkDatabase(state);
  if (!check.ok)
    throw new BackupError(
      `${from} is not a usable database: ${check.problemCount} problem(s); the current database was not changed`,
      describeProblems(check),
    );
  let previous: string | undefined;
  let seq = 0;
  const journal = journalPathOf(dbFile);
  if (existsSync(dbFile)) ({ previous, seq } = keepCurrent(dbFile, dir, now));
  else mkdirSync(dirname(resolve(dbFile)), { recursive: true });
  // The old journal must not be replayed over the restored file: the file records a sequence
  // at or above every entry it had (so a crash before the journal is removed is harmless).
  if (seq === 0) rmSync(journal, { force: true });
  writeFileAtomic(dbFile, withSnapshotSeq(state, Math.max(seq, restored.lastSeq)));
  rmSync(journal, { force: true });
  fsyncDirectory(dirname(resolve(dbFile)));
  return { check, previous };
}

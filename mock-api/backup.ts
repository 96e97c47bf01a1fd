import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { writeFileAtomic, type DbState } from './adapter';
import { checkDatabase, describeProblems, type DatabaseCheck } from './backupCheck';

/**
 * Backup and restore of the database file (`npm run backup`, `npm run restore FILE`).
 * A backup is a timestamped copy beside the database (`data/backups/db-20261129-190501Z.json`);
 * a restore checks the file first (backupCheck.ts) and refuses a bad one without touching the
 * current database, keeps a copy of the current database, then replaces it atomically (the
 * same temporary file, fsync, rename as every write of the API).
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

/** Reads and parses a database file, with a message that says what is wrong. */
export function readDatabaseFile(file: string): DbState {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BackupError(
      code === 'ENOENT' ? `${file} does not exist` : `${file} cannot be read: ${(error as Error).message}`,
    );
  }
  let state: unknown;
  try {
    state = JSON.parse(text);
  } catch (error) {
    throw new BackupError(
      `${file} is not valid JSON (${(error as Error).message}); is it a database backup?`,
    );
  }
  if (typeof state !== 'object' || state === null || Array.isArray(state))
    throw new BackupError(`${file} does not hold a JSON object of tables; is it a database backup?`);
  return state as DbState;
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
 * Copies the database to a new timestamped file. The database file is only ever replaced
 * whole (by rename), so the copy is one consistent state even while the API is running.
 */
export function backupDatabase(
  dbFile: string,
  dir = defaultBackupDir(dbFile),
  now = new Date(),
): BackupResult {
  const state = readDatabaseFile(dbFile);
  mkdirSync(dir, { recursive: true });
  const file = backupPath(dbFile, dir, now);
  copyDurably(dbFile, file);
  return { file, check: checkDatabase(state) };
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
  const state = readDatabaseFile(from);
  const check = checkDatabase(state);
  if (!check.ok)
    throw new BackupError(
      `${from} is not a usable database: ${check.problemCount} problem(s); the current database was not changed`,
      describeProblems(check),
    );
  let previous: string | undefined;
  if (existsSync(dbFile)) {
    mkdirSync(dir, { recursive: true });
    previous = backupPath(dbFile, dir, now, '-before-restore');
    copyDurably(dbFile, previous);
  } else mkdirSync(dirname(resolve(dbFile)), { recursive: true });
  writeFileAtomic(dbFile, state);
  return { check, previous };
}

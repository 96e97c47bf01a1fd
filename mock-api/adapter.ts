import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { AdapterSync } from 'lowdb';
import { jsonChunks } from './seed/serialize';

/** The database as stored: one array of records per resource, plus `_meta`. */
export type DbState = Record<string, unknown>;

export interface AtomicFileOptions {
  /** The state of a missing file; called once, only when the file does not exist. */
  defaultValue: () => DbState;
}

/** Writes all of `data` to a file descriptor (writeSync may write less than asked). */
function writeAll(fd: number, text: string): void {
  const data = Buffer.from(text, 'utf8');
  for (let offset = 0; offset < data.length;) offset += writeSync(fd, data, offset);
}

/** Flushes a directory entry to disk, so a rename survives a crash. Not possible everywhere (Windows). */
function fsyncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
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

/**
 * A synchronous lowdb 1.x adapter that never leaves a torn file (lowdb's own `FileSync`
 * rewrites the file in place). Reading a missing file creates it from `defaultValue`; a file
 * that is not a JSON object is an error (it is never overwritten).
 */
export class AtomicFileSync implements AdapterSync<DbState> {
  constructor(
    readonly file: string,
    private readonly options: AtomicFileOptions,
  ) {}

  read(): DbState {
    if (!existsSync(this.file)) {
      const state = this.options.defaultValue();
      this.write(state);
      return state;
    }
    const text = readFileSync(this.file, 'utf8');
    let state: unknown;
    try {
      state = JSON.parse(text);
    } catch (error) {
      throw new Error(`The database file ${this.file} is not valid JSON: ${(error as Error).message}`);
    }
    if (typeof state !== 'object' || state === null || Array.isArray(state))
      throw new Error(`The database file ${this.file} does not hold a JSON object`);
    return state as DbState;
  }

  write(state: DbState): void {
    writeFileAtomic(this.file, state);
  }
}

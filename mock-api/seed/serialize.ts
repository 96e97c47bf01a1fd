import { closeSync, openSync, renameSync, writeSync } from 'node:fs';

export type SeedDatabase = Record<string, unknown[] | Record<string, unknown>>;

/**
 * The database as JSON text, in pieces: one record per line, so that a large database is never
 * one string (V8 caps a string at ~512 MB) and the file stays diffable. The same database
 * always gives the same bytes.
 */
export function* jsonChunks(db: SeedDatabase): Generator<string> {
  const keys = Object.keys(db);
  yield '{\n';
  for (const [k, key] of keys.entries()) {
    const value = db[key];
    const tail = k === keys.length - 1 ? '\n' : ',\n';
    if (!Array.isArray(value)) {
      yield `  ${JSON.stringify(key)}: ${JSON.stringify(value)}${tail}`;
      continue;
    }
    if (value.length === 0) {
      yield `  ${JSON.stringify(key)}: []${tail}`;
      continue;
    }
    yield `  ${JSON.stringify(key)}: [\n`;
    let buffer = '';
    for (let i = 0; i < value.length; i++) {
      buffer += `    ${JSON.stringify(value[i])}${i === value.length - 1 ? '\n' : ',\n'}`;
      if (buffer.length > 1 << 20) {
        yield buffer;
        buffer = '';
      }
    }
    yield `${buffer}  ]${tail}`;
  }
  yield '}\n';
}

/** Writes the database to `file` through a temporary file renamed into place; returns the bytes written. */
export function writeDatabase(db: SeedDatabase, file: string): number {
  const temp = `${file}.tmp`;
  const fd = openSync(temp, 'w');
  let bytes = 0;
  try {
    for (const chunk of jsonChunks(db)) {
      const data = Buffer.from(chunk, 'utf8');
      for (let offset = 0; offset < data.length;) offset += writeSync(fd, data, offset);
      bytes += data.length;
    }
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  return bytes;
}

import { existsSync, readFileSync } from 'node:fs';
import { readDatabase } from '../../mock-api/adapter';
import { journalPathOf } from '../../mock-api/storage/journalFile';

/**
 * What a test sees on disk: the database file with its journal replayed (docs/storage.md), read
 * as the API reads it at start — so a check of persistence does not depend on whether a write
 * is still in the journal or already folded into the file.
 */
export function readDb<T = Record<string, unknown[]>>(file: string): T {
  const read = readDatabase(file);
  if (!read) throw new Error(`${file} does not exist`);
  return read.state as T;
}

/** The raw bytes of the database file and its journal, to check that nothing was written at all. */
export function diskText(file: string): string {
  const journal = journalPathOf(file);
  return `${readFileSync(file, 'utf8')}\n--- journal ---\n${existsSync(journal) ? readFileSync(journal, 'utf8') : ''}`;
}

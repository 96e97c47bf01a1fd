import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeDatabase, type SeedDatabase } from '../../mock-api/seed/serialize';

/**
 * The benchmark's databases, generated once and cached in tests/bench/.data/ (gitignored):
 * the `--size large` seed for a fixed day (the same bytes every time, so runs compare), and
 * a tenth of it for the write-latency comparison.
 */

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA_DIR = join(ROOT, 'tests/bench/.data');

/**
 * The seed's "today": its history is the twelve months before and this day. Fixed, so every
 * run reads the same records; the year the dashboards ask for is the twelve full months before.
 */
export const SEED_TODAY = '2026-11-01';

export function largeDbFile(): string {
  return join(DATA_DIR, `large-${SEED_TODAY}.json`);
}

export function tenthDbFile(): string {
  return join(DATA_DIR, `tenth-${SEED_TODAY}.json`);
}

export const megabytes = (file: string) => statSync(file).size / 1e6;

/** The large seed database, generated with `npm run seed` when it is not cached yet. */
export function ensureLargeDb(log: (line: string) => void): string {
  const file = largeDbFile();
  if (existsSync(file)) return file;
  mkdirSync(DATA_DIR, { recursive: true });
  log(`generating ${file} (npm run seed -- --size large --today ${SEED_TODAY}) …`);
  const done = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'mock-api/seed/cli.ts', '--size', 'large', '--today', SEED_TODAY, '--out', file],
    { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (done.status !== 0) throw new Error(`the seed command failed (exit ${done.status})`);
  return file;
}

/** Tables at least this long are cut to a tenth; the rest (people, settings) stay whole. */
const CUT_FROM = 5_000;

/**
 * A tenth of the large database: every table of ≥ 5,000 rows keeps its first tenth (by id, so
 * ~10,000 complaints), the organisation, staff, rules and customers stay as they are. Only
 * for measuring how a write's cost follows the file's size: the cut tables' cross-references
 * are not all kept, which a write of one complaint does not look at.
 */
export function ensureTenthDb(large: string, log: (line: string) => void): string {
  const file = tenthDbFile();
  if (existsSync(file)) return file;
  log(`deriving ${file} from ${large} …`);
  const db = JSON.parse(readFileSync(large, 'utf8')) as SeedDatabase;
  for (const [name, rows] of Object.entries(db)) {
    if (!Array.isArray(rows) || rows.length < CUT_FROM || name === 'customers') continue;
    db[name] = rows.slice(0, Math.ceil(rows.length / 10));
  }
  writeDatabase(db, file);
  return file;
}

/** A scratch copy a server may write to (writes rewrite the file), next to the cache. */
export function scratchCopy(file: string, name: string): string {
  const copy = join(DATA_DIR, name);
  copyFileSync(file, copy);
  return copy;
}

/**
 * npm run backup -- [--db FILE] [--out DIR]
 * npm run restore -- FILE [--db FILE] [--out DIR]
 *
 * backup: copies the database (default data/db.json) to DIR (default `backups` beside it) under
 * a timestamped name. restore: checks FILE (JSON, every table, every record against its
 * declaration, references, an administrator left) and replaces the database with it
 * atomically, after keeping a copy of the current one in DIR; a bad file is refused and the
 * database left as it was. Exit codes: 0 done, 1 refused, 2 wrong arguments.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError, backupDatabase, restoreDatabase } from './backup';
import { describeProblems } from './backupCheck';

const USAGE = [
  'usage: npm run backup -- [--db data/db.json] [--out DIR]',
  '       npm run restore -- FILE [--db data/db.json] [--out DIR]',
].join('\n');

function fail(message: string, code: number, details: string[] = []): never {
  console.error([`error: ${message}`, ...details].join('\n'));
  if (code === 2) console.error(USAGE);
  process.exit(code);
}

function parseCli(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: { db: { type: 'string' }, out: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    fail((error as Error).message, 2);
  }
}

function main(argv: string[]): void {
  const [command, ...rest] = argv;
  const { values, positionals } = parseCli(rest);
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const db = resolve(values.db ?? 'data/db.json');
  const out = values.out === undefined ? undefined : resolve(values.out);
  try {
    if (command === 'backup') {
      if (positionals.length > 0) fail(`backup takes no file, got "${positionals.join(' ')}"`, 2);
      const { file, check } = backupDatabase(db, out);
      console.log(`Backed up ${db} to ${file}`);
      if (!check.ok)
        console.warn(
          [`warning: the database has ${check.problemCount} problem(s); restore will refuse this copy:`]
            .concat(describeProblems(check))
            .join('\n'),
        );
    } else if (command === 'restore') {
      if (positionals.length !== 1) fail('restore needs exactly one backup file', 2);
      const from = resolve(positionals[0]);
      const { check, previous } = restoreDatabase(from, db, out);
      const records = Object.values(check.counts).reduce((a, b) => a + b, 0);
      console.log(`Restored ${db} from ${from}: ${records} records checked, no problems`);
      if (previous) console.log(`The database as it was is kept in ${previous}`);
      if (check.unknownKeys.length > 0)
        console.log(`Note: kept top-level keys the API does not serve: ${check.unknownKeys.join(', ')}`);
      console.log('Restart the API so it serves the restored data (a running API would overwrite it).');
    } else fail(command ? `unknown command "${command}"` : 'no command', 2);
  } catch (error) {
    if (error instanceof BackupError) fail(error.message, 1, error.details);
    throw error;
  }
}

main(process.argv.slice(2));

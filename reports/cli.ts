/**
 * npm run report -- NAME (--month YYYY-MM | --from YYYY-MM-DD --to YYYY-MM-DD) [--branch CODE]
 *   [--as-of ISO] [--format xlsx|json] [--out FILE] [--api URL | --db FILE] [--user U --password P]
 *
 * Runs one report of `reports/index.ts` (see docs/reports.md). JSON goes to stdout without --out.
 */
import { runCommand } from './core/command';

// The definitions load only when the command runs a report itself (--db, or a backend without
// the report route): downloading from the route needs none of them.
process.exitCode = await runCommand(process.argv.slice(2), async () => (await import('./index')).REPORTS, {
  stdout: process.stdout,
  stderr: process.stderr,
});

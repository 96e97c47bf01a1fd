/**
 * npm run report -- NAME (--month YYYY-MM | --from YYYY-MM-DD --to YYYY-MM-DD) [--branch CODE]
 *   [--as-of ISO] [--format xlsx|json] [--out FILE] [--api URL | --db FILE] [--user U --password P]
 *
 * Runs one report of `reports/index.ts` (see docs/reports.md). JSON goes to stdout without --out.
 */
import { runCommand } from './core/command';
import { REPORTS } from './index';

process.exitCode = await runCommand(process.argv.slice(2), REPORTS, {
  stdout: process.stdout,
  stderr: process.stderr,
});

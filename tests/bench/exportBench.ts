import { statSync } from 'node:fs';
import { join } from 'node:path';
import { ADMIN, type ApiServer } from './server';
import { AS_OF, YEAR } from './period';
import { DATA_DIR, ROOT } from './data';
import { measureRetrying, tsxArgs } from './proc';
import { round, summarize, type Summary } from './stats';

/**
 * Item 1: the complaint report's xlsx for a year (≈100,000 detail rows) through the CLI, and,
 * on the same rows, the streaming writer alone, exceljs's in-memory workbook and the bare bound.
 */
export interface ExportResult {
  rows: number;
  columns: number;
  /** `npm run report -- complaints --api … --format xlsx`: the whole command. */
  cliApi: { wallMs: Summary; maxRssMb: Summary; fileMb: number };
  /** The same with `--db FILE` (parses the whole database file first). */
  cliDb?: { wallMs: Summary; maxRssMb: Summary };
  /** Write phase only, rows already loaded, one child process each. */
  writers: Record<
    'stream' | 'memory' | 'bare',
    { writeMs: Summary; maxRssMb: Summary; rssAtWriteMb: number }
  >;
  ratios: { memoryOverStream: number; streamOverBare: number; cliOverBare: number };
}

interface ChildLine {
  rows: number;
  columns: number;
  writeMs: number;
  rssAtWriteMb: number;
}

const reportArgs = (out: string) => [
  'complaints',
  '--from',
  YEAR.from,
  '--to',
  YEAR.to,
  '--as-of',
  AS_OF,
  '--format',
  'xlsx',
  '--out',
  out,
];

const rss = (m: { maxRssMb: number | null }) => m.maxRssMb ?? Number.NaN;

export async function benchExport(
  server: ApiServer,
  db: string,
  runs: { cli: number; writers: number; memory: number; cliDb: number },
  log: (line: string) => void,
): Promise<ExportResult> {
  const out = join(DATA_DIR, 'bench-complaints.xlsx');
  const cli: { wallMs: number; maxRssMb: number }[] = [];
  for (let i = 0; i < runs.cli; i++) {
    const [cmd, args] = tsxArgs('reports/cli.ts', [
      ...reportArgs(out),
      '--api',
      server.api,
      '--user',
      ADMIN.username,
      '--password',
      ADMIN.password,
    ]);
    const m = await measureRetrying(cmd, args, { cwd: ROOT, log });
    cli.push({ wallMs: m.wallMs, maxRssMb: rss(m) });
    log(`  cli --api run ${i + 1}: ${round(m.wallMs / 1000, 2)} s, ${round(rss(m))} MB`);
  }
  const fileMb = statSync(out).size / 1e6;

  let cliDb: ExportResult['cliDb'];
  if (runs.cliDb > 0) {
    const samples: { wallMs: number; maxRssMb: number }[] = [];
    for (let i = 0; i < runs.cliDb; i++) {
      const [cmd, args] = tsxArgs('reports/cli.ts', [...reportArgs(out), '--db', db]);
      const m = await measureRetrying(cmd, args, { cwd: ROOT, log });
      samples.push({ wallMs: m.wallMs, maxRssMb: rss(m) });
      log(`  cli --db run ${i + 1}: ${round(m.wallMs / 1000, 2)} s, ${round(rss(m))} MB`);
    }
    cliDb = {
      wallMs: summarize(samples.map((s) => s.wallMs)),
      maxRssMb: summarize(samples.map((s) => s.maxRssMb)),
    };
  }

  const writers = {} as ExportResult['writers'];
  let shape = { rows: 0, columns: 0 };
  for (const mode of ['stream', 'memory', 'bare'] as const) {
    const samples: (ChildLine & { maxRssMb: number })[] = [];
    const n = mode === 'memory' ? runs.memory : runs.writers;
    for (let i = 0; i < n; i++) {
      const [cmd, args] = tsxArgs('tests/bench/exportChild.ts', [
        mode,
        server.api,
        server.token,
        join(DATA_DIR, `bench-${mode}.xlsx`),
      ]);
      // The in-memory workbook needs more than node's default heap for 100,000 rows.
      const m = await measureRetrying(cmd, ['--max-old-space-size=8192', ...args], { cwd: ROOT, log });
      const line = JSON.parse(m.stdout.trim().split('\n').pop() as string) as ChildLine;
      shape = { rows: line.rows, columns: line.columns };
      samples.push({ ...line, maxRssMb: rss(m) });
      log(`  ${mode} run ${i + 1}: write ${round(line.writeMs / 1000, 2)} s, peak ${round(rss(m))} MB`);
    }
    writers[mode] = {
      writeMs: summarize(samples.map((s) => s.writeMs)),
      maxRssMb: summarize(samples.map((s) => s.maxRssMb)),
      rssAtWriteMb: round(samples[0].rssAtWriteMb),
    };
  }
  const cliWall = summarize(cli.map((c) => c.wallMs));
  return {
    ...shape,
    cliApi: { wallMs: cliWall, maxRssMb: summarize(cli.map((c) => c.maxRssMb)), fileMb: round(fileMb, 2) },
    cliDb,
    writers,
    ratios: {
      memoryOverStream: round(writers.memory.writeMs.median / writers.stream.writeMs.median, 2),
      streamOverBare: round(writers.stream.writeMs.median / writers.bare.writeMs.median, 2),
      cliOverBare: round(cliWall.median / writers.bare.writeMs.median, 2),
    },
  };
}

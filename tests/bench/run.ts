/**
 * npm run bench [-- --quick] [--only export,dashboards,lists,writes,first-load,list-export] [--no-build]
 *
 * Issue 9's measurements on the `--size large` seed (generated once into tests/bench/.data/):
 * prints them and writes tests/bench/results.json. Never part of `npm test`: figures depend on
 * the machine and its load (os.loadavg() is recorded beside them).
 * --quick: one run of each and fewer requests, to try the benchmark itself.
 * --keep: items not run keep their last figures; --print: print results.json's table and stop.
 * --attach PORT[:PID]: use an API already serving the large database (debugging only).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureLargeDb, ensureTenthDb, megabytes, ROOT, scratchCopy, SEED_TODAY } from './data';
import { benchDashboard } from './dashboardBench';
import { benchExport } from './exportBench';
import { benchFirstLoad, buildConsole } from './firstLoadBench';
import { benchListExport } from './listExportBench';
import { benchList, benchWrite, LIST_QUERIES } from './listBench';
import { YEAR } from './period';
import { attachApi, startApi, type ApiServer } from './server';
import { round } from './stats';
import { printSummary, TARGETS } from './summary';

const ITEMS = ['export', 'dashboards', 'lists', 'writes', 'first-load', 'list-export'] as const;
type Item = (typeof ITEMS)[number];

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    'no-build': { type: 'boolean', default: false },
    attach: { type: 'string' },
    port: { type: 'string', default: '4192' },
    dist: { type: 'string' },
    keep: { type: 'boolean', default: false },
    print: { type: 'boolean', default: false },
  },
});
const quick = values.quick ?? false;
const only = new Set<Item>(values.only ? (values.only.split(',') as Item[]) : ITEMS);
for (const item of only) if (!ITEMS.includes(item)) throw new Error(`--only: ${ITEMS.join(', ')}`);
const port = Number(values.port);
/** How many runs of each: ≥ 3 where a run takes seconds, fewer where one takes minutes here. */
const RUNS = quick
  ? {
      dashboard: { route: 1, fallback: 1, afterChange: 1 },
      listPerClient: 2,
      export: { cli: 1, writers: 1, memory: 1, cliDb: 0 },
      writesLarge: 1,
      writesTenth: 1,
      firstLoad: 1,
    }
  : {
      dashboard: { route: 3, fallback: 1, afterChange: 3 },
      listPerClient: 5,
      export: { cli: 3, writers: 1, memory: 1, cliDb: 1 },
      writesLarge: 3,
      writesTenth: 5,
      // A cold load varies by ±0.2 s from run to run on this shared 2-core machine: 5 for the median.
      firstLoad: 5,
    };

if (values.print) {
  printSummary(
    JSON.parse(readFileSync(join(ROOT, 'tests/bench/results.json'), 'utf8')) as Record<string, unknown>,
  );
  process.exit(0);
}

const log = (line: string) => console.log(line);
const load = () => loadavg().map((l) => round(l, 2));
const startedAt = new Date();
const results: Record<string, unknown> = {
  startedAt: startedAt.toISOString(),
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    memoryGb: round(totalmem() / 1e9),
    node: process.version,
  },
  quick,
  loadavgAtStart: load(),
  seed: { size: 'large', today: SEED_TODAY, year: YEAR },
  targets: TARGETS,
  runs: RUNS,
};
const loadDuring: Record<string, number[]> = {};
results.loadavgPerItem = loadDuring;
const RESULTS = join(ROOT, 'tests/bench/results.json');
// --keep: the items not run this time keep their figures from the last results.json (marked).
if (values.keep && existsSync(RESULTS)) {
  const previous = JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>;
  const kept: string[] = [];
  for (const [item, key] of [
    ['export', 'export'],
    ['dashboards', 'dashboards'],
    ['lists', 'lists'],
    ['writes', 'writes'],
    ['first-load', 'firstLoad'],
    ['list-export', 'listExport'],
  ] as const)
    if (!only.has(item) && previous[key] !== undefined) {
      results[key] = previous[key];
      loadDuring[key] = (previous.loadavgPerItem as Record<string, number[]> | undefined)?.[key] ?? [];
      kept.push(key);
    }
  results.kept = { items: kept, from: previous.startedAt };
}

function save(): void {
  results.finishedAt = new Date().toISOString();
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
}

async function step<T>(item: string, fn: () => Promise<T>): Promise<T> {
  loadDuring[item] = load();
  log(`\n▶ ${item} (load average ${loadDuring[item].join(' ')})`);
  const t = performance.now();
  const value = await fn();
  log(`  (${round((performance.now() - t) / 1000)} s)`);
  results[item] = value;
  save();
  return value;
}

log(`load average at start: ${load().join(' ')} on ${cpus().length} CPUs`);
const large = ensureLargeDb(log);
results.seed = { ...(results.seed as object), file: large, mb: round(megabytes(large)) };

// Outside the repository: `eslint .` would lint the built chunks.
const dist = values.dist ?? join(tmpdir(), 'sq-console-bench-dist');
// The first load and the in-browser export need the built console, served by the API.
const needsConsole = only.has('first-load') || only.has('list-export');
if (needsConsole && !values['no-build'] && !values.dist) buildConsole(dist, log);

let server: ApiServer;
if (values.attach) {
  const [p, pid] = values.attach.split(':').map(Number);
  server = await attachApi(p, pid);
} else {
  log(`starting the mock API on a copy of ${large} …`);
  server = await startApi(scratchCopy(large, 'work-large.json'), port, needsConsole ? dist : undefined);
  log(`  listening after ${round(server.startMs! / 1000)} s`);
}
results.apiStartMs = server.startMs === null ? null : round(server.startMs);
try {
  const total = async (table: string) =>
    Number((await server.get(`/${table}?_start=0&_end=1`)).headers.get('X-Total-Count'));
  results.rows = {
    complaints: await total('complaints'),
    'survey-responses': await total('survey-responses'),
  };

  if (only.has('first-load'))
    await step('firstLoad', () => benchFirstLoad(server, dist, RUNS.firstLoad, log));

  if (only.has('list-export')) await step('listExport', () => benchListExport(server, log));

  if (only.has('lists'))
    await step('lists', async () => ({
      queries: LIST_QUERIES,
      at100k: await benchList(server, RUNS.listPerClient),
    }));

  // Slow runs (a year of records over HTTP in pages) are fewer: see docs/benchmarks.md.
  if (only.has('dashboards'))
    await step('dashboards', async () => ({
      satisfaction: await benchDashboard(server, 'satisfaction', 'survey-responses', RUNS.dashboard, log),
      complaints: await benchDashboard(server, 'complaints', 'complaints', RUNS.dashboard, log),
    }));

  if (only.has('export')) await step('export', () => benchExport(server, large, RUNS.export, log));

  if (only.has('writes'))
    await step('writes', async () => {
      const at100k = await benchWrite(server, 1, RUNS.writesLarge);
      log(
        `  PATCH at ${(results.rows as Record<string, number>).complaints} complaints: p50 ${at100k.p50Ms} ms`,
      );
      await server.stop();
      const tenth = ensureTenthDb(large, log);
      const small = await startApi(scratchCopy(tenth, 'work-tenth.json'), port + 1);
      try {
        const complaints = Number(
          (await small.get('/complaints?_start=0&_end=1')).headers.get('X-Total-Count'),
        );
        const list = await benchList(small, RUNS.listPerClient, 10, true);
        const at10k = await benchWrite(small, 1, RUNS.writesTenth);
        log(`  PATCH at ${complaints} complaints: p50 ${at10k.p50Ms} ms`);
        return {
          at100k: {
            complaints: (results.rows as Record<string, number>).complaints,
            fileMb: round(megabytes(large)),
            ...at100k,
          },
          at10k: { complaints, fileMb: round(megabytes(tenth)), ...at10k },
          listAt10k: list,
        };
      } finally {
        await small.stop();
      }
    });
} finally {
  await server.stop();
  results.loadavgAtEnd = load();
  save();
}
printSummary(results);

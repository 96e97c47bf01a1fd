import type { DashboardResult } from './dashboardBench';
import type { ExportResult } from './exportBench';
import type { FirstLoadResult } from './firstLoadBench';
import type { LatencyResult } from './listBench';
import type { ListExportResult } from './listExportBench';

/** The targets (issue 9), kept beside the figures in results.json. */
export const TARGETS = {
  exportWallS: 4,
  exportPeakMb: 250,
  dashboardApiMs: 300,
  listP95Ms: 150,
  firstLoadGzipKb: 450,
  firstRowMs: 1500,
};

interface Line {
  what: string;
  figure: string;
  target: string;
  met: boolean | null;
}

const verdict = (met: boolean | null) => (met === null ? '' : met ? 'met' : 'MISSED');

/** The closing table: each figure beside its target. */
export function summaryLines(results: Record<string, unknown>): Line[] {
  const lines: Line[] = [];
  const add = (what: string, value: number | null | undefined, unit: string, target?: number) =>
    lines.push({
      what,
      figure: value === null || value === undefined || Number.isNaN(value) ? '—' : `${value} ${unit}`,
      target: target === undefined ? '' : `≤ ${target} ${unit}`,
      met: target === undefined || value === null || value === undefined ? null : value <= target,
    });
  const ex = results.export as ExportResult | undefined;
  if (ex) {
    add(
      `xlsx ${ex.rows} rows × ${ex.columns} cols, CLI --api: wall`,
      Math.round(ex.cliApi.wallMs.median) / 1000,
      's',
      TARGETS.exportWallS,
    );
    add('  CLI --api: peak memory', ex.cliApi.maxRssMb.median, 'MB', TARGETS.exportPeakMb);
    if (ex.cliDb) {
      add('  CLI --db (parses the 418 MB file): wall', Math.round(ex.cliDb.wallMs.median) / 1000, 's');
      add('  CLI --db: peak memory', ex.cliDb.maxRssMb.median, 'MB');
    }
    for (const mode of ['stream', 'memory', 'bare'] as const) {
      const w = ex.writers[mode];
      add(`  write only, ${mode}: time`, Math.round(w.writeMs.median) / 1000, 's');
      add(
        `  write only, ${mode}: peak memory (${w.rssAtWriteMb} MB before writing)`,
        w.maxRssMb.median,
        'MB',
      );
    }
    add('  ratio in-memory exceljs / streaming writer', ex.ratios.memoryOverStream, '×');
    add('  ratio streaming writer / bare bound', ex.ratios.streamOverBare, '×');
  }
  const dash = results.dashboards as Record<string, DashboardResult> | undefined;
  for (const d of Object.values(dash ?? {})) {
    // The first request computes; the next ones may come from the route's cache (a minute); the
    // computed figure is the median of the first and of those after a change of the data.
    add(
      `dashboard ${d.report} (${d.records} records): stats route, computed`,
      d.statsRouteComputedMs.median,
      'ms',
      TARGETS.dashboardApiMs,
    );
    if (d.statsRouteWholeMs)
      add(
        `  ${d.report}: whole period computed again (warm)`,
        d.statsRouteWholeMs.median,
        'ms',
        TARGETS.dashboardApiMs,
      );
    add(`  ${d.report}: first request after the start (cold engine)`, d.statsRouteFirstMs, 'ms');
    add(`  ${d.report}: stats route, fastest (cached)`, d.statsRouteMs.min, 'ms', TARGETS.dashboardApiMs);
    add(`  ${d.report}: server busy after a request (audit entry)`, d.stallAfterRequestMs.median, 'ms');
    add(`  ${d.report}: browser fallback (pages of 5,000)`, d.fallbackMs.median, 'ms');
  }
  const lists = results.lists as { at100k: LatencyResult } | undefined;
  if (lists) {
    add('list at 100k, 10 clients: p50', lists.at100k.p50Ms, 'ms');
    add('  p95', lists.at100k.p95Ms, 'ms', TARGETS.listP95Ms);
    add('  server CPU per request', lists.at100k.serverCpuMsPerRequest, 'ms');
  }
  const writes = results.writes as
    | {
        at100k: LatencyResult & { fileMb: number };
        at10k: LatencyResult & { complaints: number; fileMb: number };
        listAt10k: LatencyResult;
      }
    | undefined;
  if (writes) {
    add(`write (PATCH) at 100k complaints, ${writes.at100k.fileMb} MB file: p50`, writes.at100k.p50Ms, 'ms');
    add('  p95', writes.at100k.p95Ms, 'ms');
    add(
      `write at ${writes.at10k.complaints} complaints, ${writes.at10k.fileMb} MB file: p50`,
      writes.at10k.p50Ms,
      'ms',
    );
    add('  p95', writes.at10k.p95Ms, 'ms');
    add(
      `list at ${writes.at10k.complaints}, 10 clients: p95`,
      writes.listAt10k.p95Ms,
      'ms',
      TARGETS.listP95Ms,
    );
  }
  const first = results.firstLoad as FirstLoadResult | undefined;
  if (first) {
    add('first load: login page JS (gzip)', first.loginPage.gzipKb, 'KB', TARGETS.firstLoadGzipKb);
    add('  first list page JS (gzip)', first.firstListPage.gzipKb, 'KB', TARGETS.firstLoadGzipKb);
    // Not part of the target (JavaScript), printed so that CSS moved out of scripts is seen.
    if (first.firstListPage.cssGzipKb !== undefined)
      add('  first list page CSS (gzip)', first.firstListPage.cssGzipKb, 'KB');
    lines.push({
      what: '  exceljs / recharts in it',
      figure: first.heavyInFirstLoad.length ? first.heavyInFirstLoad.join(', ') : 'neither',
      target: 'neither',
      met: first.heavyInFirstLoad.length === 0,
    });
    add('  first list row rendered', first.firstRowMs.median, 'ms', TARGETS.firstRowMs);
    // Older results files have no painted time.
    if (first.firstRowPaintedMs) add('  the frame with it painted', first.firstRowPaintedMs.median, 'ms');
  }
  const listExport = results.listExport as ListExportResult | undefined;
  if (listExport) {
    add(
      `console export of ${listExport.fileRows} complaints (xlsx, in the browser)`,
      listExport.seconds,
      's',
    );
    add('  longest gap of a 50 ms timer on the page meanwhile', listExport.longestTimerGapMs, 'ms');
    add(
      `  main-thread long tasks (${listExport.longTasks.count}): longest`,
      listExport.longTasks.longestMs,
      'ms',
    );
  }
  return lines;
}

export function printSummary(results: Record<string, unknown>): void {
  const lines = summaryLines(results);
  const w = Math.max(...lines.map((l) => l.what.length));
  const f = Math.max(...lines.map((l) => l.figure.length));
  console.log(
    `\nmedians; load average ${JSON.stringify(results.loadavgAtStart)} at start, ${JSON.stringify(results.loadavgAtEnd)} at end`,
  );
  for (const l of lines)
    console.log(`${l.what.padEnd(w)}  ${l.figure.padStart(f)}  ${l.target.padEnd(12)} ${verdict(l.met)}`);
  console.log('\nwritten to tests/bench/results.json');
}

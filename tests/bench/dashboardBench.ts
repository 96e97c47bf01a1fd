import { findReport } from '../../reports/index';
import { parseReportParams } from '../../reports/core/params';
import { runReport } from '../../reports/core/run';
import { httpRecordSource } from '../../reports/core/sources/http';
import type { ApiServer } from './server';
import { retryingFetch } from './fetchRetry';
import { waitUntilIdle } from './proc';
import { AS_OF, YEAR } from './period';
import { shanghaiDayEnd } from '../../src/schema/time';
import { round, summarize, type Summary } from './stats';

/**
 * Item 2: a dashboard's figures for a year, request to figures. Through the stats route
 * (GET /api/reports/NAME, JSON), and through the console's fallback when a backend has no such
 * route: the same report definition run over records read from the list API in pages of
 * 5,000 (what `computeInBrowser` does with refine's data provider), here in Node.
 */
export interface DashboardResult {
  report: string;
  /** Records the report reads for the year (the main table). */
  records: number;
  statsRouteMs: Summary;
  /**
   * How long the server answered nothing after a report request: every answered report
   * appends an audit entry, and every write rewrites the whole database file.
   */
  stallAfterRequestMs: Summary;
  /** The first request of the run (before any warm-up), as a user opening the dashboard first. */
  statsRouteFirstMs: number;
  /**
   * Every computed answer: the first, then each after a change of the data (a write empties the
   * route's cache, as a new record does in use), with the engine warm. Its median is the
   * figure held against the target; the first alone is the cold worst case after a start.
   */
  statsRouteComputedMs: Summary;
  /**
   * For a report that remembers parts of its work between requests: every part computed again
   * (after a change of the survey template), engine warm; null for the others.
   */
  statsRouteWholeMs: Summary | null;
  fallbackMs: Summary;
}

/**
 * A write to the report's own table, as a new or corrected record in use: a complaint's
 * description for the complaints report (which computes everything again after any change), the
 * comment of the year's newest survey response for the satisfaction report (which computes again
 * the month of the response changed, and adds up the months; `MonthPartsCache`). Either empties
 * the route's cache, so the next request computes.
 */
async function changeData(server: ApiServer, name: Dashboard, text: string): Promise<void> {
  if (name === 'complaints') await server.patch('/complaints/1', { description: text });
  else await server.patch(await newestResponse(server), { comment: text });
}

/** Renames survey template 1: every response is scored by it, so every month is computed again. */
async function renameTemplate(server: ApiServer, name: string): Promise<void> {
  await server.patch('/survey-templates/1', { name });
}

/** The path of the newest survey response of the benchmark's year. */
async function newestResponse(server: ApiServer): Promise<string> {
  const query = new URLSearchParams({
    submittedAt_lte: shanghaiDayEnd(YEAR.to),
    _sort: 'submittedAt',
    _order: 'desc',
    _start: '0',
    _end: '1',
  });
  const [newest] = (await (await server.get(`/survey-responses?${query}`)).json()) as { id: number }[];
  if (!newest) throw new Error('no survey response in the benchmark year');
  return `/survey-responses/${newest.id}`;
}

type Dashboard = 'satisfaction' | 'complaints';

/** The browser fallback's page size (src/dashboards/kit/http.ts). */
const BROWSER_PAGE = 5000;

export async function benchDashboard(
  server: ApiServer,
  name: Dashboard,
  table: string,
  runs: { route: number; fallback: number; afterChange: number },
  log: (line: string) => void,
): Promise<DashboardResult> {
  const query = new URLSearchParams({ ...YEAR, asOf: AS_OF }).toString();
  const route: number[] = [];
  const stalls: number[] = [];
  // The previous item leaves the server collecting garbage and Chromium closing (the load
  // average was 3.5 at this point of a full run): computed figures are taken, as the first
  // load's, once the server and any Chromium use under 5% of a core.
  const settle = async () => {
    const { settled } = await waitUntilIdle(/\/chromium\b/, { pids: [server.pid] });
    if (!settled) log(`  (${name}: the server or Chromium was still busy after 20 s; measured anyway)`);
  };
  await settle();
  for (let i = 0; i < runs.route; i++) {
    // Wait until the server is free (a cheap read queues behind whatever it is doing).
    const s = performance.now();
    await (await server.get('/branches?_start=0&_end=1')).json();
    if (i > 0) stalls.push(performance.now() - s);
    const t = performance.now();
    const response = await server.get(`/reports/${name}?${query}`);
    await response.json();
    route.push(performance.now() - t);
    log(
      `  ${name} stats route run ${i + 1}: ${round(route[i])} ms${i > 0 ? ` (server busy ${round(stalls[i - 1])} ms before)` : ''}`,
    );
  }

  /** One computed answer after `change`, the server and Chromium idle. */
  const computedAfter = async (change: () => Promise<void>): Promise<number> => {
    await change();
    await settle();
    await (await server.get('/branches?_start=0&_end=1')).json();
    const t = performance.now();
    await (await server.get(`/reports/${name}?${query}`)).json();
    return performance.now() - t;
  };
  const computed = route.slice(0, 1);
  for (let i = 0; i < runs.afterChange; i++) {
    computed.push(await computedAfter(() => changeData(server, name, `dashboard benchmark change ${i + 1}`)));
    log(`  ${name} stats route after a change ${i + 1}: ${round(computed.at(-1) ?? 0)} ms`);
  }
  // A report that remembers parts of its work (satisfaction: its months) computes everything
  // again after a change of what every part depends on (a template), engine warm.
  const whole: number[] = [];
  if (name === 'satisfaction')
    for (let i = 0; i < runs.afterChange; i++) {
      whole.push(await computedAfter(() => renameTemplate(server, `满意度调查（基准 ${i + 1}）`)));
      log(`  ${name} stats route, whole period again ${i + 1}: ${round(whole.at(-1) ?? 0)} ms`);
    }

  const definition = findReport(name);
  if (!definition) throw new Error(`no report ${name}`);
  const parsed = parseReportParams({ ...YEAR, asOf: AS_OF }, 'zh', new Date());
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const fallback: number[] = [];
  let records = 0;
  for (let i = 0; i < runs.fallback; i++) {
    const t = performance.now();
    const source = httpRecordSource({
      api: server.api,
      token: server.token,
      pageSize: BROWSER_PAGE,
      fetch: retryingFetch,
    });
    const run = await runReport(definition, source, parsed.params, 'zh');
    fallback.push(performance.now() - t);
    records = run.data[table]?.length ?? 0;
    log(`  ${name} browser fallback run ${i + 1}: ${round(fallback[i])} ms (${records} ${table})`);
  }
  return {
    report: name,
    records,
    statsRouteMs: summarize(route),
    stallAfterRequestMs: summarize(stalls),
    statsRouteFirstMs: round(route[0]),
    statsRouteComputedMs: summarize(computed),
    statsRouteWholeMs: whole.length > 0 ? summarize(whole) : null,
    fallbackMs: summarize(fallback),
  };
}

import { cpuMs } from './proc';
import type { ApiServer } from './server';
import { percentile, round } from './stats';

/**
 * Item 3: the complaint list as the console asks for it (filters, newest first, a page of 20)
 * from 10 clients at once, and a write (PATCH of one complaint, persisted — a line appended to
 * the database's journal, see docs/storage.md — before it answers) one at a time. Besides wall latency, the server's own CPU time per request (from
 * /proc) is given: on a shared machine it shows what the request costs when not waiting.
 */
export interface LatencyResult {
  requests: number;
  concurrency: number;
  p50Ms: number;
  p95Ms: number;
  maxMs: number;
  /** Server CPU milliseconds (user + system) per request, or null without /proc. */
  serverCpuMsPerRequest: number | null;
}

/** What the console's list pages send: a filter or two, newest first, one page of 20. */
export const LIST_QUERIES = [
  '_sort=receivedAt&_order=desc&_start=0&_end=20',
  'status=closed&_sort=receivedAt&_order=desc&_start=20&_end=40',
  'branchId=3&severity=general&_sort=receivedAt&_order=desc&_start=0&_end=20',
  'status=received&status=acknowledged&status=investigating&_sort=respondDueAt&_order=asc&_start=0&_end=20',
  'receivedAt_gte=2026-06-01T00%3A00%3A00%2B08%3A00&category=service_attitude&_sort=receivedAt&_order=desc&_start=40&_end=60',
];

function latency(samples: number[], concurrency: number, cpu: number | null): LatencyResult {
  return {
    requests: samples.length,
    concurrency,
    p50Ms: round(percentile(samples, 50)),
    p95Ms: round(percentile(samples, 95)),
    maxMs: round(Math.max(...samples)),
    serverCpuMsPerRequest: cpu === null ? null : round(cpu / samples.length),
  };
}

/**
 * `allowEmpty`: on the tenth database (the year's first tenth of complaints) the later queries
 * match nothing; on the large one an empty page means the benchmark asks the wrong question.
 */
export async function benchList(
  server: ApiServer,
  perClient: number,
  concurrency = 10,
  allowEmpty = false,
): Promise<LatencyResult> {
  // One request of each kind first, so the figures are not the first compile of a code path.
  for (const q of LIST_QUERIES) await (await server.get(`/complaints?${q}`)).json();
  const samples: number[] = [];
  const cpu0 = cpuMs(server.pid);
  await Promise.all(
    Array.from({ length: concurrency }, async (_, client) => {
      for (let i = 0; i < perClient; i++) {
        const q = LIST_QUERIES[(client + i) % LIST_QUERIES.length];
        const t = performance.now();
        const rows = (await (await server.get(`/complaints?${q}`)).json()) as unknown[];
        samples.push(performance.now() - t);
        if (rows.length === 0 && !allowEmpty) throw new Error(`empty page: ${q}`);
      }
    }),
  );
  const cpu1 = cpuMs(server.pid);
  return latency(samples, concurrency, cpu0 === null || cpu1 === null ? null : cpu1 - cpu0);
}

/** Sequential PATCHes of one complaint's description; each is persisted before it answers. */
export async function benchWrite(server: ApiServer, id: number, writes: number): Promise<LatencyResult> {
  const samples: number[] = [];
  const cpu0 = cpuMs(server.pid);
  for (let i = 0; i < writes; i++) {
    const t = performance.now();
    await server.patch(`/complaints/${id}`, { description: `benchmark write ${i + 1}` });
    samples.push(performance.now() - t);
  }
  const cpu1 = cpuMs(server.pid);
  return latency(samples, 1, cpu0 === null || cpu1 === null ? null : cpu1 - cpu0);
}

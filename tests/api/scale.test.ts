import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, get, startApi, type RunningApi } from './harness';
import { fixture } from './fixture';

/**
 * Lists stay correct at 100,000 rows. How fast they answer is measured by the benchmarks
 * (`npm run bench`, tests/bench/), never asserted here: a timed assertion fails on a busy machine.
 */

const N = 100_000;
const SEVERITIES = ['minor', 'general', 'serious', 'critical'];
const DAY0 = Date.UTC(2026, 0, 1);

interface Row {
  id: number;
  branchId: number;
  complainantName: string;
  severity: string;
  receivedAt: string;
  involvedStaffIds: number[];
  refundAmount: number;
}

const rows: Row[] = [];
for (let id = 1; id <= N; id++) {
  rows.push({
    id,
    branchId: (id % 3) + 1,
    complainantName: `顾客${id}`,
    severity: SEVERITIES[id % 4],
    receivedAt: new Date(DAY0 + id * 300_000).toISOString(),
    involvedStaffIds: [id % 13, (id * 7) % 13],
    refundAmount: id % 500,
  });
}

let api: RunningApi;
beforeAll(async () => {
  api = await startApi({ state: { ...fixture(), complaints: rows } });
}, 30_000);
afterAll(() => api.close());

describe('100,000 rows', () => {
  it('filters, counts, sorts and pages correctly', async () => {
    const since = '2026-03-01T00:00:00+08:00';
    const q =
      `severity=serious&branchId=2&receivedAt_gte=${encodeURIComponent(since)}&involvedStaffIds=7` +
      '&complainantName_like=1&_sort=receivedAt&_order=desc&_start=0&_end=5';
    const r = await get<Row[]>(api, `/complaints?${q}`);
    const expected = rows
      .filter(
        (c) =>
          c.severity === 'serious' &&
          c.branchId === 2 &&
          c.receivedAt >= '2026-02-28T16:00:00.000Z' &&
          c.involvedStaffIds.includes(7) &&
          c.complainantName.includes('1'),
      )
      .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
    expect(r.status).toBe(200);
    expect(Number(r.headers.get('x-total-count'))).toBe(expected.length);
    expect(r.body.map((c) => c.id)).toEqual(expected.slice(0, 5).map((c) => c.id));
  });

  it('sorts the whole table by two columns', async () => {
    const r = await get<Row[]>(
      api,
      '/complaints?_sort=branchId,refundAmount&_order=asc,desc&_start=0&_end=3',
    );
    const expected = rows
      .filter((c) => c.branchId === 1)
      .sort((a, b) => b.refundAmount - a.refundAmount || a.id - b.id)
      .slice(0, 3);
    expect(r.body.map((c) => c.id)).toEqual(expected.map((c) => c.id));
    expect(r.headers.get('x-total-count')).toBe(String(N));
  });

  it('finds referrers among them before a delete', async () => {
    const r = await call<{ references: unknown }>(api, 'DELETE', '/branches/2');
    expect(r.status).toBe(409);
    const count = rows.filter((c) => c.branchId === 2).length;
    expect(r.body.references).toContainEqual({ resource: 'complaints', count });
  });
});

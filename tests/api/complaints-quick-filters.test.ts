import type { DataProvider } from '@refinedev/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dueSoonFilters, handlerFilter, overdueFilters } from '../../src/features/complaints/links';
import { createDataProvider } from '../../src/providers/dataProvider';
import { call, get, startApi, type RunningApi } from './harness';

/*
 * The complaint list's quick filters ("my complaints", "overdue", "due in 24 h") through the
 * console's data provider against a real mock API. The expectations are picked from all
 * complaints by plain predicates written here, not by the server's query code.
 */
type Row = { id: number; status: string; resolveDueAt: string; handlerId: number | null };

const HOUR = 3_600_000;
const NOW = Date.now();
let api: RunningApi;
let provider: DataProvider;
const made: Record<string, number> = {};

async function create(key: string, severity: string, hoursAgo: number, handlerId: number | null) {
  const r = await call<Row>(api, 'POST', '/complaints', {
    branchId: 1,
    complainantName: '测试',
    channel: 'hotline',
    category: 'service_attitude',
    severity,
    description: key,
    handlerId,
    receivedAt: new Date(NOW - hoursAgo * HOUR).toISOString(),
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  made[key] = r.body.id;
  return r.body.id;
}

const step = (id: number, body: Record<string, unknown>) =>
  call(api, 'POST', `/complaints/${id}/transitions`, body).then((r) => expect(r.status).toBe(200));

beforeAll(async () => {
  api = await startApi();
  provider = createDataProvider(api.baseURL, () => 'zh');
  // critical: resolve within 72 h; general: 168 h.
  await create('overdue', 'critical', 80, 2); // due 8 h ago, open
  await create('dueSoon', 'critical', 60, 3); // due in 12 h
  await create('later', 'general', 10, 2); // due in 158 h
  const resolved = await create('resolvedLate', 'critical', 100, 2); // past due but resolved
  await step(resolved, { to: 'acknowledged' });
  await step(resolved, { to: 'investigating' });
  await step(resolved, { to: 'resolved', rootCause: '流程', resolution: 'apology' });
  await step(await create('withdrawn', 'critical', 80, 3), { to: 'withdrawn', note: '顾客撤回' });
});
afterAll(() => api.close());

async function idsFor(filters: Parameters<DataProvider['getList']>[0]['filters']) {
  const { data } = await provider.getList<Row>({
    resource: 'complaints',
    filters,
    sorters: [{ field: 'id', order: 'asc' }],
    pagination: { currentPage: 1, pageSize: 500 },
  });
  return data.map((r) => r.id);
}

async function expected(keep: (r: Row) => boolean) {
  const all = (await get<Row[]>(api, '/complaints?_limit=500')).body;
  return all
    .filter(keep)
    .map((r) => r.id)
    .sort((a, b) => a - b);
}

const open = (r: Row) => ['received', 'acknowledged', 'investigating'].includes(r.status);

describe('complaint quick filters on the mock API', () => {
  it('"overdue": unresolved and past the resolve deadline', async () => {
    const ids = await idsFor(overdueFilters(NOW));
    expect(ids).toEqual(await expected((r) => open(r) && Date.parse(r.resolveDueAt) <= NOW));
    expect(ids).toContain(made.overdue);
    for (const k of ['dueSoon', 'later', 'resolvedLate', 'withdrawn']) expect(ids).not.toContain(made[k]);
  });

  it('"due in 24 h": unresolved with the deadline in the next 24 hours', async () => {
    const ids = await idsFor(dueSoonFilters(NOW));
    expect(ids).toEqual(
      await expected(
        (r) => open(r) && Date.parse(r.resolveDueAt) >= NOW && Date.parse(r.resolveDueAt) <= NOW + 24 * HOUR,
      ),
    );
    expect(ids).toEqual([made.dueSoon]);
  });

  it('"my complaints": the handler’s, whatever their state', async () => {
    const ids = await idsFor([handlerFilter(2)]);
    expect(ids).toEqual(await expected((r) => r.handlerId === 2));
    for (const k of ['overdue', 'later', 'resolvedLate']) expect(ids).toContain(made[k]);
    expect(ids).not.toContain(made.dueSoon);
  });
});

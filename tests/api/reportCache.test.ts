import { describe, expect, it } from 'vitest';
import { ReportCache } from '../../mock-api/features/reportCache';
import type { ReportRun } from '../../reports/core/run';
import type { Store, StoreObserver } from '../../mock-api/store';

/** A store that only lets the test announce a change. */
function fakeStore() {
  const observers: StoreObserver[] = [];
  const store = { observe: (o: StoreObserver) => observers.push(o) } as unknown as Store;
  const change = (table = 'complaints') => observers.forEach((o) => o({ table, action: 'update' }));
  return { store, change };
}

function counter() {
  let n = 0;
  const compute = async (): Promise<ReportRun> => {
    n++;
    return { params: {} as ReportRun['params'], data: {}, result: n };
  };
  return { compute, calls: () => n };
}

describe('report cache of the reports route', () => {
  it('answers the same request from the cache until the store changes', async () => {
    const { store, change } = fakeStore();
    let now = 1_000_000;
    const cache = new ReportCache(store, () => new Date(now));
    const { compute, calls } = counter();
    const key = ReportCache.key('complaints', { raw: { year: '2026' } }, 'zh', undefined);
    expect((await cache.get(key, compute)).result).toBe(1);
    now += 59_000;
    expect((await cache.get(key, compute)).result).toBe(1);
    expect(calls()).toBe(1);
    // The route's own audit entry (report_download) is not a change of any report's data.
    change('audit-logs');
    expect((await cache.get(key, compute)).result).toBe(1);
    change();
    expect((await cache.get(key, compute)).result).toBe(2);
  });

  it('recomputes a run older than a minute, and never shares one between users or languages', async () => {
    const { store } = fakeStore();
    let now = 0;
    const cache = new ReportCache(store, () => new Date(now));
    const { compute, calls } = counter();
    const admin = { userId: 1, username: 'admin', role: 'admin' as const, branchIds: [], employeeId: null };
    const cs = { userId: 3, username: 'cs', role: 'cs_staff' as const, branchIds: [2], employeeId: 7 };
    await cache.get(ReportCache.key('complaints', {}, 'zh', admin), compute);
    await cache.get(ReportCache.key('complaints', {}, 'zh', cs), compute);
    await cache.get(ReportCache.key('complaints', {}, 'en', admin), compute);
    expect(calls()).toBe(3);
    now += 60_001;
    await cache.get(ReportCache.key('complaints', {}, 'zh', admin), compute);
    expect(calls()).toBe(4);
  });

  it('does not keep a run that a write overtook while it was computed', async () => {
    const { store, change } = fakeStore();
    const cache = new ReportCache(store, () => new Date(0));
    const { compute, calls } = counter();
    const key = ReportCache.key('satisfaction', {}, 'zh', undefined);
    await cache.get(key, async () => {
      change();
      return compute();
    });
    await cache.get(key, compute);
    expect(calls()).toBe(2);
  });
});

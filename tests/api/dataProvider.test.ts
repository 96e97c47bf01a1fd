import type { CrudSort, DataProvider } from '@refinedev/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDataProvider } from '../../src/providers/dataProvider';
import { getResource } from '../../src/resources';
import { findField, type ResourceDef } from '../../src/schema/resource';
import { toCrudFilters, type FilterValue } from '../../src/schema/filters';
import { fixture } from './fixture';
import { startApi, type RunningApi } from './harness';

/**
 * The console's whole filter path against a real mock API: a filter control's value →
 * `toCrudFilters` → refine's simple-rest provider → HTTP → the mock API. Each expectation is
 * the fixture's rows picked by a plain predicate written here, not by the server's code.
 */

type Row = Record<string, unknown>;

let api: RunningApi;
let provider: DataProvider;
const data = fixture() as unknown as Record<string, Row[]>;

beforeAll(async () => {
  api = await startApi();
  provider = createDataProvider(api.baseURL, () => 'zh');
});
afterAll(() => api.close());

async function idsFor(resourceName: string, controls: Record<string, FilterValue>, sorters: CrudSort[] = []) {
  const resource = getResource(resourceName) as ResourceDef;
  const filters = Object.entries(controls).flatMap(([name, value]) => {
    const field = findField(resource, name);
    if (!field) throw new Error(`${resourceName} has no field ${name}`);
    return toCrudFilters(field, value);
  });
  const { data: rows, total } = await provider.getList({
    resource: resourceName,
    filters,
    sorters: sorters.length > 0 ? sorters : [{ field: 'id', order: 'asc' }],
    pagination: { currentPage: 1, pageSize: 100 },
  });
  expect(total).toBe(rows.length);
  return rows.map((r) => r.id);
}

function expectedIds(resourceName: string, keep: (row: Row) => boolean): unknown[] {
  return data[resourceName].filter(keep).map((r) => r.id);
}

describe('data provider filters on the mock API', () => {
  it('text: matches literally, regular-expression syntax included', async () => {
    for (const typed of ['(Flagship)', '\\ Salon.*', '北京']) {
      expect(await idsFor('branches', { name: typed })).toEqual(
        expectedIds('branches', (b) => String(b.name).toLowerCase().includes(typed.toLowerCase())),
      );
    }
    expect(await idsFor('branches', { name: '.*' })).toEqual(
      expectedIds('branches', (b) => String(b.name).includes('.*')),
    );
  });

  it('money: an inclusive range, open at either end', async () => {
    const price = (r: Row) => r.price as number;
    expect(await idsFor('service-items', { price: [298, 680] })).toEqual(
      expectedIds('service-items', (r) => price(r) >= 298 && price(r) <= 680),
    );
    expect(await idsFor('service-items', { price: [681, null] })).toEqual(
      expectedIds('service-items', (r) => price(r) >= 681),
    );
    expect(await idsFor('service-items', { price: [null, 297.99] })).toEqual(
      expectedIds('service-items', (r) => price(r) <= 297.99),
    );
  });

  it('date: an inclusive range of calendar days', async () => {
    const opened = (r: Row) => r.openedOn as string | null;
    expect(await idsFor('branches', { openedOn: ['2020-03-15', '2022-07-01'] })).toEqual(
      expectedIds(
        'branches',
        (r) => opened(r) !== null && opened(r)! >= '2020-03-15' && opened(r)! <= '2022-07-01',
      ),
    );
  });

  it('datetime: whole Asia/Shanghai days, whatever the zone of the machine', async () => {
    // 2026-11-03 in Shanghai runs from 2026-11-02T16:00Z to 2026-11-03T15:59:59.999Z.
    const inShanghaiDay = (r: Row) => {
      const ms = Date.parse(r.receivedAt as string);
      return ms >= Date.UTC(2026, 10, 2, 16) && ms < Date.UTC(2026, 10, 3, 16);
    };
    const ids = await idsFor('complaints', { receivedAt: ['2026-11-03', '2026-11-03'] });
    expect(ids).toEqual(expectedIds('complaints', inShanghaiDay));
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.length).toBeLessThan(data.complaints.length);
  });

  it('enum: any of several values, sent as repeated keys', async () => {
    const chosen = ['beauty_salon', 'aesthetic_clinic'];
    expect(await idsFor('branches', { type: chosen })).toEqual(
      expectedIds('branches', (r) => chosen.includes(r.type as string)),
    );
  });

  it('boolean: true and false', async () => {
    expect(await idsFor('branches', { active: false })).toEqual(
      expectedIds('branches', (r) => r.active === false),
    );
    expect(await idsFor('branches', { active: true })).toEqual(
      expectedIds('branches', (r) => r.active === true),
    );
  });

  it('reference: any of the chosen records', async () => {
    expect(await idsFor('employees', { branchId: [2] })).toEqual(
      expectedIds('employees', (r) => r.branchId === 2),
    );
  });

  it('reference list: records whose list holds the chosen one (2 does not match 12)', async () => {
    const holds = (r: Row) => (r.involvedStaffIds as number[]).includes(2);
    expect(await idsFor('complaints', { involvedStaffIds: 2 })).toEqual(expectedIds('complaints', holds));
  });

  it('combines filters and sorts by several columns, with the total of the whole match', async () => {
    const resource = 'employees';
    const ids = await idsFor(resource, { branchId: [1, 2] }, [
      { field: 'branchId', order: 'desc' },
      { field: 'hiredOn', order: 'asc' },
    ]);
    const expected = data[resource]
      .filter((r) => r.branchId === 1 || r.branchId === 2)
      .sort(
        (a, b) =>
          (b.branchId as number) - (a.branchId as number) ||
          String(a.hiredOn).localeCompare(String(b.hiredOn)),
      )
      .map((r) => r.id);
    expect(ids).toEqual(expected);
  });

  it('pages on the server and reports the total of every page', async () => {
    const { data: page, total } = await provider.getList({
      resource: 'branches',
      sorters: [{ field: 'id', order: 'asc' }],
      pagination: { currentPage: 2, pageSize: 2 },
    });
    expect(total).toBe(data.branches.length);
    expect(page.map((r) => r.id)).toEqual(data.branches.slice(2, 4).map((r) => r.id));
  });
});

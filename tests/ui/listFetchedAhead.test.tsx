// @vitest-environment jsdom
import './setup';
import type { DataProvider, GetListParams } from '@refinedev/core';
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchFirstListAhead, firstListRequest } from '../../src/app/firstListRequest';
import { PAGE_SIZE } from '../../src/crud/pages/GenericList';
import type { Role } from '../../src/domain/access';
import { clearSession, writeSession } from '../../src/providers/session';
import { fetchListAhead, listRequestKey, withListFetchedAhead } from '../../src/providers/listFetchedAhead';
import { createQueryClient } from '../../src/providers/queryClient';
import { getResource } from '../../src/resources';
import { fakeProvider, renderApp, things } from './harness';

const ROWS = [
  { id: 1, code: 'A1', name: '甲', status: 'open' },
  { id: 2, code: 'B2', name: '乙', status: 'closed' },
];

function signInAs(role: Role): void {
  writeSession({
    token: 't',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    user: { id: 1, username: role, displayName: role, role, branchIds: [], employeeId: null },
  });
}
afterEach(() => clearSession());

/** The `getList` calls a provider received for `resource`. */
const listCalls = (calls: { method: string; params: Record<string, unknown> }[], resource: string) =>
  calls.filter((c) => c.method === 'getList' && c.params.resource === resource);

describe('a list page fetched ahead', () => {
  it('is answered by the request fetched ahead: refine asks for exactly that first page', async () => {
    const fake = fakeProvider({ things: ROWS });
    fetchListAhead(fake.provider, firstListRequest(things));
    expect(listCalls(fake.calls, 'things')).toHaveLength(1);
    renderApp('/things', withListFetchedAhead(fake.provider));
    expect(await screen.findByText('乙')).toBeTruthy();
    // No second request: the page's own was the one fetched ahead (a different key would ask again).
    expect(listCalls(fake.calls, 'things')).toHaveLength(1);
    expect(listCalls(fake.calls, 'things')[0].params).toMatchObject({
      pagination: { currentPage: 1, pageSize: 20, mode: 'server' },
      sorters: [{ field: 'code', order: 'asc' }],
      filters: [],
    });
  });

  it("puts an answer that has arrived into the list's query: the table's first render has its rows", async () => {
    const fake = fakeProvider({ things: ROWS });
    const queryClient = createQueryClient();
    fetchListAhead(fake.provider, firstListRequest(things));
    await fake.provider.getList(firstListRequest(things)); // the answer ahead has arrived by now
    fake.calls.length = 0;
    renderApp('/things', withListFetchedAhead(fake.provider), undefined, undefined, queryClient);
    // No waiting: the rows are there in the render itself, not after a request's round.
    expect(screen.queryByText('乙')).not.toBeNull();
    expect(document.querySelector('.ant-table-placeholder')).toBeNull();
    // The page's own request still runs (the rows count as stale) and is answered ahead, not sent.
    await waitFor(() => expect(queryClient.isFetching()).toBe(0));
    expect(listCalls(fake.calls, 'things')).toHaveLength(0);
  });

  it('is used once; another page, order or filter is asked for afresh', async () => {
    const fake = fakeProvider({ things: ROWS });
    const provider = withListFetchedAhead(fake.provider);
    const first = firstListRequest(things);
    fetchListAhead(fake.provider, first);
    const pageTwo: GetListParams = { ...first, pagination: { ...first.pagination, currentPage: 2 } };
    const filtered: GetListParams = {
      ...first,
      filters: [{ field: 'status', operator: 'eq', value: 'open' }],
    };
    await provider.getList(pageTwo);
    await provider.getList(filtered);
    expect(listCalls(fake.calls, 'things')).toHaveLength(3);
    // refine's meta (its query context) does not change what is asked for.
    await provider.getList({
      ...first,
      meta: { dataProviderName: 'default', signal: new AbortController().signal },
    });
    expect(listCalls(fake.calls, 'things')).toHaveLength(3);
    await provider.getList(first);
    expect(listCalls(fake.calls, 'things')).toHaveLength(4);
  });

  it('is not used when older than 15 s, nor when it failed (then the page asks itself)', async () => {
    let now = 1_000_000;
    const fake = fakeProvider({ things: ROWS });
    const provider = withListFetchedAhead(fake.provider, () => now);
    fetchListAhead(fake.provider, firstListRequest(things), now);
    now += 15_000;
    await provider.getList(firstListRequest(things));
    expect(listCalls(fake.calls, 'things')).toHaveLength(2);

    let failures = 1;
    const flaky: DataProvider = {
      ...fake.provider,
      getList: async (params) => {
        if (failures-- > 0) throw { message: 'network down', statusCode: 503 };
        return fake.provider.getList(params);
      },
    };
    fetchListAhead(flaky, firstListRequest(things), now);
    const answer = await withListFetchedAhead(flaky, () => now).getList(firstListRequest(things));
    expect(answer.data).toHaveLength(2);
  });

  it('keys requests by resource, page, size, order and filters', () => {
    const base = firstListRequest(things);
    const key = listRequestKey(base);
    const withMeta: GetListParams = { ...base, meta: { x: 1 } };
    expect(listRequestKey(withMeta)).toBe(key);
    expect(listRequestKey({ ...base, resource: 'people' })).not.toBe(key);
    expect(listRequestKey({ ...base, pagination: { ...base.pagination, pageSize: 50 } })).not.toBe(key);
    expect(listRequestKey({ ...base, sorters: [{ field: 'code', order: 'desc' }] })).not.toBe(key);
  });
});

describe('what the entry fetches ahead', () => {
  const fetched = (path: string, role: Role = 'cs_staff') => {
    signInAs(role);
    const fake = fakeProvider({});
    const url = new URL(path, 'http://console.test');
    fetchFirstListAhead({ pathname: url.pathname, search: url.search }, fake.provider);
    clearSession();
    return fake.calls.filter((c) => c.method === 'getList').map((c) => c.params);
  };

  it("fetches a bare list address's first page in the resource's default order", () => {
    const complaints = getResource('complaints');
    expect(complaints?.defaultSort?.length).toBeGreaterThan(0);
    expect(fetched('/complaints')).toEqual([
      {
        resource: 'complaints',
        pagination: { currentPage: 1, pageSize: PAGE_SIZE, mode: 'server' },
        sorters: complaints?.defaultSort,
        filters: [],
      },
    ]);
  });

  it('leaves a record, a form, a query, an unknown name and a refused resource to the page', () => {
    expect(fetched('/complaints/show/3')).toEqual([]);
    expect(fetched('/complaints/create')).toEqual([]);
    expect(fetched('/complaints?current=2')).toEqual([]);
    expect(fetched('/dashboards/complaints')).toEqual([]);
    expect(fetched('/')).toEqual([]);
    // Customer service may not read users (DOMAIN §9): no request the API would refuse.
    expect(fetched('/users', 'cs_staff')).toEqual([]);
    expect(fetched('/users', 'admin')).toHaveLength(1);
  });
});

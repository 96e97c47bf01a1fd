// @vitest-environment jsdom
import './setup';
import { StyleProvider } from '@ant-design/cssinjs';
import { Refine, type AuthProvider, type DataProvider } from '@refinedev/core';
import routerProvider from '@refinedev/react-router';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createRequire } from 'node:module';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Role } from '../../src/domain/access';
import { FollowUpsPage } from '../../src/features/satisfaction/followUps/FollowUpsPage';
import { followUps } from '../../src/resources/follow-ups';
import { fakeNotifications, fakeProvider } from './harness';

// One react-router instance for refine's bindings and this test (see harness.tsx).
const { MemoryRouter, Route, Routes } = createRequire(import.meta.url)(
  'react-router',
) as typeof import('react-router');

const f = (id: number, dueOn: string, staffId: number, extra: Record<string, unknown> = {}) => ({
  id,
  customerId: 3,
  branchId: 1,
  subjectType: 'complaint',
  subjectId: 40 + id,
  staffId,
  dueOn,
  doneAt: null,
  method: 'phone',
  result: null,
  notes: null,
  ...extra,
});

const TABLES = {
  customers: [{ id: 3, name: '陈女士', branchId: 1 }],
  branches: [
    { id: 1, name: '北京一院' },
    { id: 2, name: '上海一院' },
  ],
  employees: [
    { id: 21, name: '李客服', branchId: 1 },
    { id: 22, name: '王客服', branchId: 2 },
  ],
};

const auth = (role: Role, employeeId: number | null): AuthProvider => ({
  login: async () => ({ success: true }),
  logout: async () => ({ success: true }),
  check: async () => ({ authenticated: true }),
  onError: async () => ({}),
  getIdentity: async () => ({ id: 1, name: 'x', role, branchIds: [], employeeId }),
  getPermissions: async () => role,
});

interface CustomCall {
  url: string;
  method: string;
  query?: Record<string, unknown>;
  payload?: unknown;
}

function renderAt(path: string, provider: DataProvider, role: Role, employeeId: number | null) {
  const notes = fakeNotifications();
  render(
    <StyleProvider mock="server">
      <MemoryRouter initialEntries={[path]}>
        <Refine
          dataProvider={provider}
          routerProvider={routerProvider}
          authProvider={auth(role, employeeId)}
          notificationProvider={notes.provider}
          resources={['follow-ups', 'customers', 'branches', 'employees', 'complaints'].map((name) => ({
            name,
            list: `/${name}`,
            show: `/${name}/show/:id`,
          }))}
          options={{
            syncWithLocation: true,
            disableTelemetry: true,
            reactQuery: { clientConfig: { defaultOptions: { queries: { retry: false } } } },
          }}
        >
          <Routes>
            <Route path="/follow-ups" element={<FollowUpsPage resource={followUps} />} />
            <Route path="*" element={null} />
          </Routes>
        </Refine>
      </MemoryRouter>
    </StyleProvider>,
  );
  return notes;
}

beforeEach(() => {
  // 01:30 on 19 November in Shanghai, still the 18th in UTC: the lists are asked for the 19th.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-18T17:30:00.000Z'));
});
afterEach(() => vi.useRealTimers());

describe('due follow-ups', { timeout: 60_000 }, () => {
  function setup(role: Role, employeeId: number | null, path = '/follow-ups') {
    const calls: CustomCall[] = [];
    const custom = async (params: CustomCall) => {
      calls.push(params);
      if (params.method === 'get') {
        return {
          data: {
            today: '2026-11-19',
            asOf: '2026-11-18T17:30:00.000Z',
            dueToday: [f(1, '2026-11-19', 21)],
            overdue: [f(2, '2026-11-16', 21), f(3, '2026-11-18', 21)],
          },
        };
      }
      return { data: f(1, '2026-11-19', 21, { result: 'reached', doneAt: '2026-11-18T17:30:00.000Z' }) };
    };
    const { provider } = fakeProvider(TABLES, { custom: custom as never });
    const notes = renderAt(path, provider, role, employeeId);
    return { calls, notes };
  }

  it('asks for the Shanghai day, the caller’s own by default for customer service, and lists today and overdue', async () => {
    const { calls } = setup('cs_staff', 21);
    await waitFor(() => expect(screen.getByText('陈女士')).toBeTruthy());
    const gets = calls.filter((c) => c.method === 'get');
    expect(gets.at(-1)).toMatchObject({
      url: '/api/follow-ups/due',
      query: { today: '2026-11-19', staffId: 21 },
    });
    expect(screen.getByTestId('as-of').textContent).toBe('截至 2026-11-19（北京时间）');
    // the tab badges count both lists
    expect(screen.getByRole('tab', { name: /今日待回访\s*1/ })).toBeTruthy();
    expect(screen.getByRole('tab', { name: /逾期未回访\s*2/ })).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: /逾期未回访/ }));
    // 2026-11-16 → 2026-11-19 is 3 days late, 2026-11-18 → 1 day
    await waitFor(() => expect(screen.getByText('逾期 3 天')).toBeTruthy());
    expect(screen.getByText('逾期 1 天')).toBeTruthy();

    // everyone's calls: no staffId
    fireEvent.click(screen.getByText('全部回访人'));
    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'get').at(-1)?.query).toEqual({ today: '2026-11-19' }),
    );
  });

  it('records a result in two clicks: the outcome, then its confirmation', async () => {
    const { calls, notes } = setup('cs_staff', 21);
    const button = await screen.findByRole('button', { name: '回访成功 · #1' });
    const dueAsks = () => calls.filter((c) => c.method === 'get' && c.url === '/api/follow-ups/due').length;
    const asked = dueAsks();
    fireEvent.click(button); // 1
    fireEvent.click(await screen.findByRole('button', { name: /确\s*定/ })); // 2
    await waitFor(() => expect(calls.filter((c) => c.method === 'post')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'post')).toMatchObject({
      url: '/api/follow-ups/1/record',
      payload: { result: 'reached' },
    });
    await waitFor(() =>
      expect(notes.opened).toContainEqual(expect.objectContaining({ message: '已记录：回访成功' })),
    );
    // the due lists are asked again after the call is recorded, so the row leaves them
    await waitFor(() => expect(dueAsks()).toBeGreaterThan(asked));
  });

  it('a manager sees everyone’s calls without a choice to make', async () => {
    const { calls } = setup('manager', null);
    await waitFor(() => expect(screen.getByText('陈女士')).toBeTruthy(), { timeout: 5000 });
    expect(calls.find((c) => c.method === 'get')?.query).toEqual({ today: '2026-11-19' });
    expect(screen.queryByText('我的回访')).toBeNull();
  });
});

describe('follow-up success rate of a month', { timeout: 60_000 }, () => {
  it('is reached ÷ due by staff and by branch, done or not', async () => {
    const rows = [
      f(1, '2026-11-02', 21, { result: 'reached', doneAt: '2026-11-02T02:00:00.000Z' }),
      f(2, '2026-11-05', 21, { result: 'reached', doneAt: '2026-11-05T02:00:00.000Z' }),
      f(3, '2026-11-09', 21, { result: 'unreachable', doneAt: '2026-11-09T02:00:00.000Z' }),
      f(4, '2026-11-20', 22, { branchId: 2 }),
    ];
    const empty = { today: '2026-11-19', asOf: '', dueToday: [], overdue: [] };
    const { provider, of } = fakeProvider(
      { ...TABLES, 'follow-ups': rows },
      { custom: (async () => ({ data: empty })) as never },
    );
    renderAt('/follow-ups?view=rates&month=2026-11', provider, 'quality_supervisor', null);
    // 李客服: 2 of 3 = 66.7 %; 王客服: 0 of 1 (not yet called) = 0 %; all: 2 of 4 = 50 %
    await waitFor(() => expect(screen.getByTestId('rate-employees-21').textContent).toBe('66.7%'), {
      timeout: 5000,
    });
    expect(screen.getByTestId('rate-employees-22').textContent).toBe('0.0%');
    expect(screen.getByTestId('rate-employees-total').textContent).toBe('50.0%');
    expect(screen.getByTestId('rate-branches-1').textContent).toBe('66.7%');
    expect(screen.getByTestId('rate-branches-2').textContent).toBe('0.0%');
    const asked = of('getList').find((c) => c.params.resource === 'follow-ups');
    expect(asked?.params.filters).toEqual([
      { field: 'dueOn', operator: 'gte', value: '2026-11-01' },
      { field: 'dueOn', operator: 'lte', value: '2026-11-30' },
    ]);
    const staffCard = screen.getByText('按回访人').closest('.ant-card') as HTMLElement;
    expect(within(staffCard).getByText('李客服')).toBeTruthy();
  });
});

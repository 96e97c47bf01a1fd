// @vitest-environment jsdom
import './setup';
import { StyleProvider } from '@ant-design/cssinjs';
import { Refine, type AuthProvider, type DataProvider } from '@refinedev/core';
import routerProvider from '@refinedev/react-router';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComplaintCreate } from '../../src/features/complaints/ComplaintCreate';
import { ComplaintList } from '../../src/features/complaints/ComplaintList';
import { prefillFromQuery } from '../../src/features/complaints/prefill';
import { getResource } from '../../src/resources';
import type { ResourceDef } from '../../src/schema/resource';
import { fakeProvider } from './harness';

// One react-router instance for refine's bindings and this test (see harness.tsx).
const { MemoryRouter, Route, Routes, useLocation } = createRequire(import.meta.url)(
  'react-router',
) as typeof import('react-router');

// The list reads the location with react-router's hooks: give the console's code that same instance.
vi.mock('react-router', () => createRequire(import.meta.url)('react-router') as object);

const complaints = getResource('complaints') as ResourceDef;

const TABLES = {
  branches: [
    { id: 1, code: 'BJ01', name: '北京一院' },
    { id: 2, code: 'SH01', name: '上海一院' },
  ],
  customers: [{ id: 3, name: '陈女士', phone: '13800000003', branchId: 1 }],
  employees: [
    { id: 11, name: '李客服', branchId: 1 },
    { id: 12, name: '王护士', branchId: 1 },
  ],
  departments: [],
  complaints: [],
};

function Probe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

function renderAt(path: string, dataProvider: DataProvider, authProvider?: AuthProvider) {
  return render(
    <StyleProvider mock="server">
      <MemoryRouter initialEntries={[path]}>
        <Refine
          dataProvider={dataProvider}
          routerProvider={routerProvider}
          authProvider={authProvider}
          resources={['complaints', 'branches', 'customers', 'employees', 'departments'].map((name) => ({
            name,
            list: `/${name}`,
            create: `/${name}/create`,
            show: `/${name}/show/:id`,
          }))}
          options={{
            syncWithLocation: true,
            disableTelemetry: true,
            reactQuery: { clientConfig: { defaultOptions: { queries: { retry: false } } } },
          }}
        >
          <Routes>
            <Route path="/complaints" element={<ComplaintList resource={complaints} />} />
            <Route path="/complaints/create" element={<ComplaintCreate resource={complaints} />} />
            <Route path="*" element={null} />
          </Routes>
          <Probe />
        </Refine>
      </MemoryRouter>
    </StyleProvider>,
  );
}

/** The complainant's name box (the complainant-source switch has the same accessible name). */
const nameInput = () =>
  screen.getAllByLabelText('投诉人').find((el) => el.id === 'complainantName') as HTMLInputElement;

const itemOf = (label: string) => screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;

afterEach(() => vi.useRealTimers());

describe('complaint form prefilled from a link', () => {
  const LINK =
    '/complaints/create?customerId=3&branchId=1&staffId=12&serviceItemId=7&channel=online&description=' +
    encodeURIComponent('满意度回访评分 2 分：等候时间过长 & 态度冷淡');

  it('starts with the customer, branch, involved staff, channel and description of the link, and saves them', async () => {
    const { provider, of } = fakeProvider(TABLES);
    renderAt(LINK, provider);
    await waitFor(() =>
      expect((screen.getByLabelText('投诉内容') as HTMLTextAreaElement).value).toBe(
        '满意度回访评分 2 分：等候时间过长 & 态度冷淡',
      ),
    );
    // The complainant's name and phone come from the customer's file.
    await waitFor(() => expect(nameInput().value).toBe('陈女士'));
    await waitFor(() => expect(within(itemOf('机构')).getByText('北京一院')).toBeTruthy());
    expect(within(itemOf('投诉渠道')).getByText('网络/在线')).toBeTruthy();
    await waitFor(() => expect(within(itemOf('涉及人员')).getByText('王护士')).toBeTruthy());

    // Category is the one required field a link does not give.
    fireEvent.mouseDown(within(itemOf('投诉类别')).getByRole('combobox'));
    fireEvent.click(await screen.findByText('等候与预约', { selector: '.ant-select-item-option-content' }));
    fireEvent.click(screen.getByRole('button', { name: /save|保\s*存/i }));
    await waitFor(() => expect(of('create')).toHaveLength(1));
    expect(of('create')[0].params.variables).toMatchObject({
      customerId: 3,
      branchId: 1,
      involvedStaffIds: [12],
      channel: 'online',
      category: 'waiting_appointment',
      severity: 'general',
      complainantName: '陈女士',
      complainantPhone: '13800000003',
      description: '满意度回访评分 2 分：等候时间过长 & 态度冷淡',
    });
  }, 90_000);

  it('leaves out what is malformed instead of guessing', () => {
    expect(
      prefillFromQuery({
        customerId: 'abc',
        branchId: '-1',
        staffId: '1.5',
        channel: 'fax',
        description: '   ',
      }),
    ).toEqual({});
    expect(prefillFromQuery({ customerId: '0', branchId: '2', channel: 'letter' })).toEqual({
      branchId: 2,
      channel: 'letter',
    });
    expect((prefillFromQuery({ description: 'x'.repeat(5000) }).description as string).length).toBe(4000);
  });

  it('makes the signed-in employee the handler by default', async () => {
    const { provider } = fakeProvider(TABLES);
    renderAt('/complaints/create', provider, {
      login: async () => ({ success: true }),
      logout: async () => ({ success: true }),
      check: async () => ({ authenticated: true }),
      onError: async () => ({}),
      getIdentity: async () => ({ id: 5, name: '李客服', employeeId: 11 }),
    });
    await screen.findByLabelText('投诉内容');
    await waitFor(() => expect(within(itemOf('处理人')).getByText('李客服')).toBeTruthy());
  });

  it('opens empty (but for the defaults) without a query', async () => {
    const { provider } = fakeProvider(TABLES);
    renderAt('/complaints/create', provider);
    await screen.findByLabelText('投诉内容');
    expect((screen.getByLabelText('投诉内容') as HTMLTextAreaElement).value).toBe('');
    expect(nameInput().value).toBe('');
    expect(within(itemOf('严重程度')).getByText('一般')).toBeTruthy();
  });
});

describe('complaint list quick filters', () => {
  const NOW = Date.parse('2026-11-20T02:00:00.000Z');
  const filtersOf = (href: string) => decodeURIComponent(href);

  it('links "my complaints" to the signed-in handler, and "overdue" / "due in 24 h" to deadlines around now', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    const { provider, of } = fakeProvider(TABLES);
    const auth: AuthProvider = {
      login: async () => ({ success: true }),
      logout: async () => ({ success: true }),
      check: async () => ({ authenticated: true }),
      onError: async () => ({}),
      getIdentity: async () => ({ id: 5, name: '李客服', employeeId: 11 }),
    };
    renderAt('/complaints', provider, auth);
    const mine = await screen.findByRole('link', { name: '我的投诉' });
    await waitFor(() => expect(mine.getAttribute('href')).toContain('handlerId'));
    expect(filtersOf(mine.getAttribute('href') ?? '')).toContain(
      'filters[0][field]=handlerId&filters[0][operator]=eq&filters[0][value]=11',
    );
    // Signed in with an employee record: no "I am" picker.
    expect(screen.queryByText('我是')).toBeNull();

    const open =
      'filters[0][field]=status&filters[0][operator]=eq&filters[0][value][0]=received&filters[0][value][1]=acknowledged&filters[0][value][2]=investigating';
    const overdue = filtersOf(
      screen.getByRole('link', { name: '已超期（未处理完）' }).getAttribute('href') ?? '',
    );
    expect(overdue).toContain(open);
    expect(overdue).toContain(
      'filters[1][field]=resolveDueAt&filters[1][operator]=lte&filters[1][value]=2026-11-20T02:00:00.000Z',
    );
    const due = filtersOf(screen.getByRole('link', { name: '24 小时内到期' }).getAttribute('href') ?? '');
    expect(due).toContain(open);
    expect(due).toContain(
      'filters[1][field]=resolveDueAt&filters[1][operator]=gte&filters[1][value]=2026-11-20T02:00:00.000Z',
    );
    expect(due).toContain(
      'filters[2][field]=resolveDueAt&filters[2][operator]=lte&filters[2][value]=2026-11-21T02:00:00.000Z',
    );

    // Following the link, the list asks the backend for exactly those filters.
    fireEvent.click(screen.getByRole('link', { name: '已超期（未处理完）' }));
    await waitFor(() => {
      const last = of('getList')
        .filter((c) => c.params.resource === 'complaints')
        .at(-1);
      expect(last?.params.filters).toEqual([
        { field: 'status', operator: 'eq', value: ['received', 'acknowledged', 'investigating'] },
        { field: 'resolveDueAt', operator: 'lte', value: '2026-11-20T02:00:00.000Z' },
      ]);
    });
  }, 90_000);

  it('lets a handler without sign-in pick their staff record for "my complaints"', async () => {
    localStorage.setItem('sq.complaints.me', '12');
    const { provider } = fakeProvider(TABLES);
    renderAt('/complaints', provider);
    const mine = await screen.findByRole('link', { name: '我的投诉' });
    expect(decodeURIComponent(mine.getAttribute('href') ?? '')).toContain(
      'filters[0][field]=handlerId&filters[0][operator]=eq&filters[0][value]=12',
    );
    expect(screen.getByText('我是')).toBeTruthy();
    localStorage.removeItem('sq.complaints.me');
  });
});

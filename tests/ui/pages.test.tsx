// @vitest-environment jsdom
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { PageShown } from '../../src/app/firstPageFirst';
import { fakeNotifications, fakeProvider, renderApp, showTables } from './harness';

const BRANCHES = [
  { id: 1, name: '北京一院' },
  { id: 2, name: '上海二院' },
];
const PEOPLE = [{ id: 7, name: '王芳' }];
const THINGS = [
  {
    id: 11,
    code: 'A1',
    name: '甲',
    status: 'open',
    price: 1234.5,
    rate: 0.125,
    branchId: 1,
    ownerId: 7,
    active: true,
    signedOn: '2026-11-03',
  },
  {
    id: 12,
    code: 'A2',
    name: '乙',
    status: 'closed',
    price: 0,
    rate: null,
    branchId: 2,
    ownerId: null,
    active: false,
    signedOn: null,
  },
  {
    id: 13,
    code: 'A3',
    name: '丙',
    status: 'open',
    price: null,
    rate: 1,
    branchId: 1,
    ownerId: 7,
    active: true,
  },
];

const tables = () => ({ things: THINGS, branches: BRANCHES, people: PEOPLE });

async function table() {
  const t = await screen.findByRole('table');
  await within(t).findByText('甲');
  return t;
}

describe('GenericList', () => {
  it('renders the declared columns, formatted cells, enum tags and batched reference names', async () => {
    const { provider, of } = fakeProvider(tables());
    renderApp('/things', provider);
    const t = await table();
    const headers = [...t.querySelectorAll('thead th')].map((h) => h.textContent);
    expect(headers).toEqual([
      '编码',
      '名称',
      '状态',
      '价格',
      '比例',
      '机构',
      '负责人',
      '启用',
      '签约日期',
      '操作',
    ]);
    expect(within(t).getByText('¥1,234.50')).toBeTruthy();
    expect(within(t).getByText('¥0.00')).toBeTruthy();
    expect(within(t).getByText('12.5%')).toBeTruthy();
    expect(within(t).getByText('100%')).toBeTruthy();
    expect(within(t).getAllByText('进行中')[0].closest('.ant-tag')).toBeTruthy();
    expect(within(t).getByText('已关闭').closest('.ant-tag')).toBeTruthy();
    expect(within(t).getAllByText('是')).toHaveLength(2);
    expect(within(t).getByText('否')).toBeTruthy();
    expect(within(t).getByText('2026-11-03')).toBeTruthy();
    // numbers are right-aligned
    expect(within(t).getByText('¥1,234.50').closest('td')?.style.textAlign).toBe('right');

    // reference names, batched: one getMany per referenced resource with the page's unique ids
    expect(await within(t).findAllByText('北京一院')).toHaveLength(2);
    expect(within(t).getByText('上海二院')).toBeTruthy();
    expect(await within(t).findAllByText('王芳')).toHaveLength(2);
    const many = of('getMany')
      .map((c) => ({ resource: c.params.resource, ids: c.params.ids }))
      .sort((a, b) => String(a.resource).localeCompare(String(b.resource)));
    expect(many).toEqual([
      { resource: 'branches', ids: [1, 2] },
      { resource: 'people', ids: [7] },
    ]);
    expect(of('getOne')).toHaveLength(0);
  });

  it('asks the server for a page in the declared default sort, then sorts by several columns and pages', async () => {
    const total = Array.from({ length: 45 }, (_, i) => ({ id: i }));
    const { provider, of } = fakeProvider({ ...tables(), 'things:total': total });
    renderApp('/things', provider);
    const t = await table();
    expect(of('getList')[0].params).toMatchObject({
      resource: 'things',
      pagination: { currentPage: 1, pageSize: 20, mode: 'server' },
      sorters: [{ field: 'code', order: 'asc' }],
      filters: [],
    });
    const header = (text: string) => [...t.querySelectorAll('thead th')].find((h) => h.textContent === text)!;
    fireEvent.click(header('名称'));
    await waitFor(() =>
      expect(of('getList').at(-1)?.params.sorters).toEqual([
        { field: 'code', order: 'asc' },
        { field: 'name', order: 'asc' },
      ]),
    );
    fireEvent.click(header('编码'));
    await waitFor(() =>
      expect(of('getList').at(-1)?.params.sorters).toEqual([
        { field: 'code', order: 'desc' },
        { field: 'name', order: 'asc' },
      ]),
    );
    expect(screen.getByTestId('location').textContent).toContain(
      'sorters[0][field]=code&sorters[0][order]=desc',
    );

    // pages on the server, keeping the sort
    expect(screen.getByText('共 45 条')).toBeTruthy();
    fireEvent.click(screen.getByTitle('2'));
    await waitFor(() =>
      expect(of('getList').at(-1)?.params.pagination).toEqual({
        currentPage: 2,
        pageSize: 20,
        mode: 'server',
      }),
    );
    expect(of('getList').at(-1)?.params.sorters).toHaveLength(2);
  });

  it('keeps a sort on a field without a column shown when a page is turned', async () => {
    const total = Array.from({ length: 45 }, (_, i) => ({ id: i }));
    const { provider, of } = fakeProvider({ ...tables(), 'things:total': total });
    // `id` has no column (a column the settings hid is the same case): antd does not report it.
    renderApp(
      '/things?sorters[0][field]=id&sorters[0][order]=desc&sorters[1][field]=name&sorters[1][order]=asc',
      provider,
    );
    await table();
    expect(of('getList')[0].params.sorters).toEqual([
      { field: 'id', order: 'desc' },
      { field: 'name', order: 'asc' },
    ]);
    fireEvent.click(screen.getByTitle('2'));
    await waitFor(() => expect(of('getList').at(-1)?.params.pagination).toMatchObject({ currentPage: 2 }));
    expect(of('getList').at(-1)?.params.sorters).toEqual([
      { field: 'id', order: 'desc' },
      { field: 'name', order: 'asc' },
    ]);
  });

  it('turns the filter bar into refine filters on Enter, and restores them from the URL', async () => {
    const { provider, of } = fakeProvider(tables());
    const view = renderApp('/things', provider);
    await table();
    const search = screen.getByRole('search');
    const name = within(search).getByLabelText('名称');
    fireEvent.change(name, { target: { value: ' 甲(1) ' } });
    fireEvent.submit(name.closest('form')!);
    await waitFor(() =>
      expect(of('getList').at(-1)?.params.filters).toEqual([
        { field: 'name', operator: 'contains', value: '甲\\(1\\)' },
      ]),
    );
    expect(of('getList').at(-1)?.params.pagination).toMatchObject({ currentPage: 1 });
    view.unmount();

    const again = fakeProvider(tables());
    renderApp(
      '/things?filters[0][field]=status&filters[0][operator]=in&filters[0][value][0]=closed' +
        '&filters[1][field]=price&filters[1][operator]=gte&filters[1][value]=100',
      again.provider,
    );
    await screen.findByRole('table');
    expect(again.of('getList')[0].params.filters).toEqual([
      { field: 'status', operator: 'in', value: ['closed'] },
      { field: 'price', operator: 'gte', value: '100' },
    ]);
    const bar = screen.getByRole('search');
    expect(within(bar).getByText('已关闭')).toBeTruthy();
    // The number filter's inputs load with the first one shown (widgets/numberRange.tsx).
    expect(((await within(bar).findByLabelText('价格')) as HTMLInputElement).value).toBe('100');
  });

  it('shows an empty state with a create button', async () => {
    const { provider } = fakeProvider({ things: [] });
    renderApp('/things', provider);
    expect(await screen.findByText('还没有事项')).toBeTruthy();
    const create = screen.getAllByRole('link', { name: /新建/ });
    expect(create.some((a) => a.getAttribute('href') === '/things/create')).toBe(true);
  });

  it("shows the server's message and retries when a read fails", async () => {
    let fail = true;
    const { provider, of } = fakeProvider(tables(), {
      getList: async () => {
        if (fail) throw { message: '数据库暂时不可用', statusCode: 500 };
        return { data: THINGS as never[], total: THINGS.length };
      },
    });
    renderApp('/things', provider);
    expect(await screen.findByText('数据库暂时不可用')).toBeTruthy();
    expect(screen.getByText('加载失败')).toBeTruthy();
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: /重\s*试/ }));
    expect(await screen.findByText('甲')).toBeTruthy();
    expect(of('getMany').length).toBeGreaterThan(0);
  });

  it('deletes a row after asking, once, and reloads the list', async () => {
    const notes = fakeNotifications();
    const { provider, of } = fakeProvider(tables());
    renderApp('/things', provider, notes.provider);
    await table();
    const listsBefore = of('getList').length;
    fireEvent.click(screen.getByRole('button', { name: '删除 甲' }));
    expect(of('deleteOne')).toHaveLength(0); // only asked so far
    const confirm = await screen.findByText('确定删除这条记录吗？');
    const pop = confirm.closest('.ant-popover') as HTMLElement;
    fireEvent.click(within(pop).getByRole('button', { name: /删\s*除/ }));
    await waitFor(() => expect(of('deleteOne')).toHaveLength(1));
    expect(of('deleteOne')[0].params).toMatchObject({ resource: 'things', id: 11 });
    await waitFor(() => expect(of('getList').length).toBeGreaterThan(listsBefore));
    expect(notes.opened.some((n) => n.type === 'error')).toBe(false);
  });

  it("confirms a delete and shows the server's refusal (409 names the referrers)", async () => {
    const notes = fakeNotifications();
    const { provider, of } = fakeProvider(tables(), {
      deleteOne: async () => {
        throw { message: '无法删除：仍被 人员 #3 引用', statusCode: 409 };
      },
    });
    renderApp('/things', provider, notes.provider);
    await table();
    fireEvent.click(screen.getByRole('button', { name: '删除 甲' }));
    const confirm = await screen.findByText('确定删除这条记录吗？');
    const pop = confirm.closest('.ant-popover') as HTMLElement;
    fireEvent.click(within(pop).getByRole('button', { name: /删\s*除/ }));
    await waitFor(() => expect(notes.opened.some((n) => n.type === 'error')).toBe(true));
    expect(notes.opened.find((n) => n.type === 'error')).toMatchObject({
      message: '无法删除',
      description: '无法删除：仍被 人员 #3 引用',
    });
    expect(of('deleteOne')).toHaveLength(0); // replaced method does not record
  });
});

describe('GenericShow', () => {
  it('shows every field by its widget, the rows as a table, and the related records', async () => {
    const { provider, of } = fakeProvider(showTables());
    renderApp('/things/show/11', provider);
    const details = await screen.findByText('¥1,234.50');
    const page = details.closest('.ant-descriptions') as HTMLElement;
    expect(within(page).getByText('已关闭')).toBeTruthy();
    expect(within(page).getByText('12.5%')).toBeTruthy();
    // instants in Asia/Shanghai
    expect(within(page).getByText('2026-11-03 09:30')).toBeTruthy();
    expect(within(page).getByText('2026-11-01 00:05')).toBeTruthy();
    expect(await within(page).findByText('北京一院')).toBeTruthy();
    // the lines as a small table with their own cells
    expect(within(page).getByText('¥3.50')).toBeTruthy();
    expect(within(page).getByText('¥10.00')).toBeTruthy();

    // related: people whose thingId is this record, server-paginated, with a "view all" link
    expect(await screen.findByText('李娜')).toBeTruthy();
    const related = of('getList').find((c) => c.params.resource === 'people');
    expect(related?.params).toMatchObject({
      filters: [{ field: 'thingId', operator: 'eq', value: 11 }],
      pagination: { currentPage: 1, pageSize: 5, mode: 'server' },
    });
    const viewAll = screen.getByRole('link', { name: /查看全部/ });
    expect(decodeURI(viewAll.getAttribute('href') ?? '')).toBe(
      '/people?filters[0][field]=thingId&filters[0][operator]=eq&filters[0][value]=11',
    );
  });
});

describe('GenericList on a visit’s first page', () => {
  /** Tells the gate the page is shown when the test says so (PageSlot does it in the console). */
  function PageShownOnClick() {
    const [shown, setShown] = useState(false);
    return shown ? <PageShown /> : <button onClick={() => setShown(true)}>page shown</button>;
  }

  it('shows its rows with the filter bar’s and toolbar’s stand-ins and no pager, then the controls', async () => {
    const { provider } = fakeProvider(tables());
    const view = renderApp('/things', provider, undefined, <PageShownOnClick />, undefined, true);
    await table();
    // The bar's first fields as labels over empty boxes; no form, no pager, no export yet.
    const standIn = view.container.querySelector('.sq-filter-standin');
    expect(
      [...(standIn?.querySelectorAll('.sq-filter-standin-label') ?? [])].map((l) => l.textContent),
    ).toEqual(['编码', '名称', '状态', '价格']);
    expect(screen.queryByRole('search')).toBeNull();
    expect(view.container.querySelector('.ant-pagination')).toBeNull();
    expect(screen.queryByRole('button', { name: /导出/ })).toBeNull();
    // The header's three buttons as look-alikes, hidden from assistive technology.
    const lookAlikes = [...view.container.querySelectorAll('.ant-btn[aria-hidden]')].map(
      (b) => b.textContent,
    );
    expect(lookAlikes).toEqual(['常用筛选', '列设置', '导出']);

    fireEvent.click(screen.getByRole('button', { name: 'page shown' }));
    const bar = await screen.findByRole('search');
    expect(within(bar).getByLabelText('名称')).toBeTruthy();
    expect(view.container.querySelector('.sq-filter-standin')).toBeNull();
    expect(view.container.querySelector('.ant-pagination')).not.toBeNull();
    expect(screen.getByRole('button', { name: /导出/ })).toBeTruthy();
  });

  it('shows every filter in the stand-in when the address filters by a later one, as the bar will', async () => {
    const { provider } = fakeProvider(tables());
    const view = renderApp(
      '/things?filters[0][field]=rate&filters[0][operator]=gte&filters[0][value]=0.1',
      provider,
      undefined,
      <PageShownOnClick />,
      undefined,
      true,
    );
    await screen.findByRole('table');
    const standInLabels = [...view.container.querySelectorAll('.sq-filter-standin-label')].map(
      (l) => l.textContent,
    );
    expect(standInLabels.length).toBeGreaterThan(4);

    fireEvent.click(screen.getByRole('button', { name: 'page shown' }));
    const bar = await screen.findByRole('search');
    // The real bar opens with its later filters shown: the same labels, in the same order.
    const barLabels = [...bar.querySelectorAll('.ant-form-item-label label')].map((l) => l.textContent);
    expect(standInLabels).toEqual(barLabels);
  });
});

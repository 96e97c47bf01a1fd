// @vitest-environment jsdom
import './setup';
import type { BaseRecord, CrudFilter } from '@refinedev/core';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { theme } from 'antd';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ThemedConfigProvider, themeConfig } from '../../src/app/theme';
import { defaultColumns, mergeColumns, visibleFields } from '../../src/crud/list/columnSettings';
import { preferenceKey } from '../../src/crud/list/storage';
import { CommandPalette } from '../../src/features/comforts/palette/CommandPalette';
import { matchItems, navigationItems } from '../../src/features/comforts/palette/items';
import { PaletteButton } from '../../src/features/comforts/palette/PaletteButton';
import { ThemeSwitch } from '../../src/features/comforts/ThemeSwitch';
import type { FeaturePage } from '../../src/features/types';
import { fakeNotifications, fakeProvider, people, renderApp, things } from './harness';

const THINGS = [
  { id: 11, code: 'A1', name: '甲', status: 'open', price: 10, branchId: 1, active: true },
  { id: 12, code: 'A2', name: '乙', status: 'closed', price: 20, branchId: 1, active: false },
];
const tables = () => ({ things: THINGS, branches: [{ id: 1, name: '北京一院' }], people: [] });

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

const headers = async () => {
  const table = await screen.findByRole('table');
  await within(table).findByText('甲');
  return [...table.querySelectorAll('thead th')].map((h) => h.textContent);
};
const location = () => screen.getByTestId('location').textContent ?? '';

describe('column settings', () => {
  it('merges a saved choice with fields declared since, at their declared place', () => {
    const saved = [
      { name: 'name', visible: true },
      { name: 'code', visible: false },
      { name: 'price', visible: true },
    ];
    const merged = mergeColumns(things, saved);
    // status follows name in the declaration, rate follows price; unknown names are dropped.
    expect(merged.slice(0, 6)).toEqual([
      { name: 'name', visible: true },
      { name: 'status', visible: true },
      { name: 'code', visible: false },
      { name: 'price', visible: true },
      { name: 'rate', visible: true },
      { name: 'branchId', visible: true },
    ]);
    expect(
      mergeColumns(things, [...saved, { name: 'gone', visible: true }]).some((c) => c.name === 'gone'),
    ).toBe(false);
    expect(visibleFields(things, defaultColumns(things)).map((f) => f.name)).toEqual([
      'code',
      'name',
      'status',
      'price',
      'rate',
      'branchId',
      'ownerId',
      'active',
      'signedOn',
    ]);
  });

  it('keys preferences by the signed-in user and the resource', () => {
    expect(preferenceKey('columns', 'things')).toBe('sq.columns.anonymous.things');
    sessionStorage.setItem(
      'sq-console.session',
      JSON.stringify({ token: 't', expiresAt: '2999-01-01T00:00:00Z', user: { id: 7 } }),
    );
    expect(preferenceKey('columns', 'things')).toBe('sq.columns.7.things');
  });

  it('hides and moves columns from the popover, and remembers them for the next visit', async () => {
    const { provider } = fakeProvider(tables());
    const first = renderApp('/things', provider);
    expect((await headers()).slice(0, 4)).toEqual(['编码', '名称', '状态', '价格']);
    fireEvent.click(screen.getByRole('button', { name: /列设置/ }));
    fireEvent.click(await screen.findByRole('checkbox', { name: '显示列 价格' }));
    fireEvent.click(screen.getByRole('button', { name: '上移 名称' }));
    await waitFor(async () =>
      expect((await headers()).slice(0, 4)).toEqual(['名称', '编码', '状态', '比例']),
    );
    const saved = JSON.parse(localStorage.getItem('sq.columns.anonymous.things') ?? '[]') as unknown[];
    expect(saved.slice(0, 4)).toEqual([
      { name: 'name', visible: true },
      { name: 'code', visible: true },
      { name: 'status', visible: true },
      { name: 'price', visible: false },
    ]);
    first.unmount();

    renderApp('/things', fakeProvider(tables()).provider);
    expect((await headers()).slice(0, 4)).toEqual(['名称', '编码', '状态', '比例']);
    fireEvent.click(screen.getByRole('button', { name: /列设置/ }));
    fireEvent.click(await screen.findByRole('button', { name: '恢复默认' }));
    await waitFor(async () =>
      expect((await headers()).slice(0, 4)).toEqual(['编码', '名称', '状态', '价格']),
    );
    expect(localStorage.getItem('sq.columns.anonymous.things')).toBeNull();
  }, 90_000);
});

describe('saved filters', () => {
  it('saves the URL filters and sort under a name, re-applies them on another visit, deletes them', async () => {
    const notes = fakeNotifications();
    const url =
      '/things?filters[0][field]=status&filters[0][operator]=in&filters[0][value][0]=open&sorters[0][field]=price&sorters[0][order]=desc';
    const first = renderApp(url, fakeProvider(tables()).provider, notes.provider);
    await headers();
    fireEvent.click(screen.getByRole('button', { name: /常用筛选/ }));
    const name = await screen.findByRole('textbox', { name: '筛选名称' });
    // A blank name is refused with a message at the field.
    fireEvent.click(screen.getByRole('button', { name: /^保\s?存$/ }));
    expect(await screen.findByText('请输入名称')).toBeTruthy();
    fireEvent.change(name, { target: { value: ' 我的进行中 ' } });
    fireEvent.click(screen.getByRole('button', { name: /^保\s?存$/ }));
    await waitFor(() => expect(notes.opened.map((n) => n.message)).toContain('已保存筛选“我的进行中”'));
    const stored = JSON.parse(localStorage.getItem('sq.filters.anonymous.things') ?? '[]') as {
      name: string;
      filters: CrudFilter[];
    }[];
    expect(stored).toEqual([
      {
        name: '我的进行中',
        filters: [{ field: 'status', operator: 'in', value: ['open'] }],
        sorters: [{ field: 'price', order: 'desc' }],
      },
    ]);
    first.unmount();

    const { provider, of } = fakeProvider(tables());
    renderApp('/things', provider);
    await headers();
    fireEvent.click(screen.getByRole('button', { name: /常用筛选/ }));
    fireEvent.click(await screen.findByRole('button', { name: '应用筛选 我的进行中' }));
    await waitFor(() => {
      const last = of('getList')
        .filter((c) => c.params.resource === 'things')
        .at(-1);
      expect(last?.params.filters).toEqual([{ field: 'status', operator: 'in', value: ['open'] }]);
      expect(last?.params.sorters).toEqual([{ field: 'price', order: 'desc' }]);
    });
    expect(decodeURIComponent(location())).toContain('filters[0][value][0]=open');

    fireEvent.click(screen.getByRole('button', { name: /常用筛选/ }));
    fireEvent.click(await screen.findByRole('button', { name: '删除筛选 我的进行中' }));
    expect(await screen.findByText('还没有保存的筛选')).toBeTruthy();
    expect(localStorage.getItem('sq.filters.anonymous.things')).toBe('[]');
  }, 90_000);
});

const PAGE: FeaturePage = {
  name: 'things-dashboard',
  path: 'dashboards/things',
  label: { zh: '事项看板', en: 'Things dashboard' },
  group: 'system',
  icon: 'DashboardOutlined',
  component: () => null,
};
const T = { listOf: '{label}列表', createOf: '新建{label}' };

describe('command palette items', () => {
  it('offers lists, pages and create forms the role may open, matching either language', () => {
    const items = navigationItems(
      [things, people],
      [PAGE],
      'zh',
      (name, action) => action !== 'create' || name === 'things',
      T,
    );
    expect(items.map((i) => [i.label, i.path])).toEqual([
      ['事项看板', '/dashboards/things'],
      ['事项列表', '/things'],
      ['人员列表', '/people'],
      ['新建事项', '/things/create'],
    ]);
    expect(matchItems(items, 'people').map((i) => i.path)).toEqual(['/people']);
    expect(matchItems(items, '新建').map((i) => i.path)).toEqual(['/things/create']);
    // Labels starting with the query come first.
    expect(matchItems(items, '事项 ').map((i) => i.path)).toEqual([
      '/dashboards/things',
      '/things',
      '/things/create',
    ]);
    expect(matchItems(items, 'nothing')).toEqual([]);
  });
});

const CUSTOMERS: BaseRecord[] = [
  { id: 1, name: '王芳', phone: '138****5678' },
  { id: 2, name: '李娜', phone: '13900001111' },
];

function paletteProvider() {
  return fakeProvider(
    { ...tables(), customers: CUSTOMERS, complaints: [], employees: [] },
    {
      // Filters like the API: `contains` is a substring.
      getList: async (params) => {
        const rows = ({ customers: CUSTOMERS } as Record<string, BaseRecord[]>)[params.resource] ?? [];
        const hits = rows.filter((r) =>
          (params.filters ?? []).every(
            (f) => 'field' in f && String(r[f.field] ?? '').includes(String(f.value)),
          ),
        );
        searches.push({ resource: params.resource, filters: params.filters ?? [] });
        return { data: hits as never[], total: hits.length };
      },
    },
  );
}
let searches: { resource: string; filters: CrudFilter[] }[] = [];

describe('command palette', () => {
  it('is a keyboard-operable combobox: type, arrows, Enter opens the page, Esc closes', async () => {
    searches = [];
    const onClose = vi.fn();
    renderApp(
      '/people',
      paletteProvider().provider,
      undefined,
      <CommandPalette
        open
        onClose={onClose}
        resources={[things, people]}
        pages={[PAGE]}
        allowed={() => true}
        canRead={() => true}
      />,
    );
    const input = await screen.findByRole('combobox', { name: '搜索页面和记录' });
    const listbox = screen.getByRole('listbox', { name: '搜索结果' });
    fireEvent.change(input, { target: { value: '事项' } });
    const options = () => within(listbox).queryAllByRole('option');
    await waitFor(() =>
      expect(options().map((o) => o.textContent)).toEqual([
        '事项看板Things dashboard',
        '事项列表Things',
        '新建事项Things',
      ]),
    );
    expect(options()[0].getAttribute('aria-selected')).toBe('true');
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[0].id);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(options()[2].getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowDown' }); // wraps round
    fireEvent.keyDown(input, { key: 'ArrowUp' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options()[2].id);
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(location()).toBe('/things/create'));
    expect(onClose).toHaveBeenCalledTimes(1);
  }, 60_000);

  it('finds customers by name or phone through the data provider and opens the record', async () => {
    searches = [];
    renderApp(
      '/people',
      paletteProvider().provider,
      undefined,
      <CommandPalette
        open
        onClose={() => {}}
        resources={[things]}
        pages={[]}
        allowed={() => true}
        canRead={(r) => r === 'customers'}
      />,
    );
    const input = await screen.findByRole('combobox', { name: '搜索页面和记录' });
    fireEvent.change(input, { target: { value: '1390' } });
    const option = await screen.findByRole('option', { name: /李娜/ }, { timeout: 10_000 });
    expect(searches.filter((q) => q.resource === 'customers')).toEqual([
      { resource: 'customers', filters: [{ field: 'name', operator: 'contains', value: '1390' }] },
      { resource: 'customers', filters: [{ field: 'phone', operator: 'contains', value: '1390' }] },
    ]);
    fireEvent.click(option);
    await waitFor(() => expect(location()).toBe('/customers/show/2'));
  }, 60_000);

  it('opens with Ctrl+K and ⌘K and from the header button, and closes with Esc', async () => {
    renderApp('/people', paletteProvider().provider, undefined, <PaletteButton />);
    const button = await screen.findByRole('button', { name: '搜索与跳转' });
    expect(button.getAttribute('aria-keyshortcuts')).toBe('Control+K Meta+K');
    act(() => {
      fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    });
    const dialog = await screen.findByRole('dialog', {}, { timeout: 15_000 });
    expect(within(dialog).getByRole('combobox', { name: '搜索页面和记录' })).toBeTruthy();
    fireEvent.keyDown(within(dialog).getByRole('combobox', { name: '搜索页面和记录' }), {
      key: 'Escape',
      keyCode: 27,
    });
    await waitFor(() => expect(screen.queryByRole('combobox', { name: '搜索页面和记录' })).toBeNull());
    act(() => {
      fireEvent.keyDown(window, { key: 'K', metaKey: true });
    });
    expect(await screen.findByRole('combobox', { name: '搜索页面和记录' }, { timeout: 15_000 })).toBeTruthy();
  }, 60_000);
});

describe('themes', () => {
  it('switches to dark with antd’s dark algorithm and remembers the choice', async () => {
    expect(themeConfig('dark').algorithm).toBe(theme.darkAlgorithm);
    expect(themeConfig('light').algorithm).toBe(theme.defaultAlgorithm);
    const { unmount } = render(
      <ThemedConfigProvider locale={{ locale: 'zh-cn' }}>
        <ThemeSwitch />
      </ThemedConfigProvider>,
    );
    const toggle = screen.getByRole('switch', { name: '切换深色模式' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(toggle);
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('dark'));
    expect(localStorage.getItem('sq.theme')).toBe('dark');
    unmount();
    render(
      <ThemedConfigProvider locale={{ locale: 'zh-cn' }}>
        <ThemeSwitch />
      </ThemedConfigProvider>,
    );
    expect(screen.getByRole('switch', { name: '切换深色模式' }).getAttribute('aria-checked')).toBe('true');
  });
});

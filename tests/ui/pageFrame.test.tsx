// @vitest-environment jsdom
import './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { changeLang } from '../../src/i18n';
import { fakeProvider, renderApp, showTables } from './harness';

/** The page's own heading (the console's frame, not rendered here, has none). */
const pageTitle = () => screen.findByRole('heading', { level: 1 });

/** Every heading of the page with its text: none may be empty (refine's header left an empty h5). */
const headings = () =>
  screen.getAllByRole('heading').map((h) => `${h.tagName} ${(h.textContent ?? '').trim()}`);

/** The buttons and button-like links of the page's heading row, by accessible name. */
function headerControls(): string[] {
  const row = document.querySelector('.sq-page-frame-heading') as HTMLElement;
  return [...row.querySelectorAll('button, a')].map(
    (el) => el.getAttribute('aria-label') ?? (el.textContent ?? '').replace(/\s+/g, ''),
  );
}

/** The buttons at the foot of a form's card. */
function footerControls(): string[] {
  const foot = document.querySelector('.sq-page-frame-footer') as HTMLElement | null;
  return foot
    ? [...foot.querySelectorAll('button')].map((b) => (b.textContent ?? '').replace(/\s+/g, ''))
    : [];
}

afterEach(async () => {
  await changeLang('zh');
});

describe('the page frame of the generic pages', () => {
  it('titles a list with one h1 and its buttons, without a back arrow or a one-crumb trail', async () => {
    const { provider } = fakeProvider(showTables());
    renderApp('/things', provider);
    expect((await pageTitle()).textContent).toBe('事项');
    await screen.findByRole('table');
    expect(headings()).toEqual(['H1 事项']);
    expect(screen.queryByRole('button', { name: '返回' })).toBeNull();
    expect(screen.queryByRole('navigation')).toBeNull();
    // saved filters, columns, export, create — in this order, create last
    expect(headerControls()).toEqual(['常用筛选', '列设置', '导出', '新建']);
    expect(screen.getByRole('link', { name: /新\s*建/ }).getAttribute('href')).toBe('/things/create');
  });

  it('titles a record with its name, keeps its buttons, shows the trail and goes back', async () => {
    const { provider } = fakeProvider(showTables());
    renderApp('/things', provider);
    await screen.findByRole('table');
    fireEvent.click(await screen.findByRole('link', { name: '查看 甲' }));

    await waitFor(async () => expect((await pageTitle()).textContent).toBe('事项 · 甲'));
    // (refine's own buttons speak English here: the harness has no i18n provider)
    expect(headerControls()).toEqual(['返回', '事项', '编辑', '删除 甲', 'Refresh']);
    // The trail: the resource (a link to its list), then the action, marked as the current page.
    const trail = screen.getByRole('navigation', { name: '当前位置' });
    const crumbs = within(trail).getAllByRole('listitem');
    expect(crumbs.map((li) => li.textContent)).toEqual(['Things', '/Show']);
    expect(within(crumbs[0]).getByRole('link').getAttribute('href')).toBe('/things');
    expect(crumbs[1].getAttribute('aria-current')).toBe('page');
    // the separator is drawn but not read
    expect(crumbs[1].querySelector('[aria-hidden="true"]')?.textContent).toBe('/');
    // related lists sit under the page's heading
    await screen.findByText('李娜');
    expect(headings()).toEqual(['H1 事项 · 甲', 'H2 人员']);

    fireEvent.click(screen.getByRole('button', { name: '返回' }));
    await waitFor(async () => expect((await pageTitle()).textContent).toBe('事项'));
    expect(screen.getByTestId('location').textContent).toMatch(/^\/things(\?|$)/);
  });

  it('gives a form its back arrow, refresh in the header and delete and save in the foot', async () => {
    const { provider, of } = fakeProvider(showTables());
    renderApp('/things/edit/11', provider);
    await waitFor(async () => expect((await pageTitle()).textContent).toBe('编辑 · 事项 · 甲'));
    expect(headerControls()).toEqual(['返回', 'Refresh']);
    expect(footerControls()).toEqual(['Delete', 'Save']);
    expect(screen.getByRole('button', { name: '删除 甲' })).toBeTruthy();
    expect(headings()).toEqual(['H1 编辑 · 事项 · 甲']);
    // refresh reads the record again
    const reads = of('getOne').length;
    fireEvent.click(screen.getByRole('button', { name: /Refresh/ }));
    await waitFor(() => expect(of('getOne').length).toBeGreaterThan(reads));
  });

  it('gives a create form only its back arrow and save', async () => {
    const { provider } = fakeProvider(showTables());
    renderApp('/things/create', provider);
    expect((await pageTitle()).textContent).toBe('新建 · 事项');
    expect(headerControls()).toEqual(['返回']);
    expect(footerControls()).toEqual(['Save']);
  });

  it('speaks English when the console does', async () => {
    await changeLang('en');
    const { provider } = fakeProvider(showTables());
    renderApp('/things/show/11', provider);
    await waitFor(async () => expect((await pageTitle()).textContent).toBe('Things · 甲'));
    expect(screen.getByRole('button', { name: 'Back' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Breadcrumb' })).toBeTruthy();
  });
});

describe('the console’s pages', () => {
  /** Every .ts/.tsx file under a folder. */
  const sources = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
    );

  it('take no page wrapper from refine’s antd package (its header brings pro-layout and pro-provider)', () => {
    const wrappers = new Set(['List', 'Show', 'Create', 'Edit', 'PageHeader', 'Breadcrumb']);
    const offenders: string[] = [];
    for (const file of sources(join(__dirname, '../../src'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'@refinedev\/antd'/g))
        for (const name of m[1].split(',').map((s) => s.trim().split(/\s+as\s+/)[0]))
          if (wrappers.has(name)) offenders.push(`${file.replace(/.*\/src\//, 'src/')}: ${name}`);
      if (/from '@ant-design\/pro-/.test(text)) offenders.push(`${file}: @ant-design/pro-*`);
    }
    expect(offenders).toEqual([]);
  });
});

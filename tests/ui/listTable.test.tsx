// @vitest-environment jsdom
import { fixedMediaQuery } from './setup';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeProvider, renderApp } from './harness';

const THINGS = [
  { id: 11, code: 'A1', name: '甲', status: 'open', branchId: 1, active: true },
  { id: 12, code: 'A2', name: '乙', status: 'closed', branchId: 1, active: false },
];
/** 45 records in all: three pages of 20. */
const tables = () => ({
  things: THINGS,
  'things:total': Array.from({ length: 45 }, (_, i) => ({ id: i })),
  branches: [],
});

/** A window `width` px wide, as antd's breakpoints and the console's media queries see it. */
function windowOf(width: number) {
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
    fixedMediaQuery(query, Number(/min-width:\s*(\d+)/.exec(query)?.[1] ?? Infinity) <= width),
  );
}

/** Every pager form that was ever in the page while it loaded (the simple one has its own class). */
function watchPagers() {
  const seen = new Set<string>();
  const observer = new MutationObserver(() => {
    document.querySelectorAll('.ant-pagination').forEach((p) => {
      seen.add(p.classList.contains('ant-pagination-simple') ? 'simple' : 'full');
    });
  });
  observer.observe(document.body, { childList: true, subtree: true });
  return { seen, stop: () => observer.disconnect() };
}

afterEach(() => vi.restoreAllMocks());

describe('a list page’s pager', () => {
  it('on a wide window is the full pager from the first render, its pages links to their address', async () => {
    windowOf(1280);
    const pagers = watchPagers();
    renderApp('/things', fakeProvider(tables()).provider);
    await within(await screen.findByRole('table')).findByText('甲');
    const pager = document.querySelector('.ant-pagination') as HTMLElement;
    pagers.stop();
    expect([...pagers.seen]).toEqual(['full']);
    const page2 = within(pager).getByRole('link', { name: '2' });
    const href = decodeURIComponent(page2.getAttribute('href') ?? '');
    // The address of page 2 of this list, as it is (relative: the list's own path).
    expect(href).toMatch(/^\?/);
    expect(href).toContain('currentPage=2');
    expect(href).toContain('sorters[0][field]=code');
    expect(href).toContain('pageSize=20');
    expect(within(pager).getByText('共 45 条')).toBeTruthy();
  });

  it('keeps the address’s other parameters in its links, and links no way past either end', async () => {
    windowOf(1280);
    renderApp('/things?view=all', fakeProvider(tables()).provider);
    await within(await screen.findByRole('table')).findByText('甲');
    const pager = document.querySelector('.ant-pagination') as HTMLElement;
    const page2 = decodeURIComponent(
      within(pager).getByRole('link', { name: '2' }).getAttribute('href') ?? '',
    );
    expect(page2).toContain('view=all');
    expect(page2).toContain('currentPage=2');
    // On page 1 "previous" leads nowhere: it is no link; "next" leads to page 2.
    const prev = pager.querySelector('.ant-pagination-prev') as HTMLElement;
    const next = pager.querySelector('.ant-pagination-next') as HTMLElement;
    expect(prev.querySelector('a')).toBeNull();
    // One tab stop per page: the pager's item, not also its link.
    const item2 = within(pager).getByRole('link', { name: '2' }).closest('li') as HTMLElement;
    expect([item2.tabIndex, within(pager).getByRole('link', { name: '2' }).tabIndex]).toEqual([0, -1]);
    expect(decodeURIComponent(next.querySelector('a')?.getAttribute('href') ?? '')).toContain(
      'currentPage=2',
    );
  });

  it('turns the page in place when a page is clicked, asking for that page', async () => {
    windowOf(1280);
    const { provider, of } = fakeProvider(tables());
    renderApp('/things', provider);
    await within(await screen.findByRole('table')).findByText('甲');
    const page3 = within(document.querySelector('.ant-pagination') as HTMLElement).getByRole('link', {
      name: '3',
    });
    // The link's own navigation is held back: the pager turns the page (and the address follows).
    expect(fireEvent.click(page3)).toBe(false);
    await waitFor(() =>
      expect(of('getList').at(-1)?.params.pagination).toMatchObject({ currentPage: 3, pageSize: 20 }),
    );
    await waitFor(() =>
      expect(decodeURIComponent(screen.getByTestId('location').textContent ?? '')).toContain('currentPage=3'),
    );
  });

  it('on a phone-wide window is the simple pager, centred', async () => {
    windowOf(390);
    const pagers = watchPagers();
    renderApp('/things', fakeProvider(tables()).provider);
    await within(await screen.findByRole('table')).findByText('甲');
    pagers.stop();
    expect([...pagers.seen]).toEqual(['simple']);
    expect(document.querySelector('.ant-pagination.ant-pagination-center')).not.toBeNull();
  });
});

describe('a list page’s table', () => {
  it('keeps the row actions at the row’s end by style alone: antd measures no column', async () => {
    windowOf(1280);
    renderApp('/things', fakeProvider(tables()).provider);
    const table = await screen.findByRole('table');
    await within(table).findByText('甲');
    // A `fixed` column or `scroll.x` makes antd add a measuring row and render every row again.
    expect(document.querySelector('.ant-table-measure-row')).toBeNull();
    expect(document.querySelector('.ant-table-wrapper.sq-list-table')).not.toBeNull();
    const actionCells = [...table.querySelectorAll('tr')].map((tr) => tr.lastElementChild as HTMLElement);
    expect(actionCells.length).toBe(3); // the header and two rows
    for (const cell of actionCells) {
      expect(cell.classList.contains('sq-row-actions')).toBe(true);
      expect(cell.classList.contains('ant-table-cell-fix-right')).toBe(true);
    }
    expect(actionCells[0].textContent).toBe('操作');
  });
});

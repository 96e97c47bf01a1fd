import { useGo, useTable, type BaseRecord, type HttpError, type useTableProps } from '@refinedev/core';
import type { TableProps } from 'antd';
import type { MouseEvent, ReactNode } from 'react';
import { useWindowAtLeast } from '../../app/useWindowAtLeast';

/** A pager link keeps its address (open in a new tab) while the pager itself turns the page. */
const stayOnPage = (e: MouseEvent) => e.preventDefault();

/**
 * refine's table state (page, sorters, filters, the query) with antd's `Table` props: rows, loading
 * and a pager whose pages are links to their address.
 *
 * What `@refinedev/antd`'s `useTable` gives, without its two costs on a list's first load: it
 * learns the window's width with `Grid.useBreakpoint` after mounting, so the whole list rendered a
 * second time (every cell) in the same task as the first, with the pager first in its narrow
 * form; and it makes a search form the lists do not use. The width is read while rendering here.
 */
export function useListTable<TRecord extends BaseRecord = BaseRecord>(
  props: useTableProps<TRecord, HttpError, TRecord>,
) {
  const table = useTable<TRecord, HttpError, TRecord>(props);
  const { tableQuery, currentPage, setCurrentPage, pageSize, setPageSize, sorters, filters } = table;
  const wide = useWindowAtLeast('sm');
  const paged = props.pagination?.mode !== 'off';
  const linked = props.syncWithLocation === true;

  const go = useGo();
  const itemRender = (page: number, type: string, element: ReactNode): ReactNode => {
    if (type === 'jump-prev' || type === 'jump-next') return element;
    // "Previous" on the first page and "next" on the last lead nowhere: no link.
    if ((type === 'prev' || type === 'next') && (page < 1 || page === currentPage)) return element;
    // The address with this page, the page's other parameters kept (a view's tab, the hash). Not
    // refine's `createLinkForSyncWithLocation`: it lets the current page of the address override
    // the one asked for, so every page's link led to the page already shown.
    const to =
      go({
        type: 'path',
        query: { currentPage: page, pageSize, sorters, filters },
        options: { keepQuery: true, keepHash: true },
      }) ?? undefined;
    // The pager's item around it is the tab stop (Enter turns the page): one stop per page, not two.
    return (
      <a href={to} onClick={stayOnPage} tabIndex={-1}>
        {type === 'page' ? page : element}
      </a>
    );
  };

  const tableProps: TableProps<TRecord> = {
    dataSource: tableQuery.data?.data,
    loading: !tableQuery.isFetched,
    onChange: (pagination) => {
      if (!paged) return;
      setCurrentPage(pagination.current ?? 1);
      setPageSize(pagination.pageSize ?? pageSize);
    },
    pagination: paged && {
      current: currentPage,
      pageSize,
      total: tableQuery.data?.total,
      simple: !wide,
      position: [wide ? 'bottomRight' : 'bottomCenter'],
      itemRender: linked ? itemRender : undefined,
    },
  };
  return { ...table, tableProps };
}

import type { CrudSort } from '@refinedev/core';
import type { TableProps } from 'antd';

type OnChange = NonNullable<TableProps['onChange']>;
export type AntdSorter = Parameters<OnChange>[2];

type SortOrder = 'ascend' | 'descend' | null;

/** antd's sort order of a column from refine's sorters (null keeps the column controlled). */
export function sortOrderOf(field: string, sorters: CrudSort[]): SortOrder {
  const s = sorters.find((x) => x.field === field);
  return s ? (s.order === 'asc' ? 'ascend' : 'descend') : null;
}

/**
 * The next sorters after a click in a multi-sort table, by click order: columns already
 * sorted keep their rank (with their new direction), a newly sorted column is added last,
 * an unsorted one drops out. (refine's own mapping ranks by `sorter.multiple`, lowest first,
 * the reverse of antd's meaning; ranking by click needs no numbers at all.)
 *
 * antd reports the sorted columns it shows: a sort on a field without a sortable column shown
 * (one the column settings hid, or a default order on another field) is kept as it is, in its
 * rank, when `shown` names the columns it can report. Without it such a sort was dropped by a
 * click on the pager, which then also went back to page 1.
 */
export function nextSorters(prev: CrudSort[], sorter: AntdSorter, shown?: ReadonlySet<string>): CrudSort[] {
  const list = Array.isArray(sorter) ? sorter : [sorter];
  const active: CrudSort[] = list
    .filter((s) => s.order && (s.columnKey ?? s.field) !== undefined)
    .map((s) => ({
      field: String(s.columnKey ?? (Array.isArray(s.field) ? s.field.join('.') : s.field)),
      order: s.order === 'ascend' ? 'asc' : 'desc',
    }));
  const kept = prev.flatMap((p) =>
    shown && !shown.has(p.field) ? [p] : active.filter((a) => a.field === p.field),
  );
  const added = active.filter((a) => !prev.some((p) => p.field === a.field));
  return [...kept, ...added];
}

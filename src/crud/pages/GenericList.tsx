import { PlusOutlined } from '@ant-design/icons';
import { useNavigation, type BaseRecord, type CrudFilter } from '@refinedev/core';
import { Button, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import { AfterFirstPaint, useSecondaryReady } from '../../app/firstPageFirst';
import { useLabel } from '../../i18n/lang';
import type { ResourceDef } from '../../schema/resource';
import { ColumnSettings } from '../list/ColumnSettings';
import { useColumnSettings } from '../list/columnSettings';
import { ExportButton } from '../list/ExportButton';
import { SavedFilters } from '../list/SavedFilters';
import { ToolbarStandIn } from '../list/ToolbarStandIn';
import { ReferenceScope, referenceRequests } from '../references/ReferenceScope';
import { format, useCrudText } from '../text';
import { useActionColumn, useFieldColumns } from './columns';
import { CrudPage } from './CrudPage';
import { canCreate, filterFields } from './fields';
import { FilterBar } from './FilterBar';
import { LinkButton } from './LinkButton';
import './ListTable.css';
import { EmptyState, ErrorState } from './ListStates';
import { PageFrame } from './PageFrame';
import { PageLoading } from './PageLoading';
import { retryTransient } from './retry';
import { PAGE_SIZE } from './listDefaults';
import { nextSorters } from './sorting';
import { useListTable } from './useListTable';

export { PAGE_SIZE };

/** What a feature's list page may add around the generated one (both optional). */
export interface ListExtras {
  /** Columns after the declaration's, before the actions (computed values, tags). */
  extraColumns?: ColumnsType<BaseRecord>;
  /** Shown above the filter bar (quick filters, views). */
  toolbar?: ReactNode;
}

/**
 * A singleton's record page, loaded when one is opened: a list page needs none of the record
 * page's code (its card and descriptions).
 */
const SingletonShow = lazy(() => import('./GenericShow').then((m) => ({ default: m.GenericShow })));

/** The list page of a resource; a singleton's "list" is its one record. */
export function GenericList({ resource, ...extras }: { resource: ResourceDef } & ListExtras) {
  return resource.singleton ? (
    <Suspense fallback={<PageLoading />}>
      <SingletonShow resource={resource} id={1} />
    </Suspense>
  ) : (
    <ListPage resource={resource} {...extras} />
  );
}

function isField(f: CrudFilter): f is CrudFilter & { field: string } {
  return 'field' in f;
}

function ListPage({ resource, extraColumns = [], toolbar }: { resource: ResourceDef } & ListExtras) {
  const t = useCrudText();
  const secondaryReady = useSecondaryReady();
  const label = useLabel();
  const { createUrl } = useNavigation();
  const {
    tableProps,
    tableQuery,
    sorters,
    setSorters,
    filters,
    setFilters,
    setCurrentPage,
    pageSize,
    setPageSize,
  } = useListTable<BaseRecord>({
    resource: resource.name,
    syncWithLocation: true,
    pagination: { mode: 'server', pageSize: PAGE_SIZE },
    sorters: { mode: 'server', initial: resource.defaultSort },
    filters: { mode: 'server', defaultBehavior: 'replace' },
    queryOptions: { retry: retryTransient },
    errorNotification: false,
  });

  // The columns as this user arranged them (saved per user and resource); the export follows them.
  const columnSettings = useColumnSettings(resource);
  const fields = columnSettings.fields;
  const barFields = useMemo(() => filterFields(resource), [resource]);
  const rows = tableQuery.data?.data;
  const requests = useMemo(() => referenceRequests(fields, rows ?? []), [fields, rows]);
  const columns = [
    ...useFieldColumns(resource, fields, { sorters }),
    ...extraColumns,
    useActionColumn(resource),
  ];
  const creatable = canCreate(resource);
  const filtered = filters.length > 0;

  const applyFilters = (next: CrudFilter[]) => {
    const barNames = new Set(barFields.map((f) => f.name));
    // Filters the bar does not show (a link's) stay; the bar's own are replaced.
    const others = filters.filter((f) => !isField(f) || !barNames.has(f.field));
    setFilters([...others, ...next], 'replace');
    setCurrentPage(1);
  };

  const createButton = creatable ? (
    <LinkButton type="primary" icon={<PlusOutlined />} to={createUrl(resource.name)}>
      {t.create}
    </LinkButton>
  ) : null;

  const empty = (
    <EmptyState
      description={filtered ? t.emptyFiltered : format(t.emptyList, { resource: label(resource.label) })}
    >
      {filtered ? <Button onClick={() => applyFilters([])}>{t.clearFilters}</Button> : createButton}
    </EmptyState>
  );

  return (
    <CrudPage>
      <PageFrame
        title={label(resource.label)}
        extra={
          <>
            {/* The first page paints its rows before these (firstPageFirst.tsx). */}
            <AfterFirstPaint standIn={<ToolbarStandIn />}>
              <SavedFilters
                resource={resource.name}
                filters={filters}
                sorters={sorters}
                onApply={(saved) => {
                  setFilters(saved.filters, 'replace');
                  setSorters(saved.sorters);
                  setCurrentPage(1);
                }}
              />
              <ColumnSettings
                resource={resource}
                choice={columnSettings.choice}
                onChange={columnSettings.setChoice}
                onReset={columnSettings.reset}
              />
              <ExportButton resource={resource} fields={fields} filters={filters} sorters={sorters} />
            </AfterFirstPaint>
            {createButton}
          </>
        }
      >
        {toolbar}
        <FilterBar fields={barFields} filters={filters} onApply={applyFilters} />
        {tableQuery.isError ? (
          <ErrorState error={tableQuery.error} onRetry={() => void tableQuery.refetch()} />
        ) : (
          <ReferenceScope requests={requests}>
            <Table<BaseRecord>
              {...tableProps}
              rowKey="id"
              columns={columns}
              // A sorter's tooltip and the pager are popups too: after the first paint.
              showSorterTooltip={secondaryReady}
              // Wide lists scroll inside the card on a tablet instead of squeezing every column.
              className="sq-list-table"
              locale={{ emptyText: empty }}
              pagination={
                secondaryReady &&
                tableProps.pagination && {
                  ...tableProps.pagination,
                  showSizeChanger: true,
                  pageSizeOptions: [10, 20, 50, 100],
                  showTotal: (total) => format(t.total, { total }),
                }
              }
              onChange={(pagination, _filters, sorter) => {
                // antd reports the sorts of the columns it shows; a hidden column's sort is kept.
                const shown = new Set(columns.filter((c) => c.sorter).map((c) => String(c.key)));
                const next = nextSorters(sorters, sorter, shown);
                const resorted = JSON.stringify(next) !== JSON.stringify(sorters);
                if (resorted) setSorters(next);
                setCurrentPage(resorted ? 1 : (pagination.current ?? 1));
                setPageSize(pagination.pageSize ?? pageSize);
              }}
            />
          </ReferenceScope>
        )}
      </PageFrame>
    </CrudPage>
  );
}

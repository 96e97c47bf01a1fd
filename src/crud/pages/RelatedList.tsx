import { Link, useNavigation, type BaseKey, type BaseRecord, type CrudFilter, useCan } from '@refinedev/core';
import { Card, Table } from 'antd';
import { useMemo } from 'react';
import { useLabel } from '../../i18n/lang';
import type { RelatedList as RelatedSpec, ResourceDef } from '../../schema/resource';
import { useResourceLookup } from '../lookup';
import { ReferenceScope, referenceRequests } from '../references/ReferenceScope';
import { useCrudText } from '../text';
import { useFieldColumns } from './columns';
import { listFields } from './fields';
import { ErrorState } from './ListStates';
import './ListTable.css';
import { retryTransient } from './retry';
import { useListTable } from './useListTable';

/** How many columns and rows a related list shows on a show page. */
const COLUMNS = 4;
const ROWS = 5;

/** One `related` entry of a show page: the records of another resource pointing at this one. */
export function RelatedList({ related, parentId }: { related: RelatedSpec; parentId: BaseKey }) {
  const def = useResourceLookup()(related.resource);
  // A list the role may not read is left out, rather than shown as a failed load.
  const { data: access } = useCan({ resource: related.resource, action: 'list' });
  if (!def || access?.can !== true) return null;
  return <RelatedTable def={def} field={related.field} parentId={parentId} />;
}

function RelatedTable({ def, field, parentId }: { def: ResourceDef; field: string; parentId: BaseKey }) {
  const t = useCrudText();
  const label = useLabel();
  const { listUrl } = useNavigation();
  // Equality works for a reference and for a list of them (membership); the list page's
  // filter bar reads it back, so "view all" opens the list already filtered.
  const filter: CrudFilter = useMemo(() => ({ field, operator: 'eq', value: parentId }), [field, parentId]);
  const { tableProps, tableQuery } = useListTable<BaseRecord>({
    resource: def.name,
    syncWithLocation: false,
    pagination: { mode: 'server', pageSize: ROWS },
    filters: { permanent: [filter] },
    sorters: { mode: 'server', initial: def.defaultSort },
    queryOptions: { retry: retryTransient },
    errorNotification: false,
  });
  // The title first (it links to the record, even when the list hides it), then the list's columns.
  const fields = useMemo(() => {
    const title = def.fields.filter((f) => f.name === def.titleField && f.name !== field);
    const others = listFields(def).filter((f) => f.name !== field && f.name !== def.titleField);
    return [...title, ...others].slice(0, COLUMNS);
  }, [def, field]);
  const rows = tableQuery.data?.data;
  const requests = useMemo(() => referenceRequests(fields, rows ?? []), [fields, rows]);
  const columns = useFieldColumns(def, fields);
  const heading = label(def.label);
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{heading}</h2>}
      extra={
        <Link
          to={listUrl(def.name, { query: { filters: [filter] } })}
          aria-label={`${t.viewAll}: ${heading}`}
        >
          {t.viewAll}
        </Link>
      }
      style={{ marginTop: 16 }}
    >
      {tableQuery.isError ? (
        <ErrorState error={tableQuery.error} onRetry={() => void tableQuery.refetch()} />
      ) : (
        <ReferenceScope requests={requests}>
          <Table<BaseRecord>
            {...tableProps}
            size="small"
            rowKey="id"
            columns={columns}
            // Scrolls sideways in its card on a narrow window (ListTable.css), as the lists do.
            className="sq-list-table"
            locale={{ emptyText: t.noRelated }}
            pagination={
              tableProps.pagination && {
                ...tableProps.pagination,
                hideOnSinglePage: true,
              }
            }
          />
        </ReferenceScope>
      )}
    </Card>
  );
}

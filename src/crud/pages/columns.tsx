import { useNavigation, type BaseRecord, type CrudSort } from '@refinedev/core';
import { Button } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLang } from '../../i18n/lang';
import { FIELD_KINDS } from '../../schema/fieldKinds';
import type { FieldDef } from '../../schema/fields';
import type { ResourceDef } from '../../schema/resource';
import { recordTitle } from '../references/title';
import { format, useCrudText } from '../text';
import { renderCell } from '../widgets/render';
import { canDelete, canEdit } from './fields';
import { RowDeleteButton, useRowDelete } from './RowDeleteButton';
import { sortOrderOf } from './sorting';
import { ROW_ICONS } from './staticIcons';
import { useFollowLink } from './useFollowLink';

interface Options {
  /** Server sort state; when given, sortable columns sort (several at once). */
  sorters?: CrudSort[];
}

/**
 * Table columns of fields, each cell rendered by its type's widget; the title field links to the record.
 *
 * A table renders every cell of every row, so the hooks are called here, once per table, and a
 * cell is elements only where its widget allows (`renderCell`): the title is a plain `<a>`
 * with the table's one click handler, not a router `Link` (three components) per row.
 */
export function useFieldColumns(
  resource: ResourceDef,
  fields: FieldDef[],
  { sorters }: Options = {},
): ColumnsType<BaseRecord> {
  const lang = useLang();
  const { showUrl } = useNavigation();
  const follow = useFollowLink();
  return fields.map((f, i) => {
    const sortable = sorters !== undefined && FIELD_KINDS[f.type].sortable;
    const isTitle = f.name === resource.titleField;
    return {
      key: f.name,
      dataIndex: f.name,
      title: f.label[lang],
      align: FIELD_KINDS[f.type].numeric ? 'right' : undefined,
      // `multiple` turns on antd's multi-column sorting; the server order is the click order.
      sorter: sortable ? { multiple: i + 1 } : undefined,
      sortOrder: sortable ? sortOrderOf(f.name, sorters ?? []) : undefined,
      render: (value: unknown, record: BaseRecord) =>
        isTitle && record.id !== undefined ? (
          <a href={showUrl(resource.name, record.id)} onClick={follow}>
            {recordTitle(resource, record, lang)}
          </a>
        ) : (
          renderCell(f, value, lang)
        ),
    };
  });
}

/** antd's classes of a column fixed at the end, plus ours that makes it stick (ListTable.css). */
const STICKY_END = 'ant-table-cell-fix-right ant-table-cell-fix-right-first sq-row-actions';

/** The actions' row: what antd's `<Space size={4}>` laid out, in one element instead of four. */
const ACTIONS = { display: 'inline-flex', alignItems: 'center', gap: 4, whiteSpace: 'nowrap' } as const;

/**
 * The row actions column: show, edit, delete (each an icon with an accessible name and a title).
 * Show and edit are antd link-buttons sharing the table's click handler, with icons made once
 * (`ROW_ICONS`); who may edit or delete is the session's, the same for every row.
 */
export function useActionColumn(resource: ResourceDef): ColumnsType<BaseRecord>[number] {
  const t = useCrudText();
  const lang = useLang();
  const { showUrl, editUrl } = useNavigation();
  const follow = useFollowLink();
  const { remove, pendingId } = useRowDelete(resource.name, t);
  const editable = canEdit(resource);
  const deletable = canDelete(resource);
  return {
    key: '__actions',
    title: t.actions,
    // Sticky at the row's end by ListTable.css, with antd's fixed-cell look (not `fixed`: see there).
    className: STICKY_END,
    width: 1,
    render: (_: unknown, record: BaseRecord) => {
      const id = record.id;
      if (id === undefined) return null;
      const title = recordTitle(resource, record, lang);
      const showLabel = format(t.showRecord, { title });
      const editLabel = format(t.editRecord, { title });
      return (
        <div style={ACTIONS}>
          <Button
            size="small"
            type="text"
            icon={ROW_ICONS.show}
            href={showUrl(resource.name, id)}
            onClick={follow}
            aria-label={showLabel}
            title={showLabel}
          />
          {editable && (
            <Button
              size="small"
              type="text"
              icon={ROW_ICONS.edit}
              href={editUrl(resource.name, id)}
              onClick={follow}
              aria-label={editLabel}
              title={editLabel}
            />
          )}
          {deletable && (
            <RowDeleteButton title={title} pending={pendingId === id} onConfirm={() => remove(id)} t={t} />
          )}
        </div>
      );
    },
  };
}

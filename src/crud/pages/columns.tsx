import { EditOutlined, EyeOutlined } from '@ant-design/icons';
import { Link, useNavigation, type BaseRecord, type CrudSort } from '@refinedev/core';
import { Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useLabel, useLang } from '../../i18n/lang';
import { FIELD_KINDS } from '../../schema/fieldKinds';
import type { FieldDef } from '../../schema/fields';
import type { ResourceDef } from '../../schema/resource';
import { recordTitle } from '../references/title';
import { format, useCrudText } from '../text';
import { FieldCell } from '../widgets/render';
import { canDelete, canEdit } from './fields';
import { LinkButton } from './LinkButton';
import { RowDeleteButton, useRowDelete } from './RowDeleteButton';
import { sortOrderOf } from './sorting';

interface Options {
  /** Server sort state; when given, sortable columns sort (several at once). */
  sorters?: CrudSort[];
}

/** Table columns of fields, each cell rendered by its type's widget; the title field links to the record. */
export function useFieldColumns(
  resource: ResourceDef,
  fields: FieldDef[],
  { sorters }: Options = {},
): ColumnsType<BaseRecord> {
  const label = useLabel();
  const lang = useLang();
  const { showUrl } = useNavigation();
  return fields.map((f, i) => {
    const sortable = sorters !== undefined && FIELD_KINDS[f.type].sortable;
    const isTitle = f.name === resource.titleField;
    return {
      key: f.name,
      dataIndex: f.name,
      title: label(f.label),
      align: FIELD_KINDS[f.type].numeric ? 'right' : undefined,
      // `multiple` turns on antd's multi-column sorting; the server order is the click order.
      sorter: sortable ? { multiple: i + 1 } : undefined,
      sortOrder: sortable ? sortOrderOf(f.name, sorters ?? []) : undefined,
      render: (value: unknown, record: BaseRecord) =>
        isTitle && record.id !== undefined ? (
          <Link to={showUrl(resource.name, record.id)}>{recordTitle(resource, record, lang)}</Link>
        ) : (
          <FieldCell field={f} value={value} />
        ),
    };
  });
}

/** The row actions column: show, edit, delete (each an icon with an accessible name). */
export function useActionColumn(resource: ResourceDef): ColumnsType<BaseRecord>[number] {
  const t = useCrudText();
  const lang = useLang();
  const { showUrl, editUrl } = useNavigation();
  const { remove, pendingId } = useRowDelete(resource.name, t);
  return {
    key: '__actions',
    title: t.actions,
    fixed: 'right',
    width: 1,
    render: (_: unknown, record: BaseRecord) => {
      const id = record.id;
      if (id === undefined) return null;
      const title = recordTitle(resource, record, lang);
      return (
        <Space size={4} style={{ whiteSpace: 'nowrap' }}>
          <LinkButton
            size="small"
            type="text"
            icon={<EyeOutlined />}
            to={showUrl(resource.name, id)}
            aria-label={format(t.showRecord, { title })}
            title={format(t.showRecord, { title })}
          />
          {canEdit(resource) && (
            <LinkButton
              size="small"
              type="text"
              icon={<EditOutlined />}
              to={editUrl(resource.name, id)}
              aria-label={format(t.editRecord, { title })}
              title={format(t.editRecord, { title })}
            />
          )}
          {canDelete(resource) && (
            <RowDeleteButton title={title} pending={pendingId === id} onConfirm={() => remove(id)} t={t} />
          )}
        </Space>
      );
    },
  };
}

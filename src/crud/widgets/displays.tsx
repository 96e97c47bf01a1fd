import { Descriptions, Space, Table, Tag } from 'antd';
import { useLabel } from '../../i18n/lang';
import type {
  FieldDef,
  FieldType,
  ObjectField,
  ObjectListField,
  PhoneField,
  ScoreMapField,
  TextField,
} from '../../schema/fields';
import { asRecord } from './object';
import { asRows } from './objectList';
import { isBlank } from './registry';
import { EMPTY_VALUE, FieldCell } from './render';
import { pairs, show } from './scoreMap';
import { asText } from './text';
import type { FieldOf, ValueProps, View } from './types';

/** A text as typed, its line breaks kept. */
function TextDisplay({ value }: ValueProps<TextField | PhoneField>) {
  return <span style={{ whiteSpace: 'pre-wrap' }}>{asText(value)}</span>;
}

/** An object's sub-fields, one per line with its label. */
function ObjectDisplay({ field, value }: ValueProps<ObjectField>) {
  const label = useLabel();
  const record = asRecord(value);
  return (
    <Descriptions
      size="small"
      column={1}
      items={field.fields.map((sub) => ({
        key: sub.name,
        label: label(sub.label),
        children: <FieldDisplay field={sub} value={record[sub.name]} />,
      }))}
    />
  );
}

/** The rows as a small table, each sub-field with its own cell. */
function ObjectListDisplay({ field, value }: ValueProps<ObjectListField>) {
  const label = useLabel();
  const rows = asRows(value).map((row, i) => ({ ...row, __key: i }));
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="__key"
      dataSource={rows}
      columns={field.fields.map((sub) => ({
        key: sub.name,
        dataIndex: sub.name,
        title: label(sub.label),
        render: (v: unknown) => <FieldCell field={sub} value={v} />,
      }))}
    />
  );
}

/** A map's entries as tags. */
function ScoreMapDisplay({ value }: ValueProps<ScoreMapField>) {
  return (
    <Space size={[4, 4]} wrap>
      {pairs(value).map(([k, v]) => (
        <Tag key={k}>
          {k}: {show(v)}
        </Tag>
      ))}
    </Space>
  );
}

type Registry = { [T in FieldType]?: View<ValueProps<FieldOf<T>>> };

/**
 * The show page's half of the field-type registry: the types shown otherwise than by their list
 * cell. The show page imports it; lists do not (Descriptions stays out of a list's code).
 */
export const DISPLAYS: Registry = {
  text: TextDisplay,
  longText: TextDisplay,
  phone: TextDisplay,
  object: ObjectDisplay,
  objectList: ObjectListDisplay,
  scoreMap: ScoreMapDisplay,
};

/** A field's value on the show page: its display, else its list cell. */
export function FieldDisplay({ field, value }: ValueProps<FieldDef>) {
  if (isBlank(value)) return EMPTY_VALUE;
  // As in FORM_FIELDS: the index loses the pairing of type and variant, hence the cast.
  const Display = DISPLAYS[field.type] as View<ValueProps<FieldDef>> | undefined;
  return Display ? <Display field={field} value={value} /> : <FieldCell field={field} value={value} />;
}

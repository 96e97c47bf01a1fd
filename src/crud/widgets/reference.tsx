import { Space } from 'antd';
import { useLabel } from '../../i18n/lang';
import type { ReferenceField } from '../../schema/fields';
import { ReferenceName } from '../references/ReferenceName';
import { ReferenceSelect } from '../references/ReferenceSelect';
import { toKeys } from '../references/title';
import { useCrudText } from '../text';
import type { FilterControlProps, ValueProps, Widget } from './types';

function cell(field: ReferenceField, value: unknown) {
  const ids = toKeys(value);
  if (field.type === 'reference')
    return ids.length ? <ReferenceName resource={field.resource} id={ids[0]} /> : null;
  return (
    <Space size={[8, 0]} wrap split="·">
      {ids.map((id) => (
        <ReferenceName key={String(id)} resource={field.resource} id={id} />
      ))}
    </Space>
  );
}

function Cell({ field, value }: ValueProps<ReferenceField>) {
  return cell(field, value);
}

/** reference: any of several records; referenceList: the lists that hold one record. */
function Filter({ field, id, value, onChange }: FilterControlProps<ReferenceField>) {
  const t = useCrudText();
  const label = useLabel();
  return (
    <ReferenceSelect
      id={id}
      aria-label={label(field.label)}
      resource={field.resource}
      multiple={field.type === 'reference'}
      allowClear
      placeholder={t.any}
      style={{ width: '100%' }}
      value={value}
      onChange={(v) => onChange?.(v)}
    />
  );
}

/** reference: an id of another resource's record, shown by its name; referenceList: several. */
export const referenceWidget: Widget<ReferenceField> = {
  text: (_f, value) =>
    toKeys(value)
      .map((id) => `#${id}`)
      .join(', '),
  Cell,
  cell,
  Filter,
  referencedResources: (field) => [field.resource],
  references: (field, value, add) => toKeys(value).forEach((id) => add(field.resource, id)),
};

import { Select, Tag } from 'antd';
import { useLabel, useLang } from '../../i18n/lang';
import type { BooleanField } from '../../schema/fields';
import type { Lang } from '../../schema/labels';
import { crudText, useCrudText } from '../text';
import type { FilterControlProps, ValueProps, Widget } from './types';

function cell(_field: BooleanField, value: unknown, lang: Lang) {
  if (typeof value !== 'boolean') return null;
  const t = crudText(lang);
  return <Tag color={value ? 'green' : 'default'}>{value ? t.yes : t.no}</Tag>;
}

function Cell({ field, value }: ValueProps<BooleanField>) {
  return cell(field, value, useLang());
}

function Filter({ field, id, value, onChange }: FilterControlProps<BooleanField>) {
  const t = useCrudText();
  const label = useLabel();
  return (
    <Select
      id={id}
      aria-label={label(field.label)}
      allowClear
      placeholder={t.any}
      style={{ width: '100%' }}
      options={[
        { value: 'true', label: t.yes },
        { value: 'false', label: t.no },
      ]}
      value={typeof value === 'boolean' ? String(value) : undefined}
      onChange={(v: string | undefined) => onChange?.(v === undefined ? null : v === 'true')}
    />
  );
}

/** true / false, shown as 是 / 否; a switch left off submits false (what it shows). */
export const booleanWidget: Widget<BooleanField> = {
  text: (_f, value, lang) =>
    typeof value === 'boolean' ? (value ? crudText(lang).yes : crudText(lang).no) : '',
  Cell,
  cell,
  Filter,
  clean: (_f, value) => value === true,
};

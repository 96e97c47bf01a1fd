import { Select, Tag } from 'antd';
import { useLabel, useLang } from '../../i18n/lang';
import type { EnumField } from '../../schema/fields';
import type { Lang } from '../../schema/labels';
import { useCrudText } from '../text';
import type { FilterControlProps, ValueProps, Widget } from './types';

const asList = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : value === null || value === undefined ? [] : [value];

function optionLabel(field: EnumField, value: unknown, lang: Lang): string {
  const option = field.options.find((o) => o.value === value);
  return option ? option.label[lang] : String(value);
}

export function useOptions(field: EnumField) {
  const label = useLabel();
  return field.options.map((o) => ({ value: o.value, label: label(o.label) }));
}

/**
 * The tags wrap like antd's `<Space size={[0, 4]} wrap>` did, in one element: Space added a
 * component and a wrapper per tag to every enum cell of every row.
 */
const TAGS = { display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', rowGap: 4 } as const;

function cell(field: EnumField, value: unknown, lang: Lang) {
  return (
    <span style={TAGS}>
      {asList(value).map((v) => (
        <Tag key={String(v)} color={field.options.find((o) => o.value === v)?.color}>
          {optionLabel(field, v, lang)}
        </Tag>
      ))}
    </span>
  );
}

function Cell({ field, value }: ValueProps<EnumField>) {
  return cell(field, value, useLang());
}

/** enum: any of several values; enumList: the lists that hold one value. */
function Filter({ field, id, value, onChange }: FilterControlProps<EnumField>) {
  const t = useCrudText();
  const label = useLabel();
  const options = useOptions(field);
  const multiple = field.type === 'enum';
  return (
    <Select
      id={id}
      aria-label={label(field.label)}
      options={options}
      mode={multiple ? 'multiple' : undefined}
      allowClear
      placeholder={t.any}
      optionFilterProp="label"
      style={{ width: '100%' }}
      value={multiple ? asList(value).map(String) : typeof value === 'string' ? value : undefined}
      onChange={(v: string | string[] | undefined) =>
        onChange?.(v === undefined || (Array.isArray(v) && v.length === 0) ? null : v)
      }
    />
  );
}

/** enum: one option, shown as a coloured tag; enumList: several. */
export const enumWidget: Widget<EnumField> = {
  text: (field, value, lang) =>
    asList(value)
      .map((v) => optionLabel(field, v, lang))
      .join(lang === 'zh' ? '、' : ', '),
  Cell,
  cell,
  Filter,
};

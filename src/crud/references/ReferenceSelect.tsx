import { useSelect } from '@refinedev/antd';
import type { BaseKey, BaseRecord } from '@refinedev/core';
import { Select } from 'antd';
import { useState, type CSSProperties } from 'react';
import { useLang } from '../../i18n/lang';
import { escapeLike } from '../../schema/filters';
import { useResourceLookup } from '../lookup';
import { useCrudText } from '../text';
import { recordTitle, toKeys } from './title';

export interface ReferenceSelectProps {
  resource: string;
  multiple?: boolean;
  id?: string;
  value?: unknown;
  onChange?: (value: BaseKey | BaseKey[] | null) => void;
  allowClear?: boolean;
  placeholder?: string;
  style?: CSSProperties;
  'aria-label'?: string;
}

/**
 * A searchable select of another resource's records, named by its title field. Options load
 * when the list first opens (a filter bar of several references sends nothing until used);
 * the selected ids are fetched at once, so their names show. Typing searches the title field
 * with an escaped `contains`.
 */
export function ReferenceSelect({
  resource,
  multiple,
  value,
  onChange,
  placeholder,
  ...rest
}: ReferenceSelectProps) {
  const lang = useLang();
  const t = useCrudText();
  const def = useResourceLookup()(resource);
  const titleField = def?.titleField ?? 'name';
  const [opened, setOpened] = useState(false);
  const keys = toKeys(value);
  const { selectProps } = useSelect<BaseRecord>({
    resource,
    optionLabel: (item) => recordTitle(def, item, lang),
    onSearch: (text) =>
      text.trim() === '' ? [] : [{ field: titleField, operator: 'contains', value: escapeLike(text.trim()) }],
    defaultValue: keys,
    pagination: { pageSize: 20, mode: 'server' },
    queryOptions: { enabled: opened },
    defaultValueQueryOptions: { enabled: keys.length > 0 },
    errorNotification: false,
  });
  return (
    <Select<BaseKey | BaseKey[]>
      {...rest}
      options={selectProps.options}
      onSearch={selectProps.onSearch}
      loading={selectProps.loading}
      showSearch
      filterOption={false}
      mode={multiple ? 'multiple' : undefined}
      placeholder={placeholder ?? t.selectPlaceholder}
      value={multiple ? keys : keys[0]}
      onOpenChange={(open) => open && setOpened(true)}
      onChange={(next: BaseKey | BaseKey[] | undefined) =>
        onChange?.(next === undefined || (Array.isArray(next) && next.length === 0) ? null : next)
      }
    />
  );
}

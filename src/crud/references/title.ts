import type { BaseKey, BaseRecord } from '@refinedev/core';
import type { Lang } from '../../schema/labels';
import { findField, type ResourceDef } from '../../schema/resource';
import { fieldText } from '../widgets/registry';

/** The name of a record wherever it is referred to: its title field, formatted by its type. */
export function recordTitle(def: ResourceDef | undefined, record: BaseRecord, lang: Lang): string {
  const titleField = def ? findField(def, def.titleField) : undefined;
  const raw: unknown = record[def?.titleField ?? 'name'];
  const text = titleField ? fieldText(titleField, raw, lang) : raw == null ? '' : String(raw);
  return text === '' ? `#${String(record.id)}` : text;
}

/** Ids as they are stored: a numeric string (read back from the URL) becomes a number. */
export function toKey(value: unknown): BaseKey | undefined {
  if (typeof value === 'number') return value;
  if (typeof value !== 'string' || value === '') return undefined;
  return /^\d+$/.test(value) ? Number(value) : value;
}

export function toKeys(value: unknown): BaseKey[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map(toKey).filter((k): k is BaseKey => k !== undefined);
}

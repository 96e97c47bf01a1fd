import type { HttpError } from '@refinedev/core';
import type { FieldDef } from '../../schema/fields';
import type { Lang } from '../../schema/labels';
import { locateError } from '../widgets/registry';
import type { NamePath } from '../widgets/types';

export interface PlacedErrors {
  /** `form.setFields` entries: one per form field, with every message that lands on it. */
  fields: { name: NamePath; errors: string[] }[];
  /** Messages with no field on the form (a read-only field, `_body`, an unknown key). */
  unplaced: string[];
}

function messagesOf(raw: unknown): string[] {
  if (Array.isArray(raw)) return raw.map(String);
  if (typeof raw === 'string') return [raw];
  if (raw && typeof raw === 'object' && 'message' in raw)
    return [String((raw as { message: unknown }).message)];
  return raw === true ? ['✕'] : [];
}

/**
 * Places the backend's field errors (`{'lines.0.unitPrice': '…'}`) on the form. refine's
 * antd `useForm` already splits such keys into name paths; this also handles paths that are
 * no form field: a key inside a score map lands on the map with the key as a prefix, an
 * error below a row's unknown key on the row's list, and anything else is returned unplaced
 * (with the field's label when the declaration knows it) instead of disappearing.
 */
export function placeServerErrors(
  fields: FieldDef[],
  errors: HttpError['errors'],
  registered: NamePath[],
  lang: Lang,
): PlacedErrors {
  const known = new Set(registered.map((p) => JSON.stringify(p)));
  const byPath = new Map<string, { name: NamePath; errors: string[] }>();
  const unplaced: string[] = [];
  for (const [key, raw] of Object.entries(errors ?? {})) {
    const messages = messagesOf(raw);
    const parts = key.split('.');
    const target = locateError(fields, parts);
    let path: NamePath = target?.path ?? [];
    const notes: string[] = target?.note ? [target.note] : [];
    while (path.length > 0 && !known.has(JSON.stringify(path))) {
      notes.unshift(String(path[path.length - 1]));
      path = path.slice(0, -1);
    }
    if (path.length === 0) {
      const field = fields.find((f) => f.name === parts[0]);
      const where = field
        ? field.label[lang] + (parts.length > 1 ? ` (${parts.slice(1).join('.')})` : '')
        : key;
      for (const m of messages) unplaced.push(`${where}: ${m}`);
      continue;
    }
    const prefix = notes.length > 0 ? `${notes.join('.')}: ` : '';
    const id = JSON.stringify(path);
    const entry = byPath.get(id) ?? { name: path, errors: [] };
    entry.errors.push(...messages.map((m) => prefix + m));
    byPath.set(id, entry);
  }
  return { fields: [...byPath.values()], unplaced };
}

import { z } from 'zod';
import { fieldSchema, normaliseValue } from './fieldTypes';
import type { Lang } from './labels';
import { message } from './messages';
import type { ResourceDef } from './resource';
import { defaultsOf, writableFields } from './writable';

export { defaultsOf, writableFields } from './writable';

/** Field path (`name`, `lines.0.unitPrice`) → message. */
export type FieldErrors = Record<string, string>;

export type WriteMode = 'create' | 'replace' | 'patch';

export type WriteCheck = { ok: true; record: Record<string, unknown> } | { ok: false; errors: FieldErrors };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks a write against the declaration and returns the record to store.
 * - unknown fields are refused; read-only fields (numbers, timestamps) are ignored, so a
 *   client-sent value never lands;
 * - create fills defaults; patch validates the merged record, so a required field cannot be
 *   emptied by a partial update;
 * - values are normalised (instants to canonical UTC, text trimmed).
 * Reference existence and uniqueness need the database: the backend checks those afterwards.
 */
export function validateWrite(
  resource: ResourceDef,
  body: unknown,
  mode: WriteMode,
  lang: Lang,
  existing: Record<string, unknown> = {},
): WriteCheck {
  if (!isPlainObject(body)) return { ok: false, errors: { _body: message('bodyNotObject', lang) } };
  const errors: FieldErrors = {};
  const known = new Map(resource.fields.map((f) => [f.name, f]));
  const input: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    const field = known.get(key);
    if (key === 'id') continue;
    if (!field) errors[key] = message('unknownField', lang);
    else if (!field.readOnly) input[key] = value;
  }

  const base =
    mode === 'create'
      ? defaultsOf(resource)
      : mode === 'replace'
        ? pickReadOnly(resource, existing)
        : { ...existing };
  const merged: Record<string, unknown> = { ...base, ...input };

  const shape: Record<string, z.ZodType> = {};
  for (const field of writableFields(resource)) shape[field.name] = fieldSchema(field, lang);
  const parsed = z.object(shape).safeParse(merged);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join('.');
      // unrecognized_keys inside nested objects name the keys in the issue itself
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) errors[path ? `${path}.${key}` : key] ??= message('unknownField', lang);
      } else errors[path] ??= issue.message;
    }
  }
  if (Object.keys(errors).length === 0) {
    for (const rule of resource.rules ?? []) {
      if (!rule.test(merged)) errors[rule.field] ??= rule.message[lang];
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const record: Record<string, unknown> = { ...merged };
  for (const field of writableFields(resource))
    record[field.name] = normaliseValue(field, merged[field.name]);
  return { ok: true, record };
}

function pickReadOnly(resource: ResourceDef, existing: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of resource.fields) if (f.readOnly && f.name in existing) out[f.name] = existing[f.name];
  return out;
}

import type { FieldDef, ReferenceField } from '../src/schema/fields';
import type { Lang } from '../src/schema/labels';
import { message } from '../src/schema/messages';
import type { ResourceDef } from '../src/schema/resource';
import type { FieldErrors } from '../src/schema/validate';
import type { Row } from './database';
import type { Store } from './store';

/**
 * References between records, from the declarations: `reference` and `referenceList` fields,
 * at the top level or inside `object` / `objectList` fields (contract lines → service items).
 */

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One referenced id in a record, with the field path a form shows its error on. */
export interface ReferenceUse {
  path: string;
  field: ReferenceField;
  id: unknown;
}

/** Every referenced id of a record (a referenceList's ids all report on the list's path). */
export function* referencesIn(fields: FieldDef[], value: Obj, prefix = ''): Generator<ReferenceUse> {
  for (const field of fields) {
    const v = value[field.name];
    const path = `${prefix}${field.name}`;
    if (v === null || v === undefined) continue;
    if (field.type === 'reference') yield { path, field, id: v };
    else if (field.type === 'referenceList' && Array.isArray(v)) {
      for (const id of v) yield { path, field, id };
    } else if (field.type === 'object' && isObj(v)) yield* referencesIn(field.fields, v, `${path}.`);
    else if (field.type === 'objectList' && Array.isArray(v)) {
      for (const [i, row] of v.entries())
        if (isObj(row)) yield* referencesIn(field.fields, row, `${path}.${i}.`);
    }
  }
}

/** Field errors for every reference of `record` to a record that does not exist. */
export function missingReferences(store: Store, resource: ResourceDef, record: Obj, lang: Lang): FieldErrors {
  const errors: FieldErrors = {};
  const idsOf = new Map<string, Set<unknown>>();
  for (const use of referencesIn(resource.fields, record)) {
    if (errors[use.path]) continue;
    let ids = idsOf.get(use.field.resource);
    if (!ids) {
      ids = new Set(store.rows(use.field.resource).map((r) => r.id));
      idsOf.set(use.field.resource, ids);
    }
    if (!ids.has(use.id)) errors[use.path] = message('referenceMissing', lang);
  }
  return errors;
}

type Matcher = (value: Obj, id: number) => boolean;

/** A test "does this record (or row) refer to `id` of `target`", or null when it never can. */
function matcherFor(fields: FieldDef[], target: string): Matcher | null {
  const parts: Matcher[] = [];
  for (const f of fields) {
    const name = f.name;
    if (f.type === 'reference' && f.resource === target) parts.push((r, id) => r[name] === id);
    else if (f.type === 'referenceList' && f.resource === target)
      parts.push((r, id) => Array.isArray(r[name]) && (r[name] as unknown[]).includes(id));
    else if (f.type === 'object') {
      const inner = matcherFor(f.fields, target);
      if (inner) parts.push((r, id) => isObj(r[name]) && inner(r[name] as Obj, id));
    } else if (f.type === 'objectList') {
      const inner = matcherFor(f.fields, target);
      if (inner)
        parts.push(
          (r, id) => Array.isArray(r[name]) && (r[name] as unknown[]).some((x) => isObj(x) && inner(x, id)),
        );
    }
  }
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0];
  return (r, id) => parts.some((p) => p(r, id));
}

export interface Referrer {
  resource: ResourceDef;
  count: number;
}

/**
 * The resources whose records refer to record `id` of `target`, with how many records each
 * (a record referring to itself does not count).
 */
export function referrersOf(
  store: Store,
  resources: readonly ResourceDef[],
  target: string,
  id: number,
): Referrer[] {
  const out: Referrer[] = [];
  for (const resource of resources) {
    const matches = matcherFor(resource.fields, target);
    if (!matches) continue;
    const self = resource.name === target;
    let count = 0;
    for (const row of store.rows(resource.name) as readonly Row[]) {
      if (self && row.id === id) continue;
      if (matches(row, id)) count += 1;
    }
    if (count > 0) out.push({ resource, count });
  }
  return out;
}

/** "部门（2）、员工（14）" / "Departments (2), Employees (14)". */
export function describeReferrers(referrers: Referrer[], lang: Lang): string {
  return referrers
    .map(({ resource, count }) =>
      lang === 'zh' ? `${resource.label.zh}（${count}）` : `${resource.label.en} (${count})`,
    )
    .join(lang === 'zh' ? '、' : ', ');
}

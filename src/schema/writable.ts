import type { ResourceDef } from './resource';

/*
 * What a write may hold, from the declaration alone: imported by the browser's lists and forms
 * without `validate.ts`, which brings zod (see `fieldKinds.ts`).
 */

/** Fields a client may write: everything but what the backend sets itself. */
export function writableFields(resource: ResourceDef) {
  return resource.fields.filter((f) => !f.readOnly);
}

/** The defaults a new record starts with, from the declaration. */
export function defaultsOf(resource: ResourceDef): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of resource.fields) if (f.default !== undefined) out[f.name] = structuredClone(f.default);
  return out;
}

import type { Lang } from '../src/schema/labels';
import { message } from '../src/schema/messages';
import type { ResourceDef } from '../src/schema/resource';
import type { FieldErrors } from '../src/schema/validate';
import type { Store } from './store';

function absent(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/**
 * Field errors for values another record of the resource already holds: each `unique` field,
 * and each `uniqueTogether` group (reported on the group's last field). An empty value is never
 * a clash. `id` is the record's own id on an update.
 */
export function uniquenessErrors(
  store: Store,
  resource: ResourceDef,
  record: Record<string, unknown>,
  id: number | undefined,
  lang: Lang,
): FieldErrors {
  const errors: FieldErrors = {};
  const groups: string[][] = [
    ...resource.fields.filter((f) => f.unique).map((f) => [f.name]),
    ...(resource.uniqueTogether ?? []),
  ];
  const live = groups.filter((names) => names.every((n) => !absent(record[n])));
  if (live.length === 0) return errors;
  for (const row of store.rows(resource.name)) {
    if (row.id === id) continue;
    for (const names of live) {
      const at = names[names.length - 1];
      if (errors[at]) continue;
      if (names.every((n) => row[n] === record[n])) errors[at] = message('notUnique', lang);
    }
  }
  return errors;
}

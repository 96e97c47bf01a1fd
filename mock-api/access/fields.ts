import type { Response } from 'express';
import { hiddenFields, maskRow, maskValue, writableFieldsFor } from '../../src/domain/access';
import type { ResourceDef } from '../../src/schema/resource';
import { identityOf } from '../auth/context';
import type { Row } from '../database';
import { langOf } from '../errors';
import { publicView } from '../records';
import { accessError } from './messages';

/** A stored record as the request's user may receive it (masked for their role), public fields only. */
export function viewFor(res: Response, resource: ResourceDef, row: Row): Record<string, unknown> {
  const identity = identityOf(res);
  return publicView(resource, identity ? maskRow(identity.role, resource.name, row) : row);
}

/**
 * A user who receives a field masked and sends the masked value back (a whole record in a PUT)
 * has not changed it: the stored value is kept instead of the mask being saved over it.
 */
export function restoreMaskedValues(
  res: Response,
  resource: ResourceDef,
  body: unknown,
  existing: Row,
): unknown {
  const identity = identityOf(res);
  if (!identity || typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const { masked, withheld } = hiddenFields(identity.role, resource.name);
  const out: Record<string, unknown> = { ...(body as Record<string, unknown>) };
  for (const f of masked)
    if (f in out && out[f] !== null && out[f] === maskValue(existing[f])) out[f] = existing[f];
  for (const f of withheld) if (f in out && out[f] === null) out[f] = existing[f];
  return out;
}

/** 403 when the user's role may change only some fields of this resource and others changed. */
export function fieldLimitCheck(
  res: Response,
  resource: ResourceDef,
  record: Record<string, unknown>,
  existing: Row,
): void {
  const identity = identityOf(res);
  if (!identity) return;
  const allowed = writableFieldsFor(identity.role, resource.name);
  if (!allowed) return;
  const changed = resource.fields
    .filter((f) => !f.readOnly && !allowed.includes(f.name))
    .filter((f) => JSON.stringify(record[f.name] ?? null) !== JSON.stringify(existing[f.name] ?? null))
    .map((f) => f.name);
  if (changed.length > 0)
    throw accessError(403, 'forbiddenField', { fields: changed.join(', ') }, langOf(res));
}

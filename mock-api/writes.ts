import type { Request, RequestHandler, Response } from 'express';
import type { Lang } from '../src/schema/labels';
import type { ResourceDef } from '../src/schema/resource';
import { validateWrite, type WriteMode } from '../src/schema/validate';
import type { Row } from './database';
import { ApiError, apiMessage, fieldErrors, langOf, schemaError } from './errors';
import type { HookContext, HookRegistry, ResourceHooks, WriteChange } from './hooks';
import { fieldLimitCheck, restoreMaskedValues, viewFor } from './access/fields';
import { takeVersion } from './access/version';
import { toRow } from './records';
import { describeReferrers, missingReferences, referrersOf } from './references';
import { versionOf, type Store } from './store';
import { accessMessage } from './access/messages';
import { targetOf } from './target';
import { uniquenessErrors } from './unique';

/**
 * POST, PUT, PATCH and DELETE: handled here, never by json-server's router (whose DELETE
 * cascades to every record pointing at the deleted one). Validation against the declaration,
 * then references and uniqueness against the database, then the resource's hooks, then one
 * atomic write.
 */

export interface WriteDeps {
  store: Store;
  hooks: HookRegistry;
  /** Every resource, for finding what refers to a record about to be deleted. */
  resources: readonly ResourceDef[];
  now: () => Date;
}

/** Media types a write body may have. */
export const JSON_TYPES = ['application/json', 'application/*+json'];

function requireJsonBody(req: Request, lang: Lang): void {
  // `req.is` is false for a body of another type, null for no body at all.
  if (req.is(JSON_TYPES) === false) throw new ApiError(415, apiMessage('unsupportedMediaType', lang));
}

function refuseReadOnly(resource: ResourceDef, lang: Lang): void {
  if (resource.readOnly) throw schemaError(405, 'readOnlyResource', lang);
}

function context(deps: WriteDeps, resource: ResourceDef, req: Request, res: Response): HookContext {
  return { store: deps.store, resource, lang: langOf(res), now: deps.now(), req };
}

/** References must exist; unique values must be free. Throws 400 with field errors. */
function checkDatabase(
  deps: WriteDeps,
  resource: ResourceDef,
  record: Record<string, unknown>,
  id: number | undefined,
  lang: Lang,
): void {
  const errors = {
    ...missingReferences(deps.store, resource, record, lang),
    ...uniquenessErrors(deps.store, resource, record, id, lang),
  };
  if (Object.keys(errors).length > 0) throw fieldErrors(errors, lang);
}

/** Hook results are checked for uniqueness again (numbering hooks fill unique fields). */
function recheckUniqueness(
  deps: WriteDeps,
  resource: ResourceDef,
  record: Record<string, unknown>,
  id: number | undefined,
  lang: Lang,
): void {
  const errors = uniquenessErrors(deps.store, resource, record, id, lang);
  if (Object.keys(errors).length > 0) throw fieldErrors(errors, lang);
}

/** 409 when the client edited an older version of the record than the stored one. */
function checkVersion(existing: Row, sent: number | undefined, lang: Lang): void {
  const current = versionOf(existing);
  if (sent !== undefined && sent !== current)
    throw new ApiError(409, accessMessage('staleVersion', lang, { sent, current }), {
      currentVersion: current,
    });
}

function afterWrite(hooks: ResourceHooks[], change: WriteChange, ctx: HookContext): void {
  for (const h of hooks) h.afterWrite?.(change, ctx);
}

function validated(
  resource: ResourceDef,
  body: unknown,
  mode: WriteMode,
  lang: Lang,
  existing?: Row,
): Record<string, unknown> {
  const check = validateWrite(resource, body, mode, lang, existing);
  if (!check.ok) throw fieldErrors(check.errors, lang);
  return check.record;
}

/** POST /:resource */
export function createHandler(deps: WriteDeps): RequestHandler {
  return (req, res) => {
    const { resource } = targetOf(res);
    const lang = langOf(res);
    refuseReadOnly(resource, lang);
    if (resource.singleton) throw schemaError(405, 'singletonNoCreate', lang);
    requireJsonBody(req, lang);
    const body = takeVersion(req.body, lang).body;
    let record = validated(resource, body, 'create', lang);
    checkDatabase(deps, resource, record, undefined, lang);
    const hooks = deps.hooks.hooksFor(resource.name);
    const ctx = context(deps, resource, req, res);
    for (const h of hooks) record = h.beforeCreate?.(record, ctx) ?? record;
    if (hooks.length > 0) recheckUniqueness(deps, resource, record, undefined, lang);

    const row = deps.store.transaction(() => {
      const created = toRow(resource, deps.store.allocateId(resource.name), record);
      deps.store.insert(resource.name, created);
      afterWrite(hooks, { action: 'create', record: created }, ctx);
      return created;
    });
    res
      .status(201)
      .location(`${req.baseUrl}/${resource.name}/${row.id}`)
      .json(viewFor(res, resource, row));
  };
}

/** PUT and PATCH /:resource/:id (a singleton's record 1 is created by its first update). */
export function updateHandler(deps: WriteDeps): RequestHandler {
  return (req, res) => {
    const { resource, id } = targetOf(res);
    const lang = langOf(res);
    refuseReadOnly(resource, lang);
    if (id === undefined || (resource.singleton && id !== 1)) throw schemaError(404, 'notFound', lang);
    requireJsonBody(req, lang);
    const existing = deps.store.find(resource.name, id);
    if (!existing && !resource.singleton) throw schemaError(404, 'notFound', lang);
    const mode: WriteMode = !existing ? 'create' : req.method === 'PATCH' ? 'patch' : 'replace';
    const { body: sent, version } = takeVersion(req.body, lang, req.get('If-Match'));
    // A stale version changes nothing: refused before anything else is looked at.
    if (existing) checkVersion(existing, version, lang);
    const body = existing ? restoreMaskedValues(res, resource, sent, existing) : sent;
    let record = validated(resource, body, mode, lang, existing);
    if (existing) fieldLimitCheck(res, resource, record, existing);
    checkDatabase(deps, resource, record, id, lang);
    const hooks = deps.hooks.hooksFor(resource.name);
    const ctx = context(deps, resource, req, res);
    for (const h of hooks)
      record = (existing ? h.beforeUpdate?.(record, existing, ctx) : h.beforeCreate?.(record, ctx)) ?? record;
    if (hooks.length > 0) recheckUniqueness(deps, resource, record, id, lang);

    const row = deps.store.transaction(() => {
      const next = toRow(resource, id, record);
      if (existing) deps.store.replace(resource.name, next);
      else deps.store.insert(resource.name, next);
      afterWrite(hooks, { action: existing ? 'update' : 'create', record: next, previous: existing }, ctx);
      return next;
    });
    res.status(200).json(viewFor(res, resource, row));
  };
}

/** DELETE /:resource/:id: refused with 409 while anything refers to the record. */
export function deleteHandler(deps: WriteDeps): RequestHandler {
  return (req, res) => {
    const { resource, id } = targetOf(res);
    const lang = langOf(res);
    refuseReadOnly(resource, lang);
    if (resource.singleton) throw schemaError(405, 'singletonNoCreate', lang);
    const existing = id === undefined ? undefined : deps.store.find(resource.name, id);
    if (!existing) throw schemaError(404, 'notFound', lang);
    checkVersion(existing, takeVersion({}, lang, req.get('If-Match')).version, lang);

    const referrers = referrersOf(deps.store, deps.resources, resource.name, existing.id);
    if (referrers.length > 0) {
      throw schemaError(
        409,
        'referencedBy',
        lang,
        { refs: describeReferrers(referrers, lang) },
        {
          references: referrers.map((r) => ({ resource: r.resource.name, count: r.count })),
        },
      );
    }
    const hooks = deps.hooks.hooksFor(resource.name);
    const ctx = context(deps, resource, req, res);
    for (const h of hooks) h.beforeDelete?.(existing, ctx);
    deps.store.transaction(() => {
      deps.store.remove(resource.name, existing.id);
      afterWrite(hooks, { action: 'delete', previous: existing }, ctx);
    });
    res.status(200).json({});
  };
}

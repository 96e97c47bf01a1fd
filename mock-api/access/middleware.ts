import type { Request, RequestHandler, Response } from 'express';
import { can, canReport, type AccessAction } from '../../src/domain/access';
import { getResource } from '../../src/resources/index';
import { currentContext, identityOf, runInContext } from '../auth/context';
import type { AuditTrail } from '../audit/trail';
import { langOf } from '../errors';
import type { Store } from '../store';
import { ACTION_WORDS, accessError } from './messages';
import { inScope } from './scope';

/**
 * What a route requires. Feature routes may declare it (`ApiFeature.access`); otherwise it is
 * derived from the path, so a route added later is covered without an edit here:
 * - `/auth/…`: a signed-in user (sign-in itself is public, see auth/routes.ts);
 * - `/reports/:name…`, `/stats/:name…`, `/dashboards/:name…`: the right to that report;
 * - `/:resource…` of a declared resource: GET reads; POST on the collection or a sub-path that
 *   is not a record (`/appraisal-events/batch`) creates; POST on a record's sub-path
 *   (`/complaints/7/transitions`), PUT and PATCH update; DELETE deletes;
 * - anything else: the administrator only (deny by default).
 */
export type AccessRequirement =
  | { kind: 'signed-in' }
  | { kind: 'report'; name: string }
  | { kind: 'resource'; resource: string; action: AccessAction; id?: number }
  | { kind: 'admin' };

/** A feature route's declared requirement: first match by method and path (under /api) wins. */
export interface RouteAccess {
  method?: string;
  path: RegExp;
  require: (req: Request) => AccessRequirement;
}

const ID = /^[1-9]\d{0,14}$/;
const REPORT_ROOTS = ['reports', 'stats', 'dashboards'];

export function requirementOf(method: string, path: string): AccessRequirement {
  const parts = path.split('/').filter(Boolean);
  const [root, second] = parts;
  if (root === 'auth') return { kind: 'signed-in' };
  if (root !== undefined && REPORT_ROOTS.includes(root)) return { kind: 'report', name: second ?? '' };
  const resource = root === undefined ? undefined : getResource(root);
  if (!resource) return { kind: 'admin' };
  const id = second !== undefined && ID.test(second) ? Number(second) : undefined;
  let action: AccessAction;
  switch (method) {
    case 'GET':
    case 'HEAD':
      action = 'read';
      break;
    case 'POST':
      action = id !== undefined ? 'update' : 'create';
      break;
    case 'PUT':
    case 'PATCH':
      action = 'update';
      break;
    case 'DELETE':
      action = 'delete';
      break;
    default:
      // Any other method is answered 405 by the routes; still, only with the right to write.
      action = 'update';
  }
  return { kind: 'resource', resource: resource.name, action, id };
}

export interface AccessDeps {
  store: Store;
  audit: AuditTrail;
  /** Declared requirements of feature routes. */
  routes: readonly RouteAccess[];
}

function checkReportBranch(req: Request, res: Response, store: Store): void {
  const identity = identityOf(res);
  const code = req.query.branch;
  if (!identity || identity.branchIds.length === 0 || typeof code !== 'string') return;
  const branch = store.rows('branches').find((b) => b.code === code);
  if (!branch || !identity.branchIds.includes(branch.id))
    throw accessError(403, 'branchOutOfScope', { branch: code }, langOf(res));
}

/** Refuses (403, with a message) what the signed-in user's role or scope does not allow. */
export function authorize(deps: AccessDeps): RequestHandler {
  return (req, res, next) => {
    const identity = identityOf(res);
    // Sign-in is the only route reached without an identity (authenticate let it through).
    if (!identity) {
      next();
      return;
    }
    const lang = langOf(res);
    const declared = deps.routes.find((r) => (!r.method || r.method === req.method) && r.path.test(req.path));
    const need = declared ? declared.require(req) : requirementOf(req.method, req.path);
    switch (need.kind) {
      case 'signed-in':
        break;
      case 'admin':
        if (identity.role !== 'admin') throw accessError(403, 'forbiddenRoute', { path: req.path }, lang);
        break;
      case 'report': {
        if (!canReport(identity.role, need.name))
          throw accessError(403, 'forbiddenReport', { name: need.name }, lang);
        checkReportBranch(req, res, deps.store);
        if (req.path.split('/').filter(Boolean)[0] === 'reports') auditDownload(deps, res, need.name);
        break;
      }
      case 'resource': {
        const resource = getResource(need.resource);
        if (!resource || !can(identity.role, need.resource, need.action)) {
          const label = resource ? resource.label[lang] : need.resource;
          throw accessError(
            403,
            'forbidden',
            { action: ACTION_WORDS[need.action][lang], resource: label },
            lang,
          );
        }
        // A write to a record out of scope is refused here; a read of one finds nothing (404).
        if (need.action !== 'read' && need.id !== undefined) {
          const row = deps.store.find(resource.name, need.id);
          if (row && !inScope((n) => deps.store.rows(n), resource, identity, row))
            throw accessError(403, 'outOfScope', undefined, lang);
        }
        break;
      }
    }
    next();
  };
}

/** A report answered successfully is recorded as downloaded. */
function auditDownload(deps: AccessDeps, res: Response, name: string): void {
  const ctx = currentContext();
  res.on('finish', () => {
    if (res.statusCode >= 400 || !ctx) return;
    try {
      runInContext(ctx, () => deps.audit.append({ action: 'report_download', resource: name }));
    } catch {
      // The answer is already sent; a failed entry cannot be reported to the client.
    }
  });
}

/**
 * The store observer of branch scope: every record a signed-in user's request creates,
 * changes or deletes — through the generic routes, a feature route or a hook — must lie
 * within their scope before and after the change (a record cannot be moved to another
 * branch). The audit log is written by the system, not the user, and is exempt.
 */
export function scopeGuard(store: Store): Parameters<Store['observe']>[0] {
  return (change) => {
    const identity = currentContext()?.identity;
    if (!identity || change.table === 'audit-logs') return;
    const resource = getResource(change.table);
    if (!resource) return;
    const read = (n: string) => store.rows(n);
    for (const row of [change.previous, change.row]) {
      if (row && !inScope(read, resource, identity, row)) throw accessError(403, 'outOfScope');
    }
  };
}

import type { Request, RequestHandler } from 'express';
import jsonServer, { type JsonServerRouter } from 'json-server';
import type { DbState } from './adapter';
import { currentIdentity, identityOf } from './auth/context';
import type { AuditTrail } from './audit/trail';
import { seesFullContact } from '../src/domain/access';
import type { LowdbInstance, Row } from './database';
import { langOf, schemaError } from './errors';
import { checkListQuery } from './query';
import { publicView } from './records';
import type { Store } from './store';
import { targetOf } from './target';
import { visibleRows } from './visibility';
import { ListPath } from './list/path';

/**
 * GET: lists are ours (the query check, then the list path of mock-api/list/, see
 * docs/list-path.md); one record is json-server's router's. Only known resources reach either
 * (server.ts), so the router's other routes (`/db`, nested routes, a route for `_meta`) are
 * never served.
 */

const SCOPED = Symbol('scoped reads');

/**
 * Makes json-server's router read through `visibleRows`: while a signed-in user's request is
 * served, `db.get(table)` — the only way the router reads a table — yields only what that user
 * may see, masked for their role, so a record out of scope is simply not found. Outside
 * requests `db.get` is unchanged.
 */
function readThroughVisibility(db: LowdbInstance, store: Store): void {
  const marked = db as unknown as Record<symbol, boolean>;
  if (marked[SCOPED]) return;
  marked[SCOPED] = true;
  // lowdb's `get` is lodash's overloaded chain method: typed loosely to wrap it.
  const chain = db as unknown as { get: (...args: unknown[]) => unknown; _: { chain(v: unknown): unknown } };
  const original = chain.get.bind(db);
  chain.get = (...args: unknown[]) => {
    const [path] = args;
    if (typeof path === 'string' && currentIdentity()) return chain._.chain(visibleRows(store, path));
    return original(...args);
  };
}

/** json-server's router over the database, answering in our JSON shapes. */
export function createJsonRouter(
  db: LowdbInstance,
  store: Store,
  audit?: AuditTrail,
): JsonServerRouter<DbState> {
  readThroughVisibility(db, store);
  const router = jsonServer.router(db);
  // json-server's own error handler sends `err.stack` as the body: drop it, so errors reach ours.
  router.stack = router.stack.filter((layer) => layer.handle.length !== 4);
  router.render = (_req, res) => {
    const lang = langOf(res);
    if (res.statusCode === 404) {
      res.json(schemaError(404, 'notFound', lang).body());
      return;
    }
    const { resource } = targetOf(res);
    // Only single records reach the router (lists are answered by listHandler).
    const row = ((res.locals as { data?: unknown }).data ?? {}) as Row;
    // Opening one customer's full file is recorded (only roles that see it unmasked open one).
    const identity = identityOf(res);
    if (audit && identity && resource.name === 'customers' && seesFullContact(identity.role))
      audit.append({ action: 'view_customer', resource: 'customers', recordId: row.id });
    res.json(publicView(resource, row));
  };
  return router;
}

/**
 * json-server's `Link` header of a `_page` answer: first, prev, next and last pages, made from
 * the request's own URL. Only a partial answer names the current page (and so first and last).
 */
function pageLinks(req: Request, page: number, limit: number, total: number): Record<string, string> {
  const start = (page - 1) * limit;
  const end = page * limit;
  const count = Math.max(0, Math.min(end, total) - start);
  if (count === 0) return {};
  const url = `${req.protocol}://${req.get('host') ?? ''}${req.originalUrl}`;
  const to = (n: number) => url.replace(`page=${page}`, `page=${n}`);
  const links: Record<string, string> = {};
  const partial = count !== total;
  if (partial) links.first = to(1);
  if (page > 1) links.prev = partial ? to(page - 1) : url;
  if (end < total) links.next = partial ? to(page + 1) : url;
  if (partial) links.last = to(Math.ceil(total / limit));
  return links;
}

/** GET /:resource — the query checked and parsed, answered by the list path (mock-api/list/). */
export function listHandler(store: Store): RequestHandler {
  const lists = new ListPath(store);
  return (req, res) => {
    const { resource } = targetOf(res);
    const query = checkListQuery(resource, req.query, langOf(res));
    const { total, rows, paging } = lists.answer(resource, query, currentIdentity());
    res.set('X-Total-Count', String(total));
    res.set('Access-Control-Expose-Headers', 'X-Total-Count, Link');
    // As json-server: set (empty when the page is) for every `_page` answer.
    if (paging?.kind === 'page') res.links(pageLinks(req, paging.page, paging.limit, total));
    res.json(rows.map((row) => publicView(resource, row)));
  };
}

/** GET /:resource/:id — no query parameters (json-server's `_embed` / `_expand` are not served). */
export function showHandler(router: JsonServerRouter<DbState>): RequestHandler {
  return (req, res, next) => {
    const [key] = Object.keys(req.query);
    if (key !== undefined) throw schemaError(400, 'unknownQueryKey', langOf(res), { key });
    if (targetOf(res).id === undefined) throw schemaError(404, 'notFound', langOf(res));
    router(req, res, next);
  };
}

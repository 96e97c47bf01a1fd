import type { RequestHandler } from 'express';
import jsonServer, { type JsonServerRouter } from 'json-server';
import type { DbState } from './adapter';
import type { LowdbInstance } from './database';
import { langOf, schemaError } from './errors';
import { checkListQuery } from './query';
import { publicView } from './records';
import type { Store } from './store';
import { targetOf } from './target';

/**
 * GET: json-server's router answers lists and records, after our query check. Only known
 * resources reach it (server.ts), so its other routes (`/db`, nested routes, a route for
 * `_meta`) are never served.
 */

/** json-server's router over the database, answering in our JSON shapes. */
export function createJsonRouter(db: LowdbInstance): JsonServerRouter<DbState> {
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
    const data = (res.locals as { data?: unknown }).data;
    if (Array.isArray(data)) {
      // json-server counts only when a page was asked for; without one the list is the total.
      if (!res.get('X-Total-Count')) res.set('X-Total-Count', String(data.length));
      res.set('Access-Control-Expose-Headers', 'X-Total-Count, Link');
      res.json(data.map((row: Record<string, unknown>) => publicView(resource, row)));
    } else res.json(publicView(resource, (data ?? {}) as Record<string, unknown>));
  };
  return router;
}

/** GET /:resource — the query checked and rewritten, then json-server's list. */
export function listHandler(store: Store, router: JsonServerRouter<DbState>): RequestHandler {
  return (req, res, next) => {
    const { resource } = targetOf(res);
    const checked = checkListQuery(resource, req.query, langOf(res), store.rows(resource.name));
    if (checked.empty) {
      res.set('X-Total-Count', '0').json([]);
      return;
    }
    req.query = checked.query;
    router(req, res, next);
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

import express, { type RequestHandler } from 'express';
import { RESOURCES } from '../src/resources/index';
import { langFromLocale } from '../src/schema/labels';
import type { LowdbInstance } from './database';
import { ApiError, apiMessage, errorHandler, langOf, schemaError } from './errors';
import { API_FEATURES } from './features/index';
import { createDefaultHooks, type HookRegistry } from './hooks';
import { createJsonRouter, listHandler, showHandler } from './reads';
import { serveConsole } from './console';
import { Store } from './store';
import { resolveId, resolveResource } from './target';
import { createHandler, deleteHandler, JSON_TYPES, updateHandler, type WriteDeps } from './writes';

export { openDatabase, type LowdbInstance } from './database';

export interface ApiAppOptions {
  db: LowdbInstance;
  /** Business rules per resource (default: the product's). */
  hooks?: HookRegistry;
  /** The clock hooks read "now" from (tests pin it). */
  now?: () => Date;
  /** Largest accepted request body (body-parser syntax). */
  bodyLimit?: string;
  /** Also serve the built console from this directory (SPA fallback to its index.html). */
  consoleDir?: string;
  /** Where unexpected errors are logged (never sent to clients). */
  log?: (error: unknown) => void;
}

const language: RequestHandler = (req, res, next) => {
  res.locals.lang = langFromLocale(req.get('Accept-Language'));
  next();
};

/** Lets a console on another origin use the API (and read the list total). */
const cors: RequestHandler = (req, res, next) => {
  res.set({
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type, Accept-Language, Authorization',
    'Access-Control-Expose-Headers': 'X-Total-Count, Location, Link',
  });
  if (req.method === 'OPTIONS') res.status(204).end();
  else next();
};

function methodNotAllowed(allow: string): RequestHandler {
  return (req, res) => {
    res.set('Allow', allow);
    throw new ApiError(405, apiMessage('methodNotAllowed', langOf(res), { method: req.method }));
  };
}

const noSuchResource: RequestHandler = (_req, res) => {
  throw schemaError(404, 'resourceNotFound', langOf(res));
};

/**
 * The mock API as an express app, under `/api`: language → CORS → JSON body → the resource
 * and id from the path → reads (query check, then json-server's router) or writes (ours) →
 * JSON errors. With `consoleDir`, the built console is served beside it.
 */
export function createApiApp(opts: ApiAppOptions): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // Query values are strings or lists of strings only (no `a[b]=` objects to trip over).
  app.set('query parser', 'simple');

  const store = new Store(opts.db);
  const deps: WriteDeps = {
    store,
    hooks: opts.hooks ?? createDefaultHooks(),
    resources: RESOURCES,
    now: opts.now ?? (() => new Date()),
  };
  const jsonRouter = createJsonRouter(opts.db);
  const log = opts.log ?? console.error;

  const api = express.Router({ caseSensitive: true });
  api.use(language, cors, express.json({ limit: opts.bodyLimit ?? '1mb', type: JSON_TYPES, strict: false }));
  // Each business area's own routes come before the generic ones, which would claim their paths.
  for (const feature of API_FEATURES) feature.registerRoutes?.(api, deps);
  api.param('resource', resolveResource);
  api.param('id', resolveId);
  api
    .route('/:resource')
    .get(listHandler(store, jsonRouter))
    .post(createHandler(deps))
    .all(methodNotAllowed('GET, HEAD, POST'));
  api
    .route('/:resource/:id')
    .get(showHandler(jsonRouter))
    .put(updateHandler(deps))
    .patch(updateHandler(deps))
    .delete(deleteHandler(deps))
    .all(methodNotAllowed('GET, HEAD, PUT, PATCH, DELETE'));
  api.use(noSuchResource);
  api.use(errorHandler(log));

  app.use('/api', api);
  if (opts.consoleDir) app.use(serveConsole(opts.consoleDir));
  app.use(language, noSuchResource);
  app.use(errorHandler(log));
  return app;
}

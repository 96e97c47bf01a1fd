import express, { type RequestHandler } from 'express';
import { RESOURCES } from '../src/resources/index';
import { langFromLocale } from '../src/schema/labels';
import type { LowdbInstance } from './database';
import { ApiError, apiMessage, errorHandler, langOf, schemaError } from './errors';
import { API_FEATURES } from './features/index';
import type { ApiFeature } from './features/types';
import { createDefaultHooks, type HookRegistry } from './hooks';
import { createJsonRouter, listHandler, showHandler } from './reads';
import { serveConsole } from './console';
import { authorize, scopeGuard } from './access/middleware';
import { runInContext } from './auth/context';
import { LoginLimiter } from './auth/limiter';
import { authenticate, registerAuthRoutes } from './auth/routes';
import { SessionStore } from './auth/sessions';
import { AuditTrail } from './audit/trail';
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
  /**
   * Sign-in, roles, branch scope, masking and the audit log (default true). `false` is the
   * contract mode of the generic REST tests (tests/api/harness.ts): no identity, no checks,
   * no audit entries. The command (`npm run api`, `npm start`) always runs with it on.
   */
  auth?: boolean;
  /** The business areas whose routes are mounted (default `API_FEATURES`; tests mount their own). */
  features?: readonly ApiFeature[];
  /** How long a session lasts (default 8 hours). */
  sessionTtlMs?: number;
  /** Failed sign-ins allowed per username and per address in the window (default 5 in 10 minutes). */
  loginLimit?: { max: number; windowMs: number };
}

const language: RequestHandler = (req, res, next) => {
  res.locals.lang = langFromLocale(req.get('Accept-Language'));
  next();
};

/** Carries the request (address, language; the user once signed in) to the store and the read path. */
const requestContext: RequestHandler = (req, res, next) => {
  runInContext({ ip: req.socket.remoteAddress ?? null, lang: langOf(res) }, next);
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
  const now = opts.now ?? (() => new Date());
  const deps: WriteDeps = {
    store,
    hooks: opts.hooks ?? createDefaultHooks(),
    resources: RESOURCES,
    now,
  };
  const auth = opts.auth ?? true;
  const features = opts.features ?? API_FEATURES;
  const audit = new AuditTrail(store, now);
  if (auth) store.observe(scopeGuard(store)).observe(audit.onChange);
  const jsonRouter = createJsonRouter(opts.db, store, auth ? audit : undefined);
  const log = opts.log ?? console.error;

  const api = express.Router({ caseSensitive: true });
  api.use(language, cors, express.json({ limit: opts.bodyLimit ?? '1mb', type: JSON_TYPES, strict: false }));
  api.use(requestContext);
  if (auth) {
    // Sign-in, then the role and scope check, before every route below: the features' too.
    const limit = opts.loginLimit ?? { max: 5, windowMs: 10 * 60_000 };
    const authDeps = {
      store,
      audit,
      sessions: new SessionStore(opts.sessionTtlMs ?? 8 * 3_600_000, now),
      limiter: new LoginLimiter(limit.max, limit.windowMs, now),
    };
    api.use(authenticate(authDeps));
    api.use(authorize({ store, audit, routes: features.flatMap((f) => f.access ?? []) }));
    registerAuthRoutes(api, authDeps);
  }
  // Each business area's own routes come before the generic ones, which would claim their paths.
  for (const feature of features) feature.registerRoutes?.(api, deps);
  api.param('resource', resolveResource);
  api.param('id', resolveId);
  api
    .route('/:resource')
    .get(listHandler(store))
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

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DbState } from '../../mock-api/adapter';
import type { ApiFeature } from '../../mock-api/features/types';
import type { HookRegistry } from '../../mock-api/hooks';
import { createApiApp, openDatabase, type LowdbInstance } from '../../mock-api/server';
import { fixture } from './fixture';

export interface RunningApi {
  /** `http://127.0.0.1:PORT/api` */
  baseURL: string;
  /** The database file. */
  file: string;
  /** The temporary directory holding it. */
  dir: string;
  db: LowdbInstance;
  /** Stops the server; the database file stays. */
  stop(): Promise<void>;
  /** Stops the server and removes the temporary directory. */
  close(): Promise<void>;
}

export interface StartOptions {
  /** The database to start from (default: the hand-written fixture). */
  state?: DbState;
  /** Start again on the database of a stopped instance (a restart); the new one owns its directory. */
  reopen?: RunningApi;
  hooks?: HookRegistry;
  log?: (error: unknown) => void;
  /**
   * Sign-in, roles, scope, masking and audit (server.ts `auth`). Off by default here: the
   * generic REST contract suites run in contract mode; the access suites (auth*, access*,
   * scope*, audit*, concurrency*, fuzz*) turn it on and sign in with `signIn`.
   */
  auth?: boolean;
  loginLimit?: { max: number; windowMs: number };
  now?: () => Date;
  /** Business areas whose routes are mounted instead of API_FEATURES (server.ts `features`). */
  features?: readonly ApiFeature[];
}

/** Starts the mock API on a free port of 127.0.0.1 over a temporary database file. */
export async function startApi(options: StartOptions = {}): Promise<RunningApi> {
  const dir = options.reopen?.dir ?? mkdtempSync(join(tmpdir(), 'mock-api-'));
  const file = options.reopen?.file ?? join(dir, 'db.json');
  if (!options.reopen) writeFileSync(file, JSON.stringify(options.state ?? fixture()));
  const db = openDatabase(file, () => {
    throw new Error(`${file} should exist`);
  });
  const app = createApiApp({
    db,
    hooks: options.hooks,
    log: options.log ?? (() => {}),
    auth: options.auth ?? false,
    loginLimit: options.loginLimit,
    now: options.now,
    features: options.features,
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return stopped;
  };
  return {
    baseURL: `http://127.0.0.1:${port}/api`,
    file,
    dir,
    db,
    stop,
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Answer<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
}

/** Where requests go; `headers` are sent with each (a signed-in client's Authorization). */
export interface Client {
  baseURL: string;
  headers?: Record<string, string>;
}

/** One HTTP request; the body is sent as JSON unless it is already a string. */
export async function call<T = unknown>(
  api: Client,
  method: string,
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<Answer<T>> {
  const headers = { ...api.headers, ...extraHeaders };
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    init.headers = { 'Content-Type': 'application/json', ...headers };
  }
  const response = await fetch(`${api.baseURL}${path}`, init);
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    // not JSON: keep the text so a test can show it
  }
  return { status: response.status, headers: response.headers, body: parsed as T };
}

export const get = <T = unknown>(api: Client, path: string, headers?: Record<string, string>) =>
  call<T>(api, 'GET', path, undefined, headers);

/** Signs in through `POST /auth/login` and returns a client that sends the token. */
export async function signIn(api: Client, username: string, password = 'Demo@2026'): Promise<Client> {
  const r = await call<{ token: string }>(api, 'POST', '/auth/login', { username, password });
  if (r.status !== 200)
    throw new Error(`sign-in of ${username} failed: ${r.status} ${JSON.stringify(r.body)}`);
  return { baseURL: api.baseURL, headers: { Authorization: `Bearer ${r.body.token}` } };
}

/** The ids of a list answer, in order. */
export function ids(answer: Answer): number[] {
  return (answer.body as { id: number }[]).map((r) => r.id);
}

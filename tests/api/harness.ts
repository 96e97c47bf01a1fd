import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DbState } from '../../mock-api/adapter';
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
}

/** Starts the mock API on a free port of 127.0.0.1 over a temporary database file. */
export async function startApi(options: StartOptions = {}): Promise<RunningApi> {
  const dir = options.reopen?.dir ?? mkdtempSync(join(tmpdir(), 'mock-api-'));
  const file = options.reopen?.file ?? join(dir, 'db.json');
  if (!options.reopen) writeFileSync(file, JSON.stringify(options.state ?? fixture()));
  const db = openDatabase(file, () => {
    throw new Error(`${file} should exist`);
  });
  const app = createApiApp({ db, hooks: options.hooks, log: options.log ?? (() => {}) });
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

/** One HTTP request; the body is sent as JSON unless it is already a string. */
export async function call<T = unknown>(
  api: { baseURL: string },
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
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

export const get = <T = unknown>(api: { baseURL: string }, path: string, headers?: Record<string, string>) =>
  call<T>(api, 'GET', path, undefined, headers);

/** The ids of a list answer, in order. */
export function ids(answer: Answer): number[] {
  return (answer.body as { id: number }[]).map((r) => r.id);
}

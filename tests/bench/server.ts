import { spawn } from 'node:child_process';
import { ROOT } from './data';
import { retryingFetch } from './fetchRetry';

/**
 * The mock API as the product runs it (`mock-api/cli.ts`, sign-in on), in a child process of
 * its own, so its event loop and memory are not the benchmark's.
 */
export interface ApiServer {
  base: string;
  api: string;
  token: string;
  /** Milliseconds from spawn to listening (the database file parsed); null when attached. */
  startMs: number | null;
  pid: number | undefined;
  stop(): Promise<void>;
  /** GET with the session; throws on a non-2xx answer. */
  get(path: string): Promise<Response>;
  /** PATCH with the session, answered and read (a write is never retried); throws on a non-2xx answer. */
  patch(path: string, body: object): Promise<unknown>;
}

export const ADMIN = { username: 'admin', password: 'Demo@2026' };

async function signedIn(
  port: number,
  pid: number | undefined,
  startMs: number | null,
  stop: () => Promise<void>,
): Promise<ApiServer> {
  const base = `http://127.0.0.1:${port}`;
  const api = `${base}/api`;
  const login = await fetch(`${api}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  if (!login.ok) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const { token } = (await login.json()) as { token: string };
  const headers = { Authorization: `Bearer ${token}`, 'Accept-Language': 'zh-CN' };
  return {
    base,
    api,
    token,
    startMs,
    pid,
    stop,
    async get(path: string) {
      const response = await retryingFetch(`${api}${path}`, { headers });
      if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`);
      return response;
    },
    async patch(path: string, body: object) {
      const response = await fetch(`${api}${path}`, {
        method: 'PATCH',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (!response.ok) throw new Error(`PATCH ${path}: ${response.status} ${await response.text()}`);
      return response.json();
    },
  };
}

export async function startApi(db: string, port: number, consoleDir?: string): Promise<ApiServer> {
  const args = ['--import', 'tsx', 'mock-api/cli.ts', '--db', db, '--port', String(port)];
  if (consoleDir) args.push('--console', consoleDir);
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
      if (output.includes('Mock API on')) resolve();
    });
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', (code) => reject(new Error(`the API exited (${code}) before listening:\n${output}`)));
  });
  const startMs = performance.now() - started;
  return signedIn(port, child.pid, startMs, async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  });
}

/** A server already running (debugging the benchmark without waiting for a start). */
export function attachApi(port: number, pid: number | undefined): Promise<ApiServer> {
  return signedIn(port, pid, null, async () => {});
}

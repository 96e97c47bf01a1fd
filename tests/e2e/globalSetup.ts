import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

/**
 * Once per `npm run test:e2e`: builds the console, starts the mock API serving it on a free port
 * over a fresh database made from the demo seed, and hands the address to the journeys.
 * `E2E_BASE_URL` skips both and points the journeys at a console already running.
 */

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const OUT = resolve('tests/output/e2e');

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

function run(command: string, args: string[]): void {
  // vitest sets NODE_ENV=test, which vite would build as a development bundle (React's and
  // antd's dev warnings, test-only ids): the journeys run the production console.
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
}

function startApi(dist: string, db: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'mock-api/cli.ts', '--console', dist, '--db', db, '--port', String(port)],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return new Promise((done, fail) => {
    let out = '';
    const collect = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('Console on')) done(child);
    };
    child.stdout?.on('data', collect);
    child.stderr?.on('data', collect);
    child.once('exit', (code) => fail(new Error(`the mock API exited (${code}):\n${out}`)));
  });
}

export default async function setup(project: TestProject) {
  const given = process.env.E2E_BASE_URL;
  if (given) {
    project.provide('baseURL', given.replace(/\/+$/, ''));
    return;
  }
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const dist = join(OUT, 'dist');
  run(process.execPath, [
    'node_modules/vite/bin/vite.js',
    'build',
    '--outDir',
    dist,
    '--emptyOutDir',
    '--logLevel',
    'warn',
  ]);
  const port = await freePort();
  const api = await startApi(dist, join(OUT, 'db.json'), port);
  project.provide('baseURL', `http://127.0.0.1:${port}`);
  return () => {
    api.kill('SIGTERM');
  };
}

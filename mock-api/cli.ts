/**
 * npm run api -- [--db FILE] [--port PORT] [--host HOST] [--console DIR]
 *
 * Serves the mock API under /api on a database file (default data/db.json), created from the
 * demo seed when missing. With --console, also serves the built console from DIR.
 */
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { shanghaiDate } from '../src/schema/time';
import { compactDatabase, databaseStorage, type LowdbInstance } from './database';
import { generateDatabase } from './seed/generate';
import { createApiApp, openDatabase } from './server';

const USAGE = 'usage: npm run api -- [--db FILE] [--port PORT] [--host 127.0.0.1] [--console DIR]';

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

interface Options {
  db: string;
  port: number;
  host: string;
  console?: string;
}

function options(): Options {
  let values: { db?: string; port?: string; host?: string; console?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        console: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    fail((e as Error).message);
  }
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const port = Number(values.port ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail(`--port must be 0–65535, not "${values.port}"`);
  return {
    db: resolve(values.db ?? 'data/db.json'),
    port,
    host: values.host ?? '127.0.0.1',
    console: values.console === undefined ? undefined : resolve(values.console),
  };
}

/** Folds the journal into the snapshot when it holds entries, saying how long that took. */
function compact(db: LowdbInstance, when: string): void {
  const started = Date.now();
  const entries = databaseStorage(db)?.journalledAtOpen ?? 0;
  if (when === 'start' && entries > 0) console.log(`start: ${entries} journal entries replayed`);
  try {
    if (compactDatabase(db, true))
      console.log(`${when}: journal folded into the database file in ${Date.now() - started} ms`);
  } catch (error) {
    // Nothing is lost: the journal still holds every write and is replayed at the next start.
    console.error(
      `${when}: could not compact the database (${(error as Error).message}); the journal keeps every write`,
    );
  }
}

function shutdownOn(server: Server, db: LowdbInstance): void {
  let closing = false;
  const stop = (signal: NodeJS.Signals) => {
    if (closing) return;
    closing = true;
    console.log(`${signal}: stopping`);
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    // Every acknowledged write is already durable in the journal; folding it in now only makes the next start quicker.
    compact(db, signal);
    setTimeout(() => process.exit(0), 3000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function main(): void {
  const opts = options();
  mkdirSync(dirname(opts.db), { recursive: true });
  const db = openDatabase(opts.db, () => {
    const today = shanghaiDate(Date.now());
    console.log(`${opts.db} not found: creating it from the demo seed (today ${today})`);
    return generateDatabase({ size: 'demo', today });
  });
  compact(db, 'start');
  const app = createApiApp({ db, consoleDir: opts.console });
  const server = app.listen(opts.port, opts.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : opts.port;
    const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
    const base = `http://${host}:${port}`;
    console.log(`Mock API on ${base}/api (database ${opts.db})`);
    if (opts.console) console.log(`Console on ${base}/`);
  });
  server.on('error', (error) => {
    console.error(`Cannot listen on ${opts.host}:${opts.port}: ${error.message}`);
    process.exit(1);
  });
  shutdownOn(server, db);
}

main();

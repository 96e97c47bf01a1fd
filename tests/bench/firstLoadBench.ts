import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { ROOT } from './data';
import type { ApiServer } from './server';
import { waitUntilIdle } from './proc';
import { round, summarize, type Summary } from './stats';
import { CHROMIUM, CHROMIUM_FLAGS } from '../chromium';

/**
 * Item 4: the console's first load. The JavaScript the login page and the first list page
 * load (gzipped at level 9, as a server would send it), checked for exceljs and recharts,
 * and the time from navigation to the first rendered row of the complaint list, in headless
 * Chromium, signed in (the session put where the console keeps it).
 */
export interface ChunkInfo {
  file: string;
  bytes: number;
  gzipBytes: number;
  exceljs: boolean;
  recharts: boolean;
}

export interface FirstLoadResult {
  /** What index.html names: the entry script and its modulepreload links. */
  indexHtml: { entry: string; modulepreload: string[] };
  loginPage: { chunks: ChunkInfo[]; gzipKb: number; cssGzipKb: number };
  firstListPage: { chunks: ChunkInfo[]; gzipKb: number; cssGzipKb: number };
  heavyInFirstLoad: string[];
  /** The first row in the document (the target's figure). */
  firstRowMs: Summary;
  /** The first frame painted with it: the next frame's work done (style, layout, paint). */
  firstRowPaintedMs: Summary;
}

/** Strings only these libraries' code holds (exceljs's zip parts, recharts's class names). */
const EXCELJS = /sharedStrings\.xml|WorkbookWriter|xl\/workbook\.xml/;
const RECHARTS = /recharts-(?:wrapper|surface|legend)/;

/** `vite build` of the console into `outDir` (the product's config; a separate folder). */
export function buildConsole(outDir: string, log: (line: string) => void): void {
  log(`building the console into ${outDir} (vite build) …`);
  const done = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir'],
    {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (done.status !== 0) throw new Error(`vite build failed (exit ${done.status})`);
}

function chunkInfo(dist: string, path: string): ChunkInfo {
  const file = join(dist, path.replace(/^\//, ''));
  const bytes = readFileSync(file);
  const text = bytes.toString('utf8');
  return {
    file: path,
    bytes: bytes.length,
    gzipBytes: gzipSync(bytes, { level: 9 }).length,
    exceljs: EXCELJS.test(text),
    recharts: RECHARTS.test(text),
  };
}

const kb = (chunks: ChunkInfo[]) => round(chunks.reduce((s, c) => s + c.gzipBytes, 0) / 1024);

function indexHtml(dist: string): FirstLoadResult['indexHtml'] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /<script type="module"[^>]*src="([^"]+)"/.exec(html)?.[1];
  if (!entry) throw new Error('index.html has no module script');
  const modulepreload = [...html.matchAll(/<link rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  return { entry, modulepreload };
}

/**
 * One cold load (a new browser context: no cache) of `path`; `session` signs it in. Returns the
 * script paths fetched before the mark and the mark's time (ms since navigation start).
 */
async function load(
  server: ApiServer,
  path: string,
  session: unknown,
  ready: string,
): Promise<{ scripts: string[]; styles: string[]; ms: number; paintedMs: number; settledAfterMs: number }> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  try {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    await context.addInitScript(
      ([s, selector]) => {
        localStorage.setItem('sq.lang', 'zh');
        if (s) sessionStorage.setItem('sq-console.session', s);
        // The moment the first matching element is in the document, from navigation start.
        // And when the frame holding it is painted: a frame callback runs before the frame's
        // style, layout and paint; a timer set from it runs after them.
        const w = window as unknown as { __ready?: number; __painted?: number };
        new MutationObserver((_m, observer) => {
          if (w.__ready === undefined && document.querySelector(selector)) {
            w.__ready = performance.now();
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => (w.__painted = performance.now()), 0));
          }
        }).observe(document, { childList: true, subtree: true });
      },
      [session ? JSON.stringify(session) : '', ready] as const,
    );
    const page = await context.newPage();
    // A browser just started works for seconds on its own (its top-chrome UI renderer keeps a
    // core busy ~3–4 s on this machine), and the API has just read the large database (its
    // collector runs on after it listens): the page is measured once both are idle, as a user's
    // browser would be. The context stays fresh: nothing of the console is cached.
    const settled = await waitUntilIdle(/\/chromium\b/, { pids: [server.pid] });
    const scripts: string[] = [];
    const styles: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
      // The stylesheets too: the build's antd sheet moves work from scripts to CSS (architecture.md).
      if (r.resourceType() === 'stylesheet') styles.push(new URL(r.url()).pathname);
    });
    await page.goto(`${server.base}${path}`);
    await page.waitForFunction(
      () => (window as unknown as { __painted?: number }).__painted !== undefined,
      null,
      {
        timeout: 120_000,
      },
    );
    const { ms, paintedMs } = await page.evaluate(() => {
      const w = window as unknown as { __ready: number; __painted: number };
      return { ms: w.__ready, paintedMs: w.__painted };
    });
    return {
      scripts: [...new Set(scripts)],
      styles: [...new Set(styles)],
      ms,
      paintedMs,
      settledAfterMs: settled.waitedMs,
    };
  } finally {
    await browser.close();
  }
}

export async function benchFirstLoad(
  server: ApiServer,
  dist: string,
  runs: number,
  log: (line: string) => void,
): Promise<FirstLoadResult> {
  if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist} has no index.html`);
  const html = indexHtml(dist);
  const login = await fetch(`${server.api}/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'Demo@2026' }),
  });
  const session = (await login.json()) as unknown;

  const loginLoad = await load(server, '/login', null, 'form input');
  const loginChunks = loginLoad.scripts.map((s) => chunkInfo(dist, s));
  const loginCss = loginLoad.styles.map((s) => chunkInfo(dist, s));
  log(`  login page: ${loginChunks.length} scripts, ${kb(loginChunks)} KB gzipped (CSS ${kb(loginCss)} KB)`);

  const times: number[] = [];
  const painted: number[] = [];
  let listChunks: ChunkInfo[] = [];
  let listCss: ChunkInfo[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await load(server, '/complaints', session, '.ant-table-tbody tr.ant-table-row');
    times.push(run.ms);
    painted.push(run.paintedMs);
    listChunks = run.scripts.map((s) => chunkInfo(dist, s));
    listCss = run.styles.map((s) => chunkInfo(dist, s));
    log(
      `  complaint list run ${i + 1}: first row at ${round(run.ms)} ms (painted ${round(run.paintedMs)} ms), ${kb(listChunks)} KB gzipped JS (CSS ${kb(listCss)} KB); browser idle ${round(run.settledAfterMs)} ms after start`,
    );
  }
  const heavy = [...loginChunks, ...listChunks]
    .filter((c) => c.exceljs || c.recharts)
    .map((c) => `${c.file} (${c.exceljs ? 'exceljs' : 'recharts'})`);
  return {
    indexHtml: html,
    loginPage: { chunks: loginChunks, gzipKb: kb(loginChunks), cssGzipKb: kb(loginCss) },
    firstListPage: { chunks: listChunks, gzipKb: kb(listChunks), cssGzipKb: kb(listCss) },
    heavyInFirstLoad: [...new Set(heavy)],
    firstRowMs: summarize(times),
    firstRowPaintedMs: summarize(painted),
  };
}

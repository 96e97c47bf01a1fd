import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DataProvider } from '@refinedev/core';
import type simpleRestType from '@refinedev/simple-rest';
import realQs from 'qs';
import { build, loadConfigFromFile, type Rollup } from 'vite';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHttpClient } from '../../src/providers/httpClient';

/**
 * The two stand-ins of vite.config.ts's `resolve.alias` (axios, side-channel) as the browser
 * gets them: simple-rest and qs bundled with the console's aliases, then run. The tests
 * themselves load both packages as Node does (real axios and side-channel), so only a bundle
 * shows that the stand-ins fit: simple-rest's import-time `axios.create()`, and qs's CommonJS
 * `require('side-channel')` of an ES module.
 */

const ENTRY = '\0stand-ins-entry';
let code = '';
let dir = '';
let bundled: { simpleRest: typeof simpleRestType; qs: typeof realQs };

beforeAll(async () => {
  // The console's config as the dev server and the tests get it (its aliases are in every form).
  const loaded = await loadConfigFromFile({ command: 'serve', mode: 'test' }, 'vite.config.ts');
  if (!loaded?.config.resolve?.alias) throw new Error('vite.config.ts has no resolve.alias');
  const output = (await build({
    configFile: false,
    envFile: false,
    publicDir: false,
    logLevel: 'silent',
    root: process.cwd(),
    resolve: { alias: loaded.config.resolve.alias },
    plugins: [
      {
        name: 'stand-ins-entry',
        resolveId: (id) => (id === ENTRY ? ENTRY : null),
        load: (id) =>
          id === ENTRY
            ? "export { default as simpleRest } from '@refinedev/simple-rest'; export { default as qs } from 'qs';"
            : null,
      },
    ],
    build: {
      write: false,
      minify: false,
      rollupOptions: { input: ENTRY, preserveEntrySignatures: 'strict', output: { format: 'es' } },
    },
  })) as Rollup.RollupOutput;
  code = output.output.map((chunk) => (chunk.type === 'chunk' ? chunk.code : '')).join('\n');
  dir = mkdtempSync(join(tmpdir(), 'stand-ins-'));
  const file = join(dir, 'bundle.mjs');
  writeFileSync(file, code);
  bundled = await import(/* @vite-ignore */ pathToFileURL(file).href);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the bundle’s stand-ins', () => {
  it('leave axios and side-channel’s helpers out, and put ours in', () => {
    expect(code).not.toMatch(/node_modules\/axios\//);
    for (const name of [
      'side-channel',
      'side-channel-weakmap',
      'object-inspect',
      'get-intrinsic',
      'call-bound',
    ])
      expect(code).not.toMatch(new RegExp(`node_modules/${name}/`));
    expect(code).toMatch(/src\/providers\/axiosStandIn\.ts/);
    expect(code).toMatch(/src\/shims\/sideChannel\.ts/);
    expect(code).toMatch(/node_modules\/@refinedev\/simple-rest\//);
  });

  it('let simple-rest load, and refuse a request through its own default client', async () => {
    const fetchSpy = vi.fn();
    vi.stubGlobal('fetch', fetchSpy);
    const provider = bundled.simpleRest('http://api.test');
    await expect(provider.getOne({ resource: 'branches', id: 1 })).rejects.toThrow(
      /axios is not part of the console/,
    );
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('let simple-rest run on the console’s client: rows, and the total from x-total-count', async () => {
    const fetchSpy = vi.fn(
      async () =>
        new Response('[{"id":1},{"id":2}]', {
          status: 200,
          headers: { 'Content-Type': 'application/json', 'X-Total-Count': '57' },
        }),
    );
    vi.stubGlobal('fetch', fetchSpy);
    const provider: DataProvider = bundled.simpleRest(
      'http://api.test',
      createHttpClient() as unknown as Parameters<typeof simpleRestType>[1],
    );
    const page = await provider.getList({
      resource: 'complaints',
      pagination: { currentPage: 2, pageSize: 2, mode: 'server' },
    });
    expect(page).toEqual({ data: [{ id: 1 }, { id: 2 }], total: 57 });
    // Page 2 of 2 rows: rows 2 and 3 counted from 0.
    expect(fetchSpy).toHaveBeenCalledWith(
      'http://api.test/complaints?_end=4&_start=2',
      expect.objectContaining({ method: 'GET' }),
    );
  });

  it('keep qs’s cycle check: a cyclic object still throws, a shared one does not', () => {
    type Node = { name: string; self?: Node };
    const cyclic: Node = { name: 'a' };
    cyclic.self = cyclic;
    expect(() => bundled.qs.stringify(cyclic)).toThrow(new RangeError('Cyclic object value'));
    const shared = { k: 1 };
    expect(bundled.qs.stringify({ a: shared, b: shared }, { encode: false })).toBe('a[k]=1&b[k]=1');
  });

  it('give refine’s table parameters the same query string as qs with side-channel', () => {
    const params = {
      currentPage: 2,
      pageSize: 20,
      sorters: [{ field: 'openedAt', order: 'desc' }],
      filters: [
        { field: 'status', operator: 'in', value: ['open', 'closed'] },
        { field: 'note', operator: 'eq', value: null },
      ],
    };
    // refine's stringifyTableParams options; the null filter value is skipped.
    const options = { skipNulls: true, arrayFormat: 'indices', encode: false } as const;
    const expected =
      'currentPage=2&pageSize=20&sorters[0][field]=openedAt&sorters[0][order]=desc' +
      '&filters[0][field]=status&filters[0][operator]=in&filters[0][value][0]=open' +
      '&filters[0][value][1]=closed&filters[1][field]=note&filters[1][operator]=eq';
    expect(bundled.qs.stringify(params, options)).toBe(expected);
    expect(realQs.stringify(params, options)).toBe(expected);
    expect(bundled.qs.parse('filters[0][field]=status&filters[0][value][0]=open')).toEqual({
      filters: [{ field: 'status', value: ['open'] }],
    });
  });
});

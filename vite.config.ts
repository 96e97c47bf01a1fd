import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import type { Plugin, PluginOption } from 'vite';
import { defineConfig, type ViteUserConfig } from 'vitest/config';
import { antdStaticStyles } from './src/app/antdStaticStyles.ts';
import { measureScreenGroups, type ChunkGroup } from './src/build/firstScreenChunks.ts';
import { preloadScript, screenPreloads } from './src/build/firstScreenPreloads.ts';
import { SESSION_KEY } from './src/providers/session.ts';

/** Where the console sends API calls in development (`npm run dev`): the mock API's port. */
const apiTarget = process.env.API_PROXY_TARGET ?? 'http://127.0.0.1:4000';

/**
 * Packages that do nothing when imported but whose package.json does not say so
 * (`"sideEffects": false`), so the bundler keeps them whenever another package imports them,
 * used or not: @refinedev/antd imports react-markdown and remark-gfm for its MarkdownField, and
 * @refinedev/core imports papaparse for CSV import/export; the console uses neither. Telling
 * the bundler lets it drop them (about 45 KB gzipped from every signed-in page).
 */
const SIDE_EFFECT_FREE_PACKAGES = /\/node_modules\/(?:react-markdown|remark-gfm|papaparse)\//;

/**
 * The console's own TypeScript modules only declare things: none is imported for what it does
 * on import (side-effect imports are CSS and two packages, see bootstrap.tsx and i18n/index.ts).
 * Saying so lets a barrel (`crud/pages/index.ts`) be imported for one page without bundling
 * the others into that page's chunk.
 */
const SRC_DIR = fileURLToPath(new URL('./src/', import.meta.url));
/** The entry and the app it starts are loaded for what they do (see main.tsx). */
const STARTERS = new Set(['main.tsx', 'bootstrap.tsx'].map((f) => `${SRC_DIR}${f}`));
const isOwnModule = (id: string) => id.startsWith(SRC_DIR) && /\.tsx?$/.test(id) && !STARTERS.has(id);

const sideEffectFree = (id: string) => SIDE_EFFECT_FREE_PACKAGES.test(id) || isOwnModule(id);

/**
 * pro-layout's page header imports icons by their CommonJS path
 * (`@ant-design/icons/ArrowLeftOutlined`), which brought a second, CommonJS copy of the icon
 * runtime (~5 KB gzipped) into every signed-in page: the build takes the ES module everyone
 * else imports. Build only: tests run in Node, which loads the CommonJS files as they are.
 */
const esModuleIcons: Plugin = {
  name: 'es-module-icons',
  apply: 'build',
  enforce: 'pre',
  resolveId(source, importer) {
    const icon = /^@ant-design\/icons\/([A-Z][A-Za-z]+)$/.exec(source);
    return icon ? this.resolve(`@ant-design/icons/es/icons/${icon[1]}`, importer, { skipSelf: true }) : null;
  },
};

/**
 * `markup` right after the page's `<meta charset>`: first in the head (the charset must stay in
 * the page's first 1024 bytes, so it stays first).
 */
function afterCharset(html: string, markup: string): string {
  const charset = /<meta charset="UTF-8" \/>\n?/.exec(html);
  if (!charset) throw new Error('index.html: no <meta charset="UTF-8" /> to put the head markup after');
  const at = charset.index + charset[0].length;
  return `${html.slice(0, at)}    ${markup}\n${html.slice(at)}`;
}

/**
 * antd's styles of the light theme as a stylesheet the page links first, so that antd's style
 * runtime finds them made instead of making them on the first render (src/app/antdStaticStyles.ts).
 * Build only: the dev server and the tests keep the runtime's own styles.
 */
function antdStylesheet(): Plugin {
  let base = '/';
  let href = '';
  return {
    name: 'antd-static-stylesheet',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    buildStart() {
      // A development build (`--mode development`) has antd's development class names: no sheet.
      if (process.env.NODE_ENV !== 'production') {
        this.warn('antd static stylesheet skipped: not a production build');
        return;
      }
      const css = antdStaticStyles();
      const fileName = `assets/antd-${createHash('sha256').update(css).digest('hex').slice(0, 8)}.css`;
      this.emitFile({ type: 'asset', fileName, source: css });
      href = fileName;
    },
    transformIndexHtml: {
      order: 'post',
      // Before the console's own stylesheets, which override antd's where they differ.
      handler: (html) => (href ? afterCharset(html, `<link rel="stylesheet" href="${base}${href}">`) : html),
    },
  };
}

/**
 * A head script that asks for the first screen's chunks (the console's or the sign-in page's)
 * while the entry is still on its way, instead of once it has arrived and run
 * (src/build/firstScreenPreloads.ts). Build only: the dev server serves modules one by one.
 */
function firstScreenPreloads(): Plugin {
  let base = '/';
  return {
    name: 'first-screen-preloads',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html;
        const chunks = Object.values(bundle).flatMap((item) => (item.type === 'chunk' ? [item] : []));
        const files = screenPreloads(chunks, { console: CONSOLE_LIST, signIn: FIRST_SCREENS.signIn }, base);
        // Ahead of the stylesheet: an inline script after a stylesheet waits for it to load.
        return afterCharset(html, `<script>${preloadScript(SESSION_KEY, files)}</script>`);
      },
    },
  };
}

/**
 * Packages the browser gets a small module of ours for (docs/architecture.md, first load):
 * axios, which refine's simple-rest imports to make a default client the console never uses
 * (it passes its own, src/providers/httpClient.ts), and side-channel, which qs uses to find
 * cycles and which brought old-engine fallbacks along. Exact names only (`$`).
 */
const STAND_INS = [
  {
    find: /^axios$/,
    replacement: fileURLToPath(new URL('./src/providers/axiosStandIn.ts', import.meta.url)),
  },
  {
    find: /^side-channel$/,
    replacement: fileURLToPath(new URL('./src/shims/sideChannel.ts', import.meta.url)),
  },
];

/** Modules every page has: React and the router, in a chunk of their own (see `chunkGroups`). */
const REACT_GROUP = {
  name: 'react',
  test: /\/node_modules\/(?:react|react-dom|scheduler|react-router)\//,
  priority: 5, // above every group of firstScreenChunks.ts
};

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));
/**
 * The console's first screens and the modules their pages import dynamically — the same imports
 * main.tsx starts for a visit (src/app/pageLoaders.ts, firstListRequest.ts, lazyPages.ts).
 * Their code goes into a few large chunks (src/build/firstScreenChunks.ts).
 */
const CONSOLE_LIST = [
  src('bootstrap.tsx'),
  src('app/ConsoleLayout.tsx'),
  src('crud/pages/GenericList.tsx'),
  src('app/firstListRequest.ts'),
  src('app/lazyPages.ts'),
  // The complaint list, where customer service works all day: with the console's code, not
  // found only once the early chunk has run and fetched in a second round (~5 KB gzipped).
  src('features/complaints/ComplaintList.tsx'),
];
const FIRST_SCREENS = {
  // What main.tsx starts ahead of the app — a list's first page, a feature page's code — in
  // a chunk of its own that runs as soon as its imports are in, not after the largest chunk.
  ahead: [src('app/firstListRequest.ts'), src('app/lazyPages.ts')],
  signIn: [src('bootstrap.tsx'), src('app/Login.tsx')],
  console: CONSOLE_LIST,
};

/** The console's config; `chunkGroups` is where the build puts which modules. */
function consoleConfig(plugins: PluginOption[], chunkGroups: ChunkGroup[]): ViteUserConfig {
  return {
    root: 'src',
    publicDir: false,
    plugins,
    resolve: { alias: STAND_INS },

    build: {
      outDir: '../dist',
      emptyOutDir: true,
      chunkSizeWarningLimit: 1500,
      rollupOptions: {
        treeshake: {
          // undefined: the package's own declaration (package.json) decides.
          moduleSideEffects: (id: string) => (sideEffectFree(id) ? false : undefined),
        },
        output: {
          // React and the router in a chunk of their own: every page loads them anyway, and a
          // release of the console leaves the browser's copy valid.
          codeSplitting: { groups: [REACT_GROUP, ...chunkGroups] },
        },
      },
    },
    server: { proxy: { '/api': apiTarget } },
    test: {
      root: '.',
      include: ['tests/**/*.test.{ts,tsx}'],
      exclude: ['tests/e2e/**', 'node_modules/**'],
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  };
}

export default defineConfig(async ({ command }) => {
  if (command !== 'build') return consoleConfig([react(), esModuleIcons], []);
  // A first build with the automatic split measures what the first screens load (a few
  // seconds; the stylesheet plugin is left out of it, it only adds a file).
  const groups = await measureScreenGroups(consoleConfig([react(), esModuleIcons], []), FIRST_SCREENS, [
    'ahead',
  ]);
  return consoleConfig([react(), esModuleIcons, antdStylesheet(), firstScreenPreloads()], groups);
});

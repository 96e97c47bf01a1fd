import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { BuiltChunk } from '../../src/build/firstScreenChunks';
import { preloadScript, screenPreloads } from '../../src/build/firstScreenPreloads';

const chunk = (fileName: string, moduleIds: string[], imports: string[] = []): BuiltChunk => ({
  fileName,
  isEntry: fileName === 'assets/index.js',
  moduleIds,
  imports,
});

/** A grouped build like the console's: the entry, the screens' chunks and a lazy page's. */
const chunks: BuiltChunk[] = [
  chunk('assets/index.js', ['/main'], ['assets/runtime.js']),
  chunk('assets/runtime.js', ['\0runtime']),
  chunk('assets/shared.js', ['/app', '/button'], ['assets/react.js', 'assets/runtime.js']),
  chunk('assets/react.js', ['/react']),
  chunk('assets/console.js', ['/layout', '/list'], ['assets/shared.js']),
  chunk('assets/signIn.js', ['/login'], ['assets/shared.js']),
  chunk('assets/dashboard.js', ['/dashboard'], ['assets/shared.js']),
];

describe('first-screen preloads', () => {
  it('are each screen’s chunks and what they import, without the entry or other pages', () => {
    const files = screenPreloads(
      chunks,
      { console: ['/layout', '/list', '/app'], signIn: ['/login', '/app'] },
      '/',
    );
    expect([...files.console].sort()).toEqual([
      '/assets/console.js',
      '/assets/react.js',
      '/assets/runtime.js',
      '/assets/shared.js',
    ]);
    expect([...files.signIn].sort()).toEqual([
      '/assets/react.js',
      '/assets/runtime.js',
      '/assets/shared.js',
      '/assets/signIn.js',
    ]);
  });

  it('name a root the build lost', () => {
    expect(() => screenPreloads(chunks, { console: ['/gone'], signIn: [] }, '/')).toThrow('/gone');
  });
});

/** Runs the head script in a page at `path` whose stored session is `stored`; the links it adds. */
function preloadsAt(path: string, stored: string | null, now = Date.parse('2026-11-30T08:00:00Z')) {
  const links: { rel: string; href: string; crossOrigin: string | null }[] = [];
  const script = preloadScript('sq-console.session', {
    console: ['/c.js', '/s.js'],
    signIn: ['/l.js', '/s.js'],
  });
  runInNewContext(script, {
    sessionStorage: { getItem: (key: string) => (key === 'sq-console.session' ? stored : null) },
    location: { pathname: path },
    Date: { parse: Date.parse, now: () => now },
    JSON,
    document: {
      createElement: () => ({ rel: '', href: '', crossOrigin: null }),
      head: { appendChild: (l: (typeof links)[number]) => links.push(l) },
    },
  });
  return links;
}

const session = (expiresAt: string) => JSON.stringify({ token: 't', expiresAt, user: { id: 1 } });

describe('the head script', () => {
  it('asks for the console’s chunks on a console page with a live session', () => {
    const links = preloadsAt('/complaints', session('2026-11-30T16:00:00Z'));
    expect(links.map((l) => [l.rel, l.href, l.crossOrigin])).toEqual([
      ['modulepreload', '/c.js', ''],
      ['modulepreload', '/s.js', ''],
    ]);
  });

  it('asks for the sign-in page’s without a session, with an expired one, and on the sign-in page', () => {
    expect(preloadsAt('/complaints', null).map((l) => l.href)).toEqual(['/l.js', '/s.js']);
    expect(preloadsAt('/complaints', session('2026-11-30T07:59:59Z')).map((l) => l.href)).toEqual([
      '/l.js',
      '/s.js',
    ]);
    expect(preloadsAt('/login', session('2026-11-30T16:00:00Z')).map((l) => l.href)).toEqual([
      '/l.js',
      '/s.js',
    ]);
  });

  it('never stops the page: a damaged session record preloads nothing', () => {
    expect(preloadsAt('/complaints', '{not json')).toEqual([]);
  });
});

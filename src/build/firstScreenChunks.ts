import type { InlineConfig } from 'vite';

/**
 * Build-time only (vite.config.ts): puts the code of the console's first screens — the sign-in
 * page and a signed-in list page — into a few large chunks instead of the dozens of small ones
 * the bundler's automatic split makes (77 scripts for the complaint list). The automatic split
 * groups modules by the set of lazy pages that use them; with ~40 lazy pages most combinations
 * are distinct, so the list page loaded many chunks of a few KB, each compressed on its own and
 * each with its own import/export glue (docs/architecture.md, "Chunks of the first screens").
 *
 * Which modules a screen needs is measured, not listed: a first build with the automatic split
 * names the chunks holding a screen's dynamically imported roots (each with its static imports); the real build
 * then groups exactly those modules. A hand-kept list of packages would go stale as pages change.
 */

/** What a measuring build says of one output chunk. */
export interface BuiltChunk {
  fileName: string;
  isEntry: boolean;
  moduleIds: readonly string[];
  imports: readonly string[];
}

/** A screen: the modules its page imports dynamically (absolute ids), as main.tsx does. */
export type Screens = Record<string, readonly string[]>;

export interface ScreenModules {
  /**
   * What the entry loads before anything else (its chunk and that chunk's static imports): left
   * where it is, so the entry stays small and starts the screens' requests at once.
   */
  entry: Set<string>;
  /** Per screen, every module its chunks hold (the chunks of its roots and their static imports). */
  screens: Map<string, Set<string>>;
}

/** The modules each screen loads in a build whose chunks are `chunks`. */
export function screenModules(chunks: readonly BuiltChunk[], screens: Screens): ScreenModules {
  const modulesOf = (loaded: BuiltChunk[]) => new Set(loaded.flatMap((c) => c.moduleIds));
  const result = new Map<string, Set<string>>();
  for (const [screen, loaded] of screenChunks(chunks, screens)) result.set(screen, modulesOf(loaded));
  return {
    entry: modulesOf(
      loadedWith(
        chunks,
        chunks.filter((c) => c.isEntry),
      ),
    ),
    screens: result,
  };
}

/** `start` and every chunk they import statically, directly or not. */
function loadedWith(chunks: readonly BuiltChunk[], start: BuiltChunk[]): BuiltChunk[] {
  const byFile = new Map(chunks.map((c) => [c.fileName, c]));
  const loaded = new Map<string, BuiltChunk>();
  const todo = [...start];
  for (let chunk = todo.pop(); chunk; chunk = todo.pop()) {
    if (loaded.has(chunk.fileName)) continue;
    loaded.set(chunk.fileName, chunk);
    for (const file of chunk.imports) {
      const imported = byFile.get(file);
      if (imported) todo.push(imported);
    }
  }
  return [...loaded.values()];
}

/** Per screen, the chunks it loads: those of its roots and everything they import statically. */
export function screenChunks(chunks: readonly BuiltChunk[], screens: Screens): Map<string, BuiltChunk[]> {
  // A root imported statically elsewhere too is not its chunk's facade: find it among the modules.
  const byModule = new Map(chunks.flatMap((c) => c.moduleIds.map((id) => [id, c] as const)));
  const result = new Map<string, BuiltChunk[]>();
  for (const [screen, roots] of Object.entries(screens)) {
    const rootChunks = roots.map((root) => {
      const chunk = byModule.get(root);
      if (!chunk) {
        throw new Error(`first-screen chunks: ${root} (screen "${screen}") is in no chunk of the build`);
      }
      return chunk;
    });
    result.set(screen, loadedWith(chunks, rootChunks));
  }
  return result;
}

/** A chunk group of the bundler (rolldown's `output.codeSplitting.groups`). */
export interface ChunkGroup {
  name: string;
  test: (id: string) => boolean;
  priority: number;
}

/**
 * One chunk of what every screen needs (`shared`), then one per screen of what only it needs.
 * The entry's modules stay in the entry. Other pages load these chunks for what they share.
 * An `early` part (named among the screens) gets a chunk of its own, taken before the others: it
 * runs as soon as its own imports are in, not once the largest chunk is.
 */
export function screenGroups({ entry, screens }: ScreenModules, early: readonly string[] = []): ChunkGroup[] {
  const pages = [...screens].filter(([name]) => !early.includes(name));
  // The bundler's own modules (`\0…`: its runtime, Vite's preload helper) stay where it puts them.
  const movable = (id: string) => !entry.has(id) && !id.startsWith('\0');
  // What the entry loads with it, held apart from the screens' chunks: a group takes along the
  // modules its modules import (the app imports the session module, for one), and the entry
  // would then wait for the largest chunk before it could start anything.
  const start: ChunkGroup = { name: 'start', test: (id) => entry.has(id), priority: 4 };
  const first = early.map((name) => {
    const modules = screens.get(name);
    if (!modules) throw new Error(`first-screen chunks: no screen "${name}" to load early`);
    return { name, test: (id: string) => movable(id) && modules.has(id), priority: 3 };
  });
  const shared: ChunkGroup = {
    name: 'shared',
    test: (id) => movable(id) && pages.every(([, modules]) => modules.has(id)),
    priority: 2,
  };
  const own = pages.map(([name, modules]) => ({
    name,
    test: (id: string) => movable(id) && modules.has(id),
    priority: 1,
  }));
  return [start, ...first, shared, ...own];
}

/**
 * Runs the measuring build (automatic split, nothing written, not minified: only the chunk graph
 * is read) and returns the groups for the real build. `config` is the console's build config.
 */
export async function measureScreenGroups(
  config: InlineConfig,
  screens: Screens,
  early: readonly string[] = [],
): Promise<ChunkGroup[]> {
  const { build } = await import('vite');
  const output = await build({
    ...config,
    configFile: false,
    logLevel: 'warn',
    build: { ...config.build, write: false, minify: false, sourcemap: false, emptyOutDir: false },
  });
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) =>
    'output' in o ? o.output.filter((item) => item.type === 'chunk') : [],
  );
  return screenGroups(screenModules(chunks, screens), early);
}

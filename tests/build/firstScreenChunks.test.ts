import { describe, expect, it } from 'vitest';
import {
  screenGroups,
  screenModules,
  type BuiltChunk,
  type ChunkGroup,
} from '../../src/build/firstScreenChunks';

const chunk = (fileName: string, moduleIds: string[], imports: string[] = []): BuiltChunk => ({
  fileName,
  isEntry: fileName === 'index.js',
  moduleIds,
  imports,
});

/**
 * An automatic split like the console's: the entry, the app, two pages (sign-in, list) and a
 * third page that is not a first screen, with chunks shared in different combinations.
 */
const chunks: BuiltChunk[] = [
  chunk('index.js', ['/main'], ['session.js']),
  chunk('session.js', ['/session']),
  chunk('app.js', ['/app', '/i18n'], ['react.js', 'button.js', 'session.js']),
  chunk('react.js', ['/react', '/react-dom']),
  chunk('button.js', ['/button']),
  chunk('login.js', ['/login'], ['form.js', 'button.js']),
  chunk('form.js', ['/form', '/input']),
  chunk('list.js', ['/list'], ['table.js', 'form.js']),
  chunk('table.js', ['/table', '/pagination']),
  chunk('dashboard.js', ['/dashboard'], ['charts.js', 'table.js']),
  chunk('charts.js', ['/charts']),
];

/** The group the bundler puts `id` in: the matching group of highest priority, first declared on a tie. */
const groupTaking = (groups: ChunkGroup[], id: string) =>
  groups.reduce<ChunkGroup | null>(
    (best, g) => (g.test(id) && (!best || g.priority > best.priority) ? g : best),
    null,
  )?.name ?? null;

describe('first-screen chunks', () => {
  it('collects each screen’s modules through the static imports of its roots’ chunks', () => {
    const { entry, screens } = screenModules(chunks, {
      signIn: ['/app', '/login'],
      console: ['/app', '/list'],
    });
    expect([...entry].sort()).toEqual(['/main', '/session']);
    expect([...screens.get('signIn')!].sort()).toEqual(
      ['/app', '/button', '/form', '/i18n', '/input', '/login', '/react', '/react-dom', '/session'].sort(),
    );
    expect([...screens.get('console')!].sort()).toEqual(
      [
        '/app',
        '/button',
        '/form',
        '/i18n',
        '/input',
        '/list',
        '/pagination',
        '/react',
        '/react-dom',
        '/session',
        '/table',
      ].sort(),
    );
  });

  it('groups what every screen needs, then what one screen alone needs; other pages stay out', () => {
    const groups = screenGroups(
      screenModules(chunks, { signIn: ['/app', '/login'], console: ['/app', '/list'] }),
    );
    const groupOf = (id: string) => groupTaking(groups, id);
    expect(groupOf('/form')).toBe('shared');
    expect(groupOf('/button')).toBe('shared');
    expect(groupOf('/table')).toBe('console');
    expect(groupOf('/login')).toBe('signIn');
    // The entry's own modules are held together (the app imports the session module too).
    expect(groupOf('/main')).toBe('start');
    expect(groupOf('/session')).toBe('start');
    expect(groupOf('/charts')).toBeNull();
    expect(groupOf('/dashboard')).toBeNull();
  });

  it('gives an early part its own chunk, taken before the screens’ chunks', () => {
    const modules = screenModules(chunks, {
      ahead: ['/input'],
      signIn: ['/app', '/login'],
      console: ['/app', '/list'],
    });
    const groups = screenGroups(modules, ['ahead']);
    const groupOf = (id: string) => groupTaking(groups, id);
    // form.js holds /form and /input: the early part takes the chunk's modules.
    expect(groupOf('/input')).toBe('ahead');
    expect(groupOf('/form')).toBe('ahead');
    expect(groupOf('/button')).toBe('shared');
    expect(groupOf('/table')).toBe('console');
    expect(() => screenGroups(modules, ['later'])).toThrow(/no screen "later"/);
  });

  it('finds a root that shares its chunk with other modules', () => {
    const { screens } = screenModules(chunks, { forms: ['/input'] });
    expect([...screens.get('forms')!].sort()).toEqual(['/form', '/input']);
  });

  it('says which root is in no chunk', () => {
    expect(() => screenModules(chunks, { console: ['/app', '/gone'] })).toThrow(
      /\/gone \(screen "console"\) is in no chunk/,
    );
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The complaint list's first screen must not load antd components it does not show (issue 9):
 * they are imported only by modules loaded on demand (a form, the show page, the drawer, the
 * first notification). This walks the static imports from the list's modules, as the bundler
 * does (`import(…)` and `import type` do not count), and collects what they take from 'antd'.
 */

const ROOT = resolve(__dirname, '../..');

const STATIC_IMPORT = /^(?:import|export)\s+(?!type\s)([^;]*?)\s+from\s+'([^']+)';/gm;
const SIDE_EFFECT_IMPORT = /^import\s+'([^']+)';/gm;

function resolveModule(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`])
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  return null;
}

/** The names in an import or export clause's braces (`{ A, type B, C as D }` → A, C). */
function namesOf(clause: string): string[] {
  const list = /\{([^}]*)\}/.exec(clause)?.[1] ?? '';
  return list
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && !part.startsWith('type '))
    .map((part) => part.split(/\s+as\s+/)[0]);
}

/** A barrel (`index.ts` of re-exports only): the bundler keeps only the re-exports imported. */
function reexports(file: string): Map<string, string> | null {
  const source = readFileSync(file, 'utf8').trim();
  const lines = source.split('\n').filter((l) => l.trim() !== '');
  if (!lines.every((l) => /^export \{[^}]*\} from '[^']+';$/.test(l))) return null;
  const out = new Map<string, string>();
  for (const [, clause, spec] of source.matchAll(STATIC_IMPORT))
    for (const name of namesOf(clause)) out.set(name, resolveModule(file, spec) ?? '');
  return out;
}

/**
 * The modules statically reachable from `entries` (paths from the repository's root), and the
 * antd names they import, each with one importer.
 */
function reachable(entries: string[]): { files: Set<string>; antd: Map<string, string> } {
  const names = new Map<string, string>();
  const seen = new Set<string>();
  const queue = entries.map((e) => resolve(ROOT, e));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, clause, spec] of source.matchAll(STATIC_IMPORT)) {
      if (spec === 'antd') for (const name of namesOf(clause)) names.set(name, file.slice(ROOT.length + 1));
      const next = resolveModule(file, spec);
      if (!next) continue;
      const barrel = reexports(next);
      if (barrel) for (const name of namesOf(clause)) queue.push(barrel.get(name) ?? next);
      else queue.push(next);
    }
    for (const [, spec] of source.matchAll(SIDE_EFFECT_IMPORT)) {
      const next = resolveModule(file, spec);
      if (next) queue.push(next);
    }
  }
  return { files: new Set([...seen].map((f) => f.slice(ROOT.length + 1))), antd: names };
}

const LIST_PAGE = [
  'src/App.tsx',
  'src/app/ConsoleLayout.tsx',
  'src/crud/pages/GenericList.tsx',
  'src/features/complaints/ComplaintList.tsx',
];

describe("the complaint list's first screen", () => {
  const { files, antd: imported } = reachable(LIST_PAGE);

  it('walks the list page (sanity: the table, the filter bar’s form and the header are there)', () => {
    expect(imported.has('Table')).toBe(true);
    expect(imported.has('Form')).toBe(true);
    expect(imported.has('Layout')).toBe(true);
    expect(files.has('src/crud/widgets/render.tsx')).toBe(true);
  });

  it('does not load the export until its menu opens (list/ExportButton.tsx)', () => {
    expect(files.has('src/crud/list/ExportButton.tsx')).toBe(true);
    expect(files.has('src/crud/list/export/runExport.ts')).toBe(false);
  });

  it.each([
    ['App', 'brings modal and message along; notifications load with the first one'],
    ['notification', 'loads with the first notification (app/notifier.tsx)'],
    ['Modal', 'dialogs are lazy'],
    ['Drawer', 'the narrow menu drawer loads when first opened (app/MenuDrawer.tsx)'],
    ['Typography', 'plain themed elements instead (crud/plainText.tsx)'],
    ['Descriptions', 'the show page’s object display (widgets/displays.tsx)'],
    ['InputNumber', 'forms (widgets/forms) and the lazy number filter (widgets/numberRange.tsx)'],
    ['Divider', 'a themed rule in the saved filters’ popover (crud/plainText.tsx)'],
    ['Popconfirm', 'a row’s delete loads it on its first press (pages/RowDeleteConfirm.tsx)'],
  ])('does not import antd %s (%s)', (name) => {
    expect(imported.get(name)).toBeUndefined();
  });
});

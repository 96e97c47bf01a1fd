import type { CrudFilter } from '@refinedev/core';
import type { FeaturePage } from '../../types';
import { format, type Labels, type Lang } from '../../../schema/labels';
import type { ResourceDef } from '../../../schema/resource';

/** One entry of the command palette: where Enter goes. */
export interface PaletteItem {
  key: string;
  group: 'pages' | 'create' | 'records';
  label: string;
  /** A second line: the other language's name, a record's resource. */
  hint?: string;
  path: string;
  /** Lower-case text the query is matched against (both languages, the route). */
  search: string;
}

/** What the current user may open: a resource action, or a page (dashboard, report) by name. */
export type Allowed = (name: string, action: 'list' | 'create' | 'page') => boolean;

interface Templates {
  listOf: string;
  createOf: string;
}

const both = (labels: Labels, extra: string) => `${labels.zh} ${labels.en} ${extra}`.toLowerCase();

/** Every list, page and create form the user may open, in menu order. */
export function navigationItems(
  resources: readonly ResourceDef[],
  pages: readonly FeaturePage[],
  lang: Lang,
  allowed: Allowed,
  t: Templates,
): PaletteItem[] {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  const out: PaletteItem[] = [];
  for (const p of pages) {
    if (!allowed(p.name, 'page')) continue;
    out.push({
      key: `page:${p.name}`,
      group: 'pages',
      label: p.label[lang],
      hint: p.label[other],
      path: `/${p.path}`,
      search: both(p.label, p.path),
    });
  }
  for (const r of resources) {
    if (!allowed(r.name, 'list')) continue;
    out.push({
      key: `list:${r.name}`,
      group: 'pages',
      label: format(t.listOf, { label: r.label[lang] }),
      hint: r.label[other],
      path: `/${r.name}`,
      search: both(r.label, r.name),
    });
  }
  for (const r of resources) {
    if (r.readOnly || r.singleton || !allowed(r.name, 'create')) continue;
    out.push({
      key: `create:${r.name}`,
      group: 'create',
      label: format(t.createOf, { label: r.label[lang] }),
      hint: r.label[other],
      path: `/${r.name}/create`,
      // "新建" / "new" / "create" find every create form.
      search: `${both(r.label, r.name)} 新建 新增 new create add`,
    });
  }
  return out;
}

/**
 * The items matching a query (every word somewhere in the item), those whose label starts with
 * the query first; the order of the menu otherwise. An empty query keeps every item.
 */
export function matchItems(items: readonly PaletteItem[], query: string): PaletteItem[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...items];
  const hits = items.filter((item) =>
    words.every((w) => item.search.includes(w) || item.label.toLowerCase().includes(w)),
  );
  const first = words[0];
  const starts = (item: PaletteItem) => item.label.toLowerCase().startsWith(first);
  return [...hits.filter(starts), ...hits.filter((item) => !starts(item))];
}

/** A record search of one key resource: the filter sets it asks the data provider (results merged). */
export interface RecordSearch {
  resource: string;
  queries(query: string): CrudFilter[][];
}

/**
 * The records the palette finds: customers by name or phone, complaints by number, employees by
 * name — substring (`_like`) searches in the user's own view (a masked phone's hidden digits
 * cannot be found, by design).
 */
export const RECORD_SEARCHES: RecordSearch[] = [
  {
    resource: 'customers',
    queries: (q) => [
      [{ field: 'name', operator: 'contains', value: q }],
      [{ field: 'phone', operator: 'contains', value: q }],
    ],
  },
  { resource: 'complaints', queries: (q) => [[{ field: 'complaintNo', operator: 'contains', value: q }]] },
  { resource: 'employees', queries: (q) => [[{ field: 'name', operator: 'contains', value: q }]] },
];

/** Records per resource shown in the palette. */
export const RECORDS_PER_RESOURCE = 5;

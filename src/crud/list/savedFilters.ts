import type { CrudFilter, CrudSort } from '@refinedev/core';
import { preferenceKey, usePreference } from './storage';

/** A named view of a list: its filters and sort as they were in the URL when saved. */
export interface SavedFilter {
  name: string;
  filters: CrudFilter[];
  sorters: CrudSort[];
}

export const MAX_FILTER_NAME = 40;

function parseSaved(raw: unknown): SavedFilter[] | null {
  if (!Array.isArray(raw)) return null;
  return raw.filter(
    (s: unknown): s is SavedFilter =>
      typeof s === 'object' &&
      s !== null &&
      typeof (s as SavedFilter).name === 'string' &&
      Array.isArray((s as SavedFilter).filters) &&
      Array.isArray((s as SavedFilter).sorters),
  );
}

/** Adds or replaces (same name, ignoring case and surrounding spaces) a saved filter; sorted by name. */
export function withSaved(list: readonly SavedFilter[], entry: SavedFilter): SavedFilter[] {
  const key = entry.name.trim().toLowerCase();
  const rest = list.filter((s) => s.name.trim().toLowerCase() !== key);
  return [...rest, { ...entry, name: entry.name.trim() }].sort((a, b) => a.name.localeCompare(b.name, 'zh'));
}

export function withoutSaved(list: readonly SavedFilter[], name: string): SavedFilter[] {
  return list.filter((s) => s.name !== name);
}

/** The checks of a new filter's name: the message key of the problem, or null. */
export function nameProblem(name: string): 'filterNameRequired' | 'filterNameTooLong' | null {
  const trimmed = name.trim();
  if (trimmed === '') return 'filterNameRequired';
  if ([...trimmed].length > MAX_FILTER_NAME) return 'filterNameTooLong';
  return null;
}

/** This user's saved filters of one resource (kept in this browser). */
export function useSavedFilters(resource: string) {
  const [saved, write] = usePreference(preferenceKey('filters', resource), parseSaved);
  const list = saved ?? [];
  return {
    list,
    save: (entry: SavedFilter) => {
      const replaced = list.some((s) => s.name.trim().toLowerCase() === entry.name.trim().toLowerCase());
      write(withSaved(list, entry));
      return { replaced };
    },
    remove: (name: string) => write(withoutSaved(list, name)),
  };
}

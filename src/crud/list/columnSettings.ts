import { useMemo } from 'react';
import type { FieldDef } from '../../schema/fields';
import type { ResourceDef } from '../../schema/resource';
import { listFields, showFields } from '../pages/fields';
import { preferenceKey, usePreference } from './storage';

/** The saved choice: every offered column in the user's order, each shown or not. */
export interface ColumnChoice {
  name: string;
  visible: boolean;
}

/** Columns a user may choose from: every field the show page has (never secrets). */
export function columnCandidates(resource: ResourceDef): FieldDef[] {
  return showFields(resource);
}

/** The declaration's own choice: its list fields shown, the others hidden, in declaration order. */
export function defaultColumns(resource: ResourceDef): ColumnChoice[] {
  const shown = new Set(listFields(resource).map((f) => f.name));
  return columnCandidates(resource).map((f) => ({ name: f.name, visible: shown.has(f.name) }));
}

/**
 * A saved choice laid over the current declaration: fields that no longer exist are dropped,
 * fields added since the choice was saved join at their declared place with their default.
 */
export function mergeColumns(resource: ResourceDef, saved: readonly ColumnChoice[] | null): ColumnChoice[] {
  const defaults = defaultColumns(resource);
  if (!saved) return defaults;
  const known = new Set(defaults.map((c) => c.name));
  const kept = saved.filter((c) => known.has(c.name));
  const seen = new Set(kept.map((c) => c.name));
  const out = [...kept];
  defaults.forEach((c, i) => {
    if (seen.has(c.name)) return;
    // After the saved column that precedes it in the declaration, or first.
    const before = defaults
      .slice(0, i)
      .reverse()
      .find((d) => seen.has(d.name));
    const at = before ? out.findIndex((o) => o.name === before.name) + 1 : 0;
    out.splice(at, 0, c);
    seen.add(c.name);
  });
  return out;
}

/** The fields a choice shows, in its order. */
export function visibleFields(resource: ResourceDef, choice: readonly ColumnChoice[]): FieldDef[] {
  const byName = new Map(columnCandidates(resource).map((f) => [f.name, f]));
  return choice.flatMap((c) => {
    const f = c.visible ? byName.get(c.name) : undefined;
    return f ? [f] : [];
  });
}

function parseChoice(raw: unknown): ColumnChoice[] | null {
  if (!Array.isArray(raw)) return null;
  const ok = raw.every(
    (c: unknown) =>
      typeof c === 'object' &&
      c !== null &&
      typeof (c as ColumnChoice).name === 'string' &&
      typeof (c as ColumnChoice).visible === 'boolean',
  );
  return ok ? (raw as ColumnChoice[]) : null;
}

/** The list's columns as this user arranged them for this resource (remembered in this browser). */
export function useColumnSettings(resource: ResourceDef) {
  const [saved, save] = usePreference(preferenceKey('columns', resource.name), parseChoice);
  const choice = useMemo(() => mergeColumns(resource, saved), [resource, saved]);
  const fields = useMemo(() => visibleFields(resource, choice), [resource, choice]);
  return {
    choice,
    fields,
    /** Keeps a new arrangement; at least one column always stays visible. */
    setChoice: (next: ColumnChoice[]) => {
      if (next.some((c) => c.visible)) save(next);
    },
    reset: () => save(null),
    customised: saved !== null,
  };
}

import { useCallback, useState } from 'react';
import { readSession } from '../../providers/session';

/**
 * Per-user, per-resource preferences in localStorage: `sq.<kind>.<user id>.<resource>`. Keyed by
 * the signed-in user's id, so two people sharing a browser each keep their own; nothing here
 * is a secret (column names, filter values the user typed).
 */
export function preferenceKey(kind: string, resource: string, userId = readSession()?.user.id): string {
  return `sq.${kind}.${userId ?? 'anonymous'}.${resource}`;
}

export function readPreference<T>(key: string, parse: (raw: unknown) => T | null): T | null {
  try {
    const raw = globalThis.localStorage?.getItem(key);
    return raw ? parse(JSON.parse(raw)) : null;
  } catch {
    return null; // unreadable or tampered with: the defaults
  }
}

export function writePreference(key: string, value: unknown): void {
  try {
    if (value === null) globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, JSON.stringify(value));
  } catch {
    // storage full or disabled: the choice lasts for this page only
  }
}

/** A preference as React state, saved on every change, re-read when the key changes. */
export function usePreference<T>(
  key: string,
  parse: (raw: unknown) => T | null,
): [T | null, (next: T | null) => void] {
  const [state, setState] = useState(() => ({ key, value: readPreference(key, parse) }));
  // Another resource or user: that key's value (until it is changed here).
  const value = state.key === key ? state.value : readPreference(key, parse);
  const update = useCallback(
    (next: T | null) => {
      setState({ key, value: next });
      writePreference(key, next);
    },
    [key],
  );
  return [value, update];
}

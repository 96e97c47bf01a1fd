import type { DbState } from '../../mock-api/adapter';
import { generateDatabase } from '../../mock-api/seed/generate';

/**
 * The demo seed (six users, one per role, password `Demo@2026`, `manager` limited to branch 1)
 * for the access suites, generated once per test file: every resource has records in several
 * branches, so scope and masking have something to hide.
 */
let cached: string | undefined;

export function demoState(): DbState {
  cached ??= JSON.stringify(generateDatabase({ size: 'demo', today: '2026-11-20' }));
  return JSON.parse(cached) as DbState;
}

export type Rows = Record<string, Record<string, unknown>[]>;

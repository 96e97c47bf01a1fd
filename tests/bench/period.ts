import { SEED_TODAY } from './data';

/** The year the benchmark asks every report for: the twelve full months before the seed's day. */
export const YEAR = { from: '2025-11-01', to: '2026-10-31' };
/** "Now" for the reports: the seed's now (08:00 Shanghai of its day), so figures never drift. */
export const AS_OF = `${SEED_TODAY}T08:00:00+08:00`;

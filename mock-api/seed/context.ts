import { instantFromMs } from '../../src/schema/time';
import type { Faker } from '@faker-js/faker';
import type { Calendar } from './calendar';
import type { Pools } from './pools';
import type { Rng } from './prng';
import type { SizeSpec } from './sizes';

/** What every part of the generator reads: the time frame, the size, the pools and a root stream. */
export interface SeedContext {
  cal: Calendar;
  size: SizeSpec;
  pools: Pools;
  faker: Faker;
  /** Root stream: parts take `rng.fork(name)` and never draw from it directly. */
  rng: Rng;
}

/** Turns integer fen into yuan (money is computed in fen and converted once). */
export function yuan(fen: number): number {
  return Math.round(fen) / 100;
}

/** The canonical stored form of an instant (UTC with milliseconds), from epoch ms. */
export const iso = instantFromMs;

import { Faker, base, en, zh_CN } from '@faker-js/faker';

/**
 * The seed's randomness. One fixed seed goes into faker (`seed()` on our own instance, never the
 * global one); faker then seeds a small, fast generator (sfc32) that the hot loops use, because
 * faker's own helpers cost about ten times more per draw and the large size makes millions.
 * Each part of the generator takes its own stream with `fork(label)`, so that adding a record
 * kind to one part does not shift the values of every other part.
 */
export const SEED = 20_240_618;

export function createFaker(seed: number = SEED): Faker {
  const faker = new Faker({ locale: [zh_CN, en, base] });
  faker.seed(seed);
  return faker;
}

/** cyrb128: a string hash giving four 32-bit words, used to derive independent streams. */
function hash128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [(h1 ^ h2 ^ h3 ^ h4) >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0];
}

/** A table of `[value, weight]` rows, prepared once for fast weighted picks. */
export class Weighted<T> {
  private readonly values: T[];
  private readonly cumulative: number[];
  private readonly total: number;

  constructor(rows: readonly (readonly [T, number])[]) {
    this.values = rows.map((r) => r[0]);
    let sum = 0;
    this.cumulative = rows.map((r) => (sum += r[1]));
    this.total = sum;
    if (!(sum > 0)) throw new Error('Weighted: the weights must add up to more than 0');
  }

  pick(rng: Rng): T {
    const x = rng.next() * this.total;
    const c = this.cumulative;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (c[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo];
  }
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: readonly [number, number, number, number]) {
    [this.a, this.b, this.c, this.d] = seed;
    for (let i = 0; i < 12; i++) this.next();
  }

  /** Seeds a root stream from a seeded faker, so that faker's seed decides everything. */
  static fromFaker(faker: Faker): Rng {
    const word = () => faker.number.int({ min: 0, max: 0xffffffff });
    return new Rng([word(), word(), word(), word()]);
  }

  /** A uniform number in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }

  /** An independent stream named by `label`, fixed by this stream's current state. */
  fork(label: string): Rng {
    const h = hash128(label);
    return new Rng([
      (h[0] ^ this.a) >>> 0,
      (h[1] ^ this.b) >>> 0,
      (h[2] ^ this.c) >>> 0,
      (h[3] ^ this.d) >>> 0,
    ]);
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)];
  }

  /** Up to `k` distinct items of `list`, in the list's order. */
  sample<T>(list: readonly T[], k: number): T[] {
    if (k >= list.length) return [...list];
    const chosen = new Set<number>();
    while (chosen.size < k) chosen.add(Math.floor(this.next() * list.length));
    return [...chosen].sort((x, y) => x - y).map((i) => list[i]);
  }

  /** A rough normal deviate (sum of uniforms), enough for plausible spreads. */
  normal(mean: number, sd: number): number {
    return mean + sd * (this.next() + this.next() + this.next() + this.next() - 2) * 1.732;
  }

  /** A Poisson count with a small mean (Knuth), for "how many today". */
  poisson(mean: number): number {
    const limit = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > limit) {
      k++;
      p *= this.next();
    }
    return k;
  }
}

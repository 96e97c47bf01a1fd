import { describe, expect, it } from 'vitest';
import { KeyedGroups } from '../../src/domain/keyedGroups';

/** The groups of a report's pass must be found and listed exactly as a Map would. */
describe('KeyedGroups', () => {
  const keys: (number | string | null)[] = [
    7,
    'a',
    0,
    null,
    65_535,
    65_536,
    7,
    -1,
    5.5,
    Number.NaN,
    'a',
    -0,
    1_000_000,
    3,
    null,
    Number.NaN,
    0,
    '7',
  ];

  it('finds, creates and lists the groups in the order a Map does', () => {
    let made = 0;
    const groups = new KeyedGroups<number | string | null, { n: number; made: number }>(() => ({
      n: 0,
      made: made++,
    }));
    const map = new Map<number | string | null, number>();
    for (const key of keys) {
      groups.of(key).n++;
      map.set(key, (map.get(key) ?? 0) + 1);
    }
    expect(groups.entries().map(([k, g]) => [k, g.n])).toEqual([...map]);
    expect(made).toBe(map.size);
    expect(groups.get(7)?.n).toBe(2);
    expect(groups.get(-0)).toBe(groups.get(0));
    expect(groups.get(Number.NaN)?.n).toBe(2);
    expect(groups.get(8)).toBeUndefined();
    expect(groups.get(100_000)).toBeUndefined();
    expect(groups.get('b')).toBeUndefined();
  });

  it('lists -0 as 0, as a Map does', () => {
    const groups = new KeyedGroups<number, number[]>(() => []);
    groups.of(-0);
    expect(Object.is(groups.entries()[0][0], 0)).toBe(true);
  });
});

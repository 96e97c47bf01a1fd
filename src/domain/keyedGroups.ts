/**
 * The running totals of the groups of a breakdown (by branch, staff, category…), found by key
 * for every record of a report's pass: 300,000 responses × 3 numeric keys were 900,000 Map
 * lookups. A key that is a small whole number (ids: branches, staff, items) is found in an
 * array slot; any other key (text, null, a large id) in a Map. Groups are listed in the order
 * their first record came, as a Map would list them.
 */
export class KeyedGroups<K, T> {
  /** Slots for keys 0…SMALL-1 (dense: grown with undefined, never with holes). */
  private readonly small: (T | undefined)[] = [];
  private readonly other = new Map<K, T>();
  private readonly order: [K, T][] = [];

  constructor(private readonly create: () => T) {}

  /** The group of a key, created empty on its first record. */
  of(key: K): T {
    if (typeof key === 'number' && (key & SMALL_MASK) === key) {
      const slot: number = key;
      const small = this.small;
      while (small.length <= slot) small.push(undefined);
      let found = small[slot];
      // `key | 0`: -0 is listed as 0, as a Map lists it.
      if (found === undefined) small[slot] = found = this.added((slot | 0) as K);
      return found;
    }
    let found = this.other.get(key);
    if (found === undefined) this.other.set(key, (found = this.added(key)));
    return found;
  }

  /** The group of a key, undefined when no record had it. */
  get(key: K): T | undefined {
    if (typeof key === 'number' && (key & SMALL_MASK) === key) return this.small[key as number];
    return this.other.get(key);
  }

  /** Every group with its key, in the order of their first records. */
  entries(): readonly [K, T][] {
    return this.order;
  }

  private added(key: K): T {
    const group = this.create();
    this.order.push([key, group]);
    return group;
  }
}

/** Keys below 2¹⁶ get a slot (ids of branches, staff, items; a larger id goes to the Map). */
const SMALL_MASK = 0xffff;

/**
 * What the console's bundle gets for the `side-channel` package (vite.config.ts,
 * `resolve.alias`): qs (refine's query strings) keeps the objects it is walking in one to find
 * cycles. The package supports engines without WeakMap and names the missing key with
 * object-inspect, which brought get-intrinsic, call-bind and more (~9 KB gzipped) to every
 * page; the browsers the console runs in all have WeakMap and Map. Same contract as the
 * package's (its README and index.d.ts): objects kept weakly, other values in a Map.
 */

export interface SideChannel<K = unknown, V = unknown> {
  /** Throws a TypeError when `key` has nothing stored. */
  assert(key: K): void;
  get(key: K): V | undefined;
  has(key: K): boolean;
  set(key: K, value: V): void;
  delete(key: K): boolean;
}

/** Values a WeakMap can hold as keys. */
function isObject(key: unknown): key is object {
  return (typeof key === 'object' && key !== null) || typeof key === 'function';
}

export function getSideChannel<K = unknown, V = unknown>(): SideChannel<K, V> {
  const objects = new WeakMap<object, V>();
  const others = new Map<unknown, V>();
  const has = (key: K) => (isObject(key) ? objects.has(key) : others.has(key));
  return {
    assert(key) {
      if (has(key)) return;
      // String() of a null-prototype object would throw: such keys are named by their kind.
      const name = isObject(key) ? Object.prototype.toString.call(key) : String(key);
      throw new TypeError(`Side channel does not contain ${name}`);
    },
    get: (key) => (isObject(key) ? objects.get(key) : others.get(key)),
    has,
    set(key, value) {
      if (isObject(key)) objects.set(key, value);
      else others.set(key, value);
    },
    delete: (key) => (isObject(key) ? objects.delete(key) : others.delete(key)),
  };
}

// qs loads it with `require('side-channel')` and calls what it gets: the bundler gives a
// CommonJS `require` of an ES module its `module.exports` export when it has one.
export { getSideChannel as 'module.exports' };

import { describe, expect, it } from 'vitest';
import { getSideChannel } from '../../src/shims/sideChannel';

/** The console's stand-in for the `side-channel` package (src/shims/sideChannel.ts), on its contract. */
describe('getSideChannel', () => {
  it('stores, reads, asserts and deletes a value per object key', () => {
    const channel = getSideChannel<object, number>();
    const key = {};
    expect(channel.has(key)).toBe(false);
    expect(channel.get(key)).toBeUndefined();
    expect(() => channel.assert(key)).toThrow(new TypeError('Side channel does not contain [object Object]'));
    channel.set(key, 42);
    expect(() => channel.assert(key)).not.toThrow();
    expect([channel.has(key), channel.get(key)]).toEqual([true, 42]);
    channel.set(key, 43);
    expect(channel.get(key)).toBe(43);
    expect(channel.delete(key)).toBe(true);
    expect(channel.delete(key)).toBe(false);
    expect(channel.has(key)).toBe(false);
    expect(() => channel.assert(key)).toThrow(TypeError);
  });

  it('tells keys apart by identity, functions and arrays included', () => {
    const channel = getSideChannel<object, string>();
    const a = { id: 1 };
    const twin = { id: 1 };
    const fn = () => 0;
    const list: number[] = [];
    channel.set(a, 'a');
    channel.set(fn, 'fn');
    channel.set(list, 'list');
    expect([channel.get(a), channel.get(twin), channel.get(fn), channel.get(list)]).toEqual([
      'a',
      undefined,
      'fn',
      'list',
    ]);
  });

  it('keeps values for keys that are not objects too', () => {
    const channel = getSideChannel<unknown, string>();
    const sym = Symbol('s');
    for (const [key, value] of [
      ['k', 'string'],
      [0, 'zero'],
      [null, 'null'],
      [undefined, 'undefined'],
      [sym, 'symbol'],
    ] as const)
      channel.set(key, value);
    expect([
      channel.get('k'),
      channel.get(0),
      channel.get(null),
      channel.get(undefined),
      channel.get(sym),
    ]).toEqual(['string', 'zero', 'null', 'undefined', 'symbol']);
    expect(channel.has('0')).toBe(false);
    expect(() => channel.assert('missing')).toThrow(new TypeError('Side channel does not contain missing'));
    expect(channel.delete(null)).toBe(true);
    expect(channel.has(null)).toBe(false);
  });

  it('gives each call a channel of its own', () => {
    const key = {};
    const first = getSideChannel<object, number>();
    first.set(key, 1);
    expect(getSideChannel<object, number>().has(key)).toBe(false);
  });

  it('names a key without a prototype when asserting it', () => {
    expect(() => getSideChannel().assert(Object.create(null))).toThrow(
      new TypeError('Side channel does not contain [object Object]'),
    );
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { settledOrLate } from '../../src/app/settledOrLate';

afterEach(() => vi.useRealTimers());

/** Whether `p` has resolved after the microtasks queued so far have run. */
async function isDone(p: Promise<unknown>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
}

describe('settledOrLate', () => {
  it('resolves as soon as every promise has settled, a failure included', async () => {
    vi.useFakeTimers();
    let fail: (e: Error) => void = () => {};
    let ok: (v: number) => void = () => {};
    const waiting = settledOrLate(
      [new Promise<number>((r) => (ok = r)), new Promise<number>((_, r) => (fail = r))],
      3000,
    );
    expect(await isDone(waiting)).toBe(false);
    ok(1);
    expect(await isDone(waiting)).toBe(false);
    fail(new Error('chunk failed'));
    expect(await isDone(waiting)).toBe(true);
  });

  it('resolves after the wait when a promise stalls, and not before', async () => {
    vi.useFakeTimers();
    const waiting = settledOrLate([new Promise(() => {}), Promise.resolve(1)], 3000);
    await vi.advanceTimersByTimeAsync(2999);
    expect(await isDone(waiting)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await isDone(waiting)).toBe(true);
  });
});

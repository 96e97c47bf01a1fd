// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(cleanup);
import { lazyPage } from '../../src/app/lazyPage';
import { moduleLoader } from '../../src/app/moduleLoader';

const Page = () => <p>page</p>;

/** Renders `node` and says what the first commit showed, before any promise could settle. */
function firstCommit(node: React.ReactNode) {
  render(<Suspense fallback={<p>loading</p>}>{node}</Suspense>);
  return screen.queryByText('page') ? 'page' : screen.queryByText('loading') ? 'fallback' : 'nothing';
}

describe('moduleLoader', () => {
  it('imports once and says when the module has arrived', async () => {
    const load = vi.fn(() => Promise.resolve({ default: Page }));
    const loader = moduleLoader(load);
    expect(loader.arrived()).toBeUndefined();
    const first = loader();
    expect(loader()).toBe(first);
    await first;
    expect(loader.arrived()).toEqual({ default: Page });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries a failed import afresh', async () => {
    const load = vi
      .fn<() => Promise<{ default: typeof Page }>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValueOnce({ default: Page });
    const loader = moduleLoader(load);
    await expect(loader()).rejects.toThrow('offline');
    expect(loader.arrived()).toBeUndefined();
    await expect(loader()).resolves.toEqual({ default: Page });
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('lazyPage', () => {
  it('renders at once, without the fallback, when its code has arrived', async () => {
    const loader = moduleLoader(() => Promise.resolve({ default: Page }));
    await loader();
    const LazyPage = lazyPage(loader);
    expect(firstCommit(<LazyPage />)).toBe('page');
  });

  it('renders at once after `preload` has brought the code', async () => {
    const LazyPage = lazyPage(() => Promise.resolve({ default: Page }));
    await LazyPage.preload();
    expect(firstCommit(<LazyPage />)).toBe('page');
  });

  it('suspends while the code is on its way, then shows the page', async () => {
    let arrive: (m: { default: typeof Page }) => void = () => undefined;
    const LazyPage = lazyPage(() => new Promise<{ default: typeof Page }>((resolve) => (arrive = resolve)));
    expect(firstCommit(<LazyPage />)).toBe('fallback');
    await act(async () => arrive({ default: Page }));
    expect(screen.getByText('page')).toBeTruthy();
  });
});

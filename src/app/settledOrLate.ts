/**
 * Resolves once every promise has settled, or after `ms` milliseconds, whichever comes first.
 *
 * The entry (main.tsx) waits for a page's code before the first render, so that the page is
 * what renders first; a request that stalls (rather than fails) must not keep the screen blank:
 * after the wait the app starts anyway and the page shows its own loading state until its code
 * arrives. React-free, like the entry.
 */
export function settledOrLate(promises: readonly Promise<unknown>[], ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    void Promise.allSettled(promises).then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A page whose code can be fetched before it renders (see preloadFeaturePage in lazyPages.ts). */
export interface Preloadable {
  preload(): Promise<unknown>;
}

/**
 * React.lazy with a `preload`: the same import, started before the route renders. The browser
 * keeps the fetched module, so React's own load then resolves at once.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound: a page of any props
export function lazyPage<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): LazyExoticComponent<T> & Preloadable {
  const page = lazy(load) as LazyExoticComponent<T> & Preloadable;
  page.preload = () => load().catch(() => undefined);
  return page;
}

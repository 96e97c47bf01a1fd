import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { moduleLoader, type ModuleLoader } from './moduleLoader';

/** A page whose code can be fetched before it renders (see preloadFeaturePage in lazyPages.ts). */
export interface Preloadable {
  preload(): Promise<unknown>;
}

/** A thenable that calls back at once: React.lazy then takes the module without suspending. */
function arrivedThenable<M>(module: M): PromiseLike<M> {
  return {
    then: (onFulfilled) => Promise.resolve(onFulfilled ? onFulfilled(module) : (module as never)) as never,
  };
}

/**
 * React.lazy with a `preload`: the same import, started before the route renders. A page whose
 * code has already arrived (fetched ahead by main.tsx or `preload`) renders at once: a plain
 * React.lazy suspends on its first render even then — the spinner is committed, the page
 * rendered a second time, laid out again and revealed no sooner than React's throttle allows.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy's own bound: a page of any props
export function lazyPage<T extends ComponentType<any>>(
  load: (() => Promise<{ default: T }>) | ModuleLoader<{ default: T }>,
): LazyExoticComponent<T> & Preloadable {
  const loader = 'arrived' in load ? load : moduleLoader(load);
  const page = lazy(() => {
    const module = loader.arrived();
    // React reads the thenable's callback as the module (its `_status` becomes resolved).
    return module ? (arrivedThenable(module) as Promise<{ default: T }>) : loader();
  }) as LazyExoticComponent<T> & Preloadable;
  page.preload = () => loader().catch(() => undefined);
  return page;
}

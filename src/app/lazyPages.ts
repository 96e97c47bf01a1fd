import type { CrudAction } from '../features/types';
import { lazyPage, type Preloadable } from './lazyPage';
import { loadLayout, loadList, loadLogin } from './pageLoaders';

/**
 * Every page of the signed-in console, each loaded when its route first renders, so that the
 * sign-in page loads only the shell (App.tsx) and its form. Features' own pages are lazy in
 * their feature's index (src/features/*), the same way.
 */

export const ConsoleLayout = lazyPage(loadLayout);
/** Its own chunk: a signed-in page needs none of the sign-in form (its Card brings antd's Tabs). */
export const Login = lazyPage(loadLogin);
export const Home = lazyPage(() => import('./Home').then((m) => ({ default: m.Home })));
export const Forbidden = lazyPage(() => import('./Forbidden').then((m) => ({ default: m.Forbidden })));
export const NotFound = lazyPage(() => import('./NotFound').then((m) => ({ default: m.NotFound })));

export const GenericList = lazyPage(loadList);
export const GenericShow = lazyPage(() =>
  import('../crud/pages/GenericShow').then((m) => ({ default: m.GenericShow })),
);
export const GenericCreate = lazyPage(() =>
  import('../crud/pages/GenericCreate').then((m) => ({ default: m.GenericCreate })),
);
export const GenericEdit = lazyPage(() =>
  import('../crud/pages/GenericEdit').then((m) => ({ default: m.GenericEdit })),
);

/** The generic page an address shows, as the routes of App.tsx map them. */
function actionOf(second: string | undefined): CrudAction {
  return second === 'show' || second === 'create' || second === 'edit' ? second : 'list';
}

/**
 * A signed-in visit to a console page: fetch the page this address shows when a feature has its
 * own (the frame and the list code are already on their way, see main.tsx) now, alongside the
 * app's first load, instead of once the routes render. The browser keeps the modules; the lazy
 * components then resolve at once. A failed fetch here is retried by the lazy component itself.
 */
export function preloadFeaturePage(pathname: string): Promise<unknown> {
  const [, first, second] = pathname.split('/');
  if (!first) return Promise.resolve();
  return import('../features')
    .then(({ crudOverride, FEATURE_PAGES }) => {
      const page =
        crudOverride(first, actionOf(second)) ?? FEATURE_PAGES.find((p) => p.path === first)?.component;
      return (page as Partial<Preloadable> | undefined)?.preload?.();
    })
    .catch(() => undefined);
}

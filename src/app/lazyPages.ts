import { lazy } from 'react';

/**
 * Every page of the signed-in console, each loaded when its route first renders, so that the
 * sign-in page loads only the shell (App.tsx) and its form. Features' own pages are lazy in
 * their feature's index (src/features/*), the same way.
 */
const loadLayout = () => import('./ConsoleLayout');
const loadList = () => import('../crud/pages/GenericList');

export const ConsoleLayout = lazy(loadLayout);
export const Home = lazy(() => import('./Home').then((m) => ({ default: m.Home })));
export const Forbidden = lazy(() => import('./Forbidden').then((m) => ({ default: m.Forbidden })));
export const NotFound = lazy(() => import('./NotFound').then((m) => ({ default: m.NotFound })));

export const GenericList = lazy(() => loadList().then((m) => ({ default: m.GenericList })));
export const GenericShow = lazy(() =>
  import('../crud/pages/GenericShow').then((m) => ({ default: m.GenericShow })),
);
export const GenericCreate = lazy(() =>
  import('../crud/pages/GenericCreate').then((m) => ({ default: m.GenericCreate })),
);
export const GenericEdit = lazy(() =>
  import('../crud/pages/GenericEdit').then((m) => ({ default: m.GenericEdit })),
);

/**
 * A signed-in visit to a console page: fetch the frame and the list code (most pages are lists
 * or build on one) now, alongside the shell's first render, instead of one after the other as
 * the routes render. The browser keeps the modules; the lazy components above then resolve at
 * once. A failed fetch here is retried by the lazy component itself.
 */
export function preloadConsole(): void {
  loadLayout().catch(() => undefined);
  loadList().catch(() => undefined);
}

import { readSession } from './providers/session';

/**
 * The entry: only decides what to fetch, so that everything a page needs is requested in one
 * round. The app (bootstrap.tsx, with React, antd and refine) and — for a signed-in visit to a
 * console page — the frame and the list code start loading together, instead of the page's code
 * being discovered only once the app has loaded and rendered its routes.
 */
if (readSession() && !location.pathname.startsWith('/login')) {
  void import('./app/lazyPages').then((pages) => pages.preloadConsole(location.pathname));
}
void import('./bootstrap');

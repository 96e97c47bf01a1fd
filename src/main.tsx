import { loadLayout, loadList, loadLogin } from './app/pageLoaders';
import { readSession } from './providers/session';
import { settledOrLate } from './app/settledOrLate';

/** How long the first render waits for the page's code (it is usually in well before the app). */
const PAGE_CODE_WAIT_MS = 3000;

/**
 * The entry: only decides what to fetch, so that everything a page needs is requested in one
 * round. The app (bootstrap.tsx, with React, antd and refine) and — for a signed-in visit to a
 * console page — the frame and the list code start loading together, instead of the page's code
 * being discovered only once the app has loaded and rendered its routes.
 */
const pageCode: Promise<unknown>[] = [];
if (readSession() && !location.pathname.startsWith('/login')) {
  // Each import names its chunks at once, so the browser requests them all in this first round.
  pageCode.push(loadLayout(), loadList());
  // A list's first page is asked for as soon as its chunk has run, while the rest of the code runs.
  void import('./app/firstListRequest').then((m) => m.fetchFirstListAhead(location));
  pageCode.push(import('./app/lazyPages').then((pages) => pages.preloadFeaturePage(location.pathname)));
} else {
  pageCode.push(loadLogin());
}
// The app renders once the page's code is in too (or has failed: the page then offers a reload), so
// its first render is the page itself — not a spinner, then the page rendered and laid out again.
// A page's code that stalls is not waited for beyond PAGE_CODE_WAIT_MS: its page shows it loading.
void Promise.all([import('./bootstrap'), settledOrLate(pageCode, PAGE_CODE_WAIT_MS)]).then(([app]) =>
  app.startConsole(),
);

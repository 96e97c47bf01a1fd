import { moduleLoader } from './moduleLoader';

/**
 * The code of the signed-in frame, of the generic list page and of the sign-in page, loaded on
 * demand by their lazy components (lazyPages.ts) — and ahead of them by the entry (main.tsx), so
 * that a visit requests what it shows with the app instead of once the app's own code has arrived.
 * Each import is made once; a page whose code has arrived renders without suspending (lazyPage.ts).
 */
export const loadLayout = moduleLoader(() => import('./ConsoleLayout'));
export const loadList = moduleLoader(() =>
  import('../crud/pages/GenericList').then((m) => ({ default: m.GenericList })),
);
export const loadLogin = moduleLoader(() => import('./Login').then((m) => ({ default: m.Login })));

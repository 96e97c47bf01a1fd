/**
 * The code of the signed-in frame, of the generic list page and of the sign-in page, loaded on
 * demand by their lazy components (lazyPages.ts) — and ahead of them by the entry (main.tsx), so
 * that a visit requests what it shows with the app instead of once the app's own code has arrived.
 */
export const loadLayout = () => import('./ConsoleLayout');
export const loadList = () => import('../crud/pages/GenericList');
export const loadLogin = () => import('./Login');

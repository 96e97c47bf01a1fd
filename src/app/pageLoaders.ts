/**
 * The code of the signed-in frame and of the generic list page, loaded on demand by their lazy
 * components (lazyPages.ts) — and ahead of them by the entry (main.tsx), so that a signed-in
 * visit requests it with the app instead of once the app's own code has arrived.
 */
export const loadLayout = () => import('./ConsoleLayout');
export const loadList = () => import('../crud/pages/GenericList');

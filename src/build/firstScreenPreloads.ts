import { screenChunks, type BuiltChunk } from './firstScreenChunks.ts';

/**
 * Build-time only (vite.config.ts): a few lines of script in the page's head that ask for the
 * first screen's chunks while the entry script itself is still on its way.
 *
 * Without it, the browser learns of those chunks only once the entry has arrived and run (it
 * decides between the sign-in page and the console: main.tsx), a round trip plus the entry's
 * parsing later — about a tenth of a second of a cold load here. The script makes the same
 * decision as main.tsx from the same session record; guessing wrong costs a wasted download,
 * never a wrong page, since main.tsx still decides what runs.
 */

/** The chunk files (paths under the site's base) each screen's visit loads, entry excluded. */
export function screenPreloads(
  chunks: readonly BuiltChunk[],
  screens: { console: readonly string[]; signIn: readonly string[] },
  base: string,
): { console: string[]; signIn: string[] } {
  const loaded = screenChunks(chunks, screens);
  const files = (screen: string) =>
    (loaded.get(screen) ?? []).filter((c) => !c.isEntry).map((c) => `${base}${c.fileName}`);
  return { console: files('console'), signIn: files('signIn') };
}

/**
 * The head script: `modulepreload` links for the console's chunks when a session that has not
 * expired is stored and the address is not the sign-in page's (main.tsx's test), else for the
 * sign-in page's. Plain ES5 and wrapped in try: it must never stop the page.
 */
export function preloadScript(sessionKey: string, files: { console: string[]; signIn: string[] }): string {
  return `(function(){try{
var s=JSON.parse(sessionStorage.getItem(${JSON.stringify(sessionKey)})||'null');
var signedIn=!!(s&&s.token&&Date.parse(s.expiresAt)>Date.now())&&location.pathname.indexOf('/login')!==0;
var files=signedIn?${JSON.stringify(files.console)}:${JSON.stringify(files.signIn)};
for(var i=0;i<files.length;i++){var l=document.createElement('link');l.rel='modulepreload';l.crossOrigin='';l.href=files[i];document.head.appendChild(l);}
}catch(e){}})();`;
}

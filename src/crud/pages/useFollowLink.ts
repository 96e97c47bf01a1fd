import { useGo } from '@refinedev/core';
import { useCallback, type MouseEvent } from 'react';

/** A plain left click, the one an app link handles itself (the others open tabs and windows). */
export function isPlainClick(e: MouseEvent<HTMLElement>): boolean {
  return e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey && !e.defaultPrevented;
}

/**
 * The click handler of an app link written as a plain `<a href>`: a plain left click navigates
 * inside the app to the link's own `href`; ctrl/cmd/shift/middle clicks stay the browser's (new
 * tab, new window). Reading the target from the element lets one handler serve every link of a
 * table, instead of a router `Link` component (three of them, with their hooks) per link.
 */
export function useFollowLink(): (e: MouseEvent<HTMLElement>) => void {
  const go = useGo();
  return useCallback(
    (e: MouseEvent<HTMLElement>) => {
      const to = e.currentTarget.getAttribute('href');
      if (!to || !isPlainClick(e)) return;
      e.preventDefault();
      go({ to, type: 'push' });
    },
    [go],
  );
}

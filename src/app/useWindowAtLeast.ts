import { theme } from 'antd';
import { useCallback, useSyncExternalStore } from 'react';

/** antd's breakpoints' lower bounds, by their names in the theme's tokens. */
const MIN_WIDTH = { sm: 'screenSMMin', md: 'screenMDMin', lg: 'screenLGMin' } as const;

/**
 * Is the window at least antd's breakpoint `size` wide (`sm` 576 px, `md` 768 px, `lg` 992 px,
 * from the theme's tokens)? Read from `matchMedia` while rendering, so the first render is
 * already right: antd's `Grid.useBreakpoint` learns the width only after mounting and renders
 * the frame a second time.
 */
export function useWindowAtLeast(size: keyof typeof MIN_WIDTH): boolean {
  const { token } = theme.useToken();
  const query = `(min-width: ${token[MIN_WIDTH[size]]}px)`;
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => true,
  );
}

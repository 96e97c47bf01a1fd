import { useThemedLayoutContext } from '@refinedev/antd';
import { useEffect, useRef } from 'react';
import { siderStartsCollapsed } from './theme';

/**
 * Folds the menu to icons once the console has mounted in a tablet-wide window. Not through
 * ThemedLayout's `initialSiderCollapsed`: refine opens the current page's menu group through
 * `defaultOpenKeys`, and antd's menu, mounted folded, shows that open group as a flyout over
 * the page — on a touch screen it stays until tapped. A menu folded after mounting closes its
 * groups instead. (A menu that mounts after the first page's paint may find the sider folded
 * already: ConsoleSider.tsx mounts it with no group open then.)
 */
export function useFoldMenuOnTablet(): void {
  const { setSiderCollapsed } = useThemedLayoutContext();
  const done = useRef(false);
  useEffect(() => {
    if (done.current) return;
    done.current = true;
    if (siderStartsCollapsed()) setSiderCollapsed(true);
  }, [setSiderCollapsed]);
}

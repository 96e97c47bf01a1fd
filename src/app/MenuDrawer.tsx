import { Drawer } from 'antd';
import type { ReactNode } from 'react';

/**
 * The menu's drawer below antd's `lg` width, in a module of its own: ConsoleSider loads it once
 * a narrow window's first page is idle (or when the menu is opened before that), so that page
 * does not wait for antd's Drawer (with rc-drawer and the Skeleton it imports, ~8 KB gzipped).
 */
export default function MenuDrawer({
  open,
  onClose,
  width,
  children,
}: {
  open: boolean;
  onClose: () => void;
  width: number;
  children: ReactNode;
}) {
  return (
    <Drawer
      open={open}
      onClose={onClose}
      placement="left"
      closable={false}
      width={width}
      styles={{ body: { padding: 0 } }}
    >
      {children}
    </Drawer>
  );
}

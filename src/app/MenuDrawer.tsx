import { Drawer } from 'antd';
import type { ReactNode } from 'react';

/**
 * The menu's drawer below antd's `lg` width, in a module of its own: ConsoleSider loads it when
 * the menu is first opened, so a narrow window's first page does not load antd's Drawer (with
 * rc-drawer and the Skeleton it imports, ~8 KB gzipped) before anyone asks for the menu.
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

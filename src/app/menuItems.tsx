import { UnorderedListOutlined } from '@ant-design/icons';
import type { TreeMenuItem } from '@refinedev/core';
import type { MenuProps } from 'antd';
import type { MouseEvent, ReactNode } from 'react';

export type MenuEntry = NonNullable<MenuProps['items']>[number];

/** What an entry's link does on a click: navigate inside the app (useFollowLink). */
export type FollowLink = (e: MouseEvent<HTMLElement>) => void;

/**
 * antd menu entries of refine's menu tree, keeping only what `mayOpen` allows: a group shows
 * when it is allowed and something in it is. Decided here, synchronously, from the session's
 * role — not by a `CanAccess` per entry as refine's own sider does, whose answers arrive one by
 * one and re-render the menu once per entry (about 90 renders of the frame on the first load).
 * Each entry is a plain link sharing one click handler, not a router `Link` with its hooks.
 */
export function menuEntries(
  tree: readonly TreeMenuItem[],
  mayOpen: (name: string) => boolean,
  follow: FollowLink,
): MenuEntry[] {
  const entries: MenuEntry[] = [];
  for (const item of tree) {
    if (!mayOpen(item.name)) continue;
    const label = item.label ?? item.meta?.label ?? item.name;
    const icon = (item.meta?.icon as ReactNode) ?? <UnorderedListOutlined />;
    if (item.children.length > 0) {
      const children = menuEntries(item.children, mayOpen, follow);
      if (children.length > 0) entries.push({ key: item.key, icon, label, children });
    } else {
      const to = item.route ?? (typeof item.list === 'string' ? item.list : undefined);
      if (to === undefined) continue;
      // The title shows a label the sider cuts short (one English label is longer than it).
      const link = (
        <a href={to} onClick={follow} title={label}>
          {label}
        </a>
      );
      entries.push({ key: item.key, icon, label: link });
    }
  }
  return entries;
}

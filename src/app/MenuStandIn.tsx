import { theme } from 'antd';
import { cloneElement, isValidElement, type CSSProperties, type ReactNode } from 'react';
import type { MenuEntry } from './menuItems';

interface Props {
  items: MenuEntry[];
  selectedKey: string;
  openKeys: string[];
  style: CSSProperties;
}

/** antd adds this class to an entry's icon (its size and the gap to the label). */
function menuIcon(icon: ReactNode): ReactNode {
  if (!isValidElement<{ className?: string }>(icon)) return icon;
  const own = icon.props.className;
  return cloneElement(icon, { className: own ? `${own} ant-menu-item-icon` : 'ant-menu-item-icon' });
}

function entryParts(entry: MenuEntry) {
  if (!entry || !('key' in entry)) return undefined;
  const e = entry as { key: string; icon?: ReactNode; label?: ReactNode; children?: MenuEntry[] };
  return { key: String(e.key), icon: e.icon, label: e.label, children: e.children };
}

/**
 * The unfolded sider menu as antd's inline Menu draws it (its elements and classes, so antd's
 * stylesheet gives it the same look), shown while the first page paints (firstPageFirst.tsx).
 * antd's Menu mounts a popup trigger and a tooltip per entry, each updating itself while
 * mounting. Inert: nothing in it can be focused or clicked; the real menu replaces it at once.
 */
export function MenuStandIn({ items, selectedKey, openKeys, style }: Props) {
  const { hashId } = theme.useToken();
  const leaf = (key: string, icon: ReactNode, label: ReactNode, indent: number) => (
    <li
      key={key}
      className={`ant-menu-item${key === selectedKey ? ' ant-menu-item-selected' : ''}`}
      style={{ paddingLeft: indent }}
    >
      {menuIcon(icon)}
      <span className="ant-menu-title-content">{label}</span>
    </li>
  );
  return (
    <ul className={`ant-menu ant-menu-root ant-menu-inline ant-menu-light ${hashId}`} style={style} inert>
      {items.map((entry) => {
        const parts = entryParts(entry);
        if (!parts) return null;
        const { key, icon, label, children } = parts;
        if (!children) return leaf(key, icon, label, 24);
        const open = openKeys.includes(key);
        const selected = children.some((c) => entryParts(c)?.key === selectedKey);
        const classes = ['ant-menu-submenu', 'ant-menu-submenu-inline'];
        if (open) classes.push('ant-menu-submenu-open');
        if (selected) classes.push('ant-menu-submenu-selected');
        return (
          <li key={key} className={classes.join(' ')}>
            <div className="ant-menu-submenu-title" style={{ paddingLeft: 24 }}>
              {menuIcon(icon)}
              <span className="ant-menu-title-content">{label}</span>
              <i className="ant-menu-submenu-arrow" />
            </div>
            {open && (
              <ul className="ant-menu ant-menu-sub ant-menu-inline">
                {children.map((child) => {
                  const c = entryParts(child);
                  return c ? leaf(c.key, c.icon, c.label, 48) : null;
                })}
              </ul>
            )}
          </li>
        );
      })}
    </ul>
  );
}

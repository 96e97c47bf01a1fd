import { BarsOutlined, LeftOutlined, LogoutOutlined, RightOutlined } from '@ant-design/icons';
import { useThemedLayoutContext } from '@refinedev/antd';
import {
  useIsExistAuthentication,
  useLogout,
  useMenu,
  useWarnAboutChange,
  type TitleProps,
} from '@refinedev/core';
import { Button, Layout, Menu, theme } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n/lang';
import { roleMayOpen } from '../providers/accessControl';
import { useFollowLink } from '../crud/pages/useFollowLink';
import { menuEntries, type MenuEntry } from './menuItems';
import { useWindowAtLeast } from './useWindowAtLeast';
import { useSecondaryReady } from './firstPageFirst';
import { IfLoadFails } from './IfLoadFails';
import { MenuStandIn } from './MenuStandIn';

const loadMenuDrawer = () => import('./MenuDrawer');
const MenuDrawer = lazy(loadMenuDrawer);

/** Wide enough for the longest English entry on one line; Chinese labels need less. */
const SIDER_WIDTH = { zh: 208, en: 248 } as const;
const FOLDED_WIDTH = 80;
const TITLE_HEIGHT = 64;

interface SiderProps {
  Title?: ComponentType<TitleProps>;
}

/**
 * The console's menu: a sider that folds to icons (its trigger at the bottom), a drawer below
 * antd's `lg` width. In place of refine's ThemedSider, which asks the access control provider
 * about every entry through its own query and so re-renders the frame once per answer; here the
 * entries are decided from the session at once (menuItems.ts).
 */
export function ConsoleSider({ Title }: SiderProps) {
  const { token } = theme.useToken();
  const { t } = useTranslation();
  const lang = useLang();
  const narrow = !useWindowAtLeast('lg');
  const { siderCollapsed, setSiderCollapsed, mobileSiderOpen, setMobileSiderOpen } = useThemedLayoutContext();
  const menu = useNavigationMenu();
  const secondaryReady = useSecondaryReady();
  // Whether the wide sider's menu mounted folded (see `nav`), until it is first unfolded.
  const [mountedFolded, setMountedFolded] = useState<boolean>();
  if (secondaryReady && !narrow && mountedFolded === undefined) setMountedFolded(siderCollapsed);
  if (mountedFolded && !siderCollapsed) setMountedFolded(false);
  const width = SIDER_WIDTH[lang];
  // The drawer's code loads when the menu is first opened; it then stays, to animate closing.
  const [drawerWanted, setDrawerWanted] = useState(mobileSiderOpen);
  if (mobileSiderOpen && !drawerWanted) setDrawerWanted(true);
  useFetchWhenIdle(narrow ? loadMenuDrawer : undefined);

  const title = (collapsed: boolean) => (
    <div
      style={{
        height: TITLE_HEIGHT,
        display: 'flex',
        alignItems: 'center',
        justifyContent: collapsed ? 'center' : 'flex-start',
        padding: collapsed ? 0 : '0 16px',
        background: token.colorBgElevated,
      }}
    >
      {Title && <Title collapsed={collapsed} />}
    </div>
  );
  const menuStyle = { paddingTop: 8, border: 'none', height: '100%', overflow: 'auto' } as const;
  // `folded`: drawn as icons (the wide sider folded; never in the drawer).
  const nav = (folded: boolean) => (
    <nav aria-label={t('common.mainMenu')} style={{ height: `calc(100% - ${TITLE_HEIGHT}px)` }}>
      {secondaryReady ? (
        <Menu
          // antd's menu closes its groups when it folds after mounting (and opens them again when
          // unfolded), but mounted folded it shows the open group as a flyout over the page
          // (useFoldMenuOnTablet.ts). Mounting after the first page's paint, it may be folded
          // already: it then mounts with no group open, and once more, with the page's group
          // open, when first unfolded; from then on antd keeps its groups across folds.
          key={folded && mountedFolded ? 'mounted-folded' : 'menu'}
          mode="inline"
          items={menu.items}
          selectedKeys={menu.selectedKey ? [menu.selectedKey] : []}
          defaultOpenKeys={folded && mountedFolded ? [] : menu.defaultOpenKeys}
          onClick={() => setMobileSiderOpen(false)}
          style={menuStyle}
        />
      ) : (
        // Until the first page has painted (firstPageFirst.tsx); folded, the icons wait.
        !folded && (
          <MenuStandIn
            items={menu.items}
            selectedKey={menu.selectedKey}
            openKeys={menu.defaultOpenKeys}
            style={menuStyle}
          />
        )
      )}
    </nav>
  );
  const siderStyle = {
    background: token.colorBgContainer,
    borderRight: `1px solid ${token.colorBgElevated}`,
  };

  if (narrow)
    return (
      <>
        {/* Its code failing to load leaves the menu button doing nothing, not a blank console. */}
        {drawerWanted && (
          <IfLoadFails fallback={null}>
            <Suspense fallback={null}>
              <MenuDrawer open={mobileSiderOpen} onClose={() => setMobileSiderOpen(false)} width={width}>
                <Layout.Sider width={width} style={{ ...siderStyle, height: '100vh' }}>
                  {title(false)}
                  {nav(false)}
                </Layout.Sider>
              </MenuDrawer>
            </Suspense>
          </IfLoadFails>
        )}
        {/* In the header's left corner, which the header leaves free below `lg` (Header.tsx). */}
        <Button
          size="large"
          icon={<BarsOutlined />}
          aria-label={t('common.openMenu')}
          aria-expanded={mobileSiderOpen}
          onClick={() => setMobileSiderOpen(true)}
          onPointerEnter={() => void loadMenuDrawer().catch(() => undefined)}
          style={{ position: 'fixed', top: 12, left: 12, zIndex: 999 }}
        />
      </>
    );

  const Fold = siderCollapsed ? RightOutlined : LeftOutlined;
  return (
    <Layout.Sider
      width={width}
      collapsedWidth={FOLDED_WIDTH}
      collapsible
      collapsed={siderCollapsed}
      // antd folds by itself at the breakpoint too; the console decides that (useFoldMenuOnTablet).
      onCollapse={(collapsed, type) => type === 'clickTrigger' && setSiderCollapsed(collapsed)}
      trigger={
        <Button
          type="text"
          aria-label={t(siderCollapsed ? 'common.unfoldMenu' : 'common.foldMenu')}
          aria-expanded={!siderCollapsed}
          icon={<Fold style={{ color: token.colorPrimary }} />}
          style={{ width: '100%', height: '100%', borderRadius: 0, background: token.colorBgElevated }}
        />
      }
      style={siderStyle}
    >
      {title(siderCollapsed)}
      {nav(siderCollapsed)}
    </Layout.Sider>
  );
}

/**
 * Fetches some code once the page is idle: a finger gives no hover to start the drawer's fetch
 * before the tap, so on a narrow window it is fetched after the first screen, and the first
 * tap opens the menu without waiting for the network. A failure is left to the tap's own load.
 */
function useFetchWhenIdle(load: (() => Promise<unknown>) | undefined): void {
  useEffect(() => {
    if (!load) return;
    const fetchIt = () => void load().catch(() => undefined);
    // Safari has no requestIdleCallback: a second after the first screen instead.
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = setTimeout(fetchIt, 1000);
      return () => clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(fetchIt, { timeout: 5000 });
    return () => window.cancelIdleCallback(handle);
  }, [load]);
}

/** The menu's entries for the signed-in role, with sign-out last, and what is selected and open. */
function useNavigationMenu(): { items: MenuEntry[]; selectedKey: string; defaultOpenKeys: string[] } {
  const { menuItems, selectedKey, defaultOpenKeys } = useMenu();
  const follow = useFollowLink();
  const signOut = useSignOut();
  const { t } = useTranslation();
  const signedIn = useIsExistAuthentication();
  const items = useMemo(() => {
    const entries = menuEntries(menuItems, roleMayOpen, follow);
    if (!signedIn) return entries;
    return [
      ...entries,
      { key: 'logout', icon: <LogoutOutlined />, label: t('buttons.logout'), onClick: signOut },
    ];
  }, [menuItems, follow, signedIn, signOut, t]);
  return { items, selectedKey, defaultOpenKeys };
}

/** Sign out, after asking when a form has unsaved changes (as refine's own sider does). */
function useSignOut(): () => void {
  const { mutate: logout } = useLogout();
  const { warnWhen, setWarnWhen } = useWarnAboutChange();
  const { t } = useTranslation();
  return useCallback(() => {
    if (warnWhen) {
      if (!window.confirm(t('warnWhenUnsavedChanges'))) return;
      setWarnWhen(false);
    }
    logout();
  }, [warnWhen, setWarnWhen, logout, t]);
}

// @vitest-environment jsdom
import './setup';
import { StyleProvider } from '@ant-design/cssinjs';
import { ThemedLayoutContextProvider } from '@refinedev/antd';
import { Refine, useWarnAboutChange, type AuthProvider } from '@refinedev/core';
import routerProvider from '@refinedev/react-router';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createRequire } from 'node:module';
import { useEffect } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppTitle } from '../../src/app/AppTitle';
import { ConsoleSider } from '../../src/app/ConsoleSider';
import { PageShown } from '../../src/app/firstPageFirst';
import { useFoldMenuOnTablet } from '../../src/app/useFoldMenuOnTablet';
import { PageGuard } from '../../src/app/PageGuard';
import { buildRefineResources } from '../../src/app/refineResources';
import type { Role } from '../../src/domain/access';
import { accessControlProvider } from '../../src/providers/accessControl';
import { clearSession, writeSession } from '../../src/providers/session';
import { fakeProvider, GateUntilShown } from './harness';

const { MemoryRouter } = createRequire(import.meta.url)('react-router') as typeof import('react-router');

// The drawer's module as it is, with a note of when it is first imported (once per test file).
const drawerImported = vi.hoisted(() => vi.fn());
vi.mock('../../src/app/MenuDrawer', async (importOriginal) => {
  drawerImported();
  return importOriginal();
});

function signInAs(role: Role, branchIds: number[] = []): void {
  writeSession({
    token: 't',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    user: { id: 1, username: role, displayName: role, role, branchIds, employeeId: null },
  });
}

const realMatchMedia = window.matchMedia;
afterEach(() => {
  clearSession();
  window.matchMedia = realMatchMedia;
});

/** A window `width` pixels wide, as `matchMedia` answers `min-width` queries. */
function windowOfWidth(width: number): void {
  window.matchMedia = (query: string) =>
    ({
      matches: Number(/min-width:\s*(\d+)/.exec(query)?.[1] ?? 0) <= width,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }) as unknown as MediaQueryList;
}

/** The header's tablet fold and a page shown, as in the console. */
function FoldedOnTablet() {
  useFoldMenuOnTablet();
  return <PageShown />;
}

/** Marks the page as having unsaved changes, as a form being edited does. */
function UnsavedChanges() {
  const { setWarnWhen } = useWarnAboutChange();
  useEffect(() => setWarnWhen(true), [setWarnWhen]);
  return null;
}

/**
 * An element tree as a stylesheet sees it: tags, classes (without the ones antd adds as the
 * pointer or focus moves) and indents, icons' insides left out.
 */
type Shape = [string, string, string, Shape[]];
function menuShape(el: Element | null): Shape | null {
  if (!el) return null;
  const classes = [...el.classList].filter((c) => !/-(active|focused)$/.test(c)).sort();
  const children = el.matches('.anticon') ? [] : [...el.children].map((c) => menuShape(c) as Shape);
  return [el.tagName, classes.join(' '), (el as HTMLElement).style?.paddingLeft ?? '', children];
}

function renderSider(
  path: string,
  logout: AuthProvider['logout'],
  extra?: React.ReactNode,
  Gate: React.ComponentType<{ children: React.ReactNode }> = ({ children }) => children,
) {
  const authProvider: AuthProvider = {
    login: async () => ({ success: true }),
    logout,
    check: async () => ({ authenticated: true }),
    onError: async () => ({}),
  };
  return render(
    <StyleProvider mock="server">
      <MemoryRouter initialEntries={[path]}>
        <Refine
          dataProvider={fakeProvider({}).provider}
          routerProvider={routerProvider}
          authProvider={authProvider}
          accessControlProvider={accessControlProvider}
          resources={buildRefineResources('zh')}
          options={{ disableTelemetry: true, warnWhenUnsavedChanges: true }}
        >
          <Gate>
            <ThemedLayoutContextProvider>
              <ConsoleSider Title={AppTitle} />
              {extra}
            </ThemedLayoutContextProvider>
          </Gate>
        </Refine>
      </MemoryRouter>
    </StyleProvider>,
  );
}

describe('the console sider', () => {
  // First in the file: the drawer's module is imported once per file, by the first narrow render.
  it('fetches the drawer’s code once the page is idle on a narrow window, not on a wide one', async () => {
    const idle: IdleRequestCallback[] = [];
    const requestIdle = vi.fn((callback: IdleRequestCallback) => idle.push(callback));
    vi.stubGlobal('requestIdleCallback', requestIdle);
    vi.stubGlobal('cancelIdleCallback', vi.fn());
    try {
      signInAs('cs_staff');
      windowOfWidth(1200);
      renderSider('/complaints', async () => ({ success: true })).unmount();
      expect(requestIdle).not.toHaveBeenCalled();

      windowOfWidth(800);
      const narrow = renderSider('/complaints', async () => ({ success: true }));
      expect(requestIdle).toHaveBeenCalledTimes(1);
      expect(drawerImported).not.toHaveBeenCalled();
      act(() => idle[0]({ didTimeout: false, timeRemaining: () => 50 }));
      await waitFor(() => expect(drawerImported).toHaveBeenCalledTimes(1));
      narrow.unmount();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('is a named navigation region whose entry for the current page is selected', async () => {
    signInAs('cs_staff');
    const view = renderSider('/complaints', async () => ({ success: true }));
    const nav = view.container.querySelector('nav[aria-label="主菜单"]');
    expect(nav).not.toBeNull();
    await waitFor(() =>
      expect(nav?.querySelector('.ant-menu-item-selected')?.textContent).toBe('投诉处理表'),
    );
    // The selected entry's group is open; its link goes to the list.
    expect(nav?.querySelector('.ant-menu-item-selected a')?.getAttribute('href')).toBe('/complaints');
    // The console's name above it links home and is not a heading (the page's title is the h1).
    const home = screen.getByRole('link', { name: '服务质量' });
    expect(home.getAttribute('href')).toBe('/');
    expect(view.container.querySelector('h1, h2, h3, h4, h5, h6')).toBeNull();
  });

  it('shows, while the first page paints, a stand-in drawn as antd draws the menu', async () => {
    signInAs('cs_staff');
    // The same entries in antd's menu: the elements, classes and indents the stylesheet sees.
    const real = renderSider('/complaints', async () => ({ success: true }));
    await waitFor(() => expect(real.container.querySelector('.ant-menu-item-selected')).not.toBeNull());
    const realShape = menuShape(real.container.querySelector('nav ul.ant-menu-root'));
    real.unmount();

    // No page tells the gate it painted: the stand-in stays.
    const gated = renderSider('/complaints', async () => ({ success: true }), undefined, GateUntilShown);
    const standIn = gated.container.querySelector('nav ul.ant-menu-root');
    expect(standIn?.hasAttribute('inert')).toBe(true);
    expect(standIn?.querySelector('.ant-menu-item-selected')?.textContent).toBe('投诉处理表');
    expect(menuShape(standIn)).toEqual(realShape);
  });

  it('mounts after the first paint on a tablet folded, without the page’s group as a flyout', async () => {
    signInAs('cs_staff');
    windowOfWidth(1024);
    const innerWidth = window.innerWidth;
    window.innerWidth = 1024;
    try {
      const view = renderSider(
        '/complaints',
        async () => ({ success: true }),
        <FoldedOnTablet />,
        GateUntilShown,
      );
      // Folded by the tablet hook, then the gate opens: antd's menu mounts folded.
      await waitFor(() => expect(view.container.querySelector('.ant-menu-inline-collapsed')).not.toBeNull());
      expect(document.querySelector('.ant-menu-submenu-popup')).toBeNull();
      expect(document.querySelector('.ant-menu-submenu-open')).toBeNull();
      // Unfolded, the page's group is open with its entry selected.
      await act(async () => fireEvent.click(screen.getByRole('button', { name: '展开菜单' })));
      await waitFor(() =>
        expect(document.querySelector('.ant-menu-submenu-open .ant-menu-item-selected')?.textContent).toBe(
          '投诉处理表',
        ),
      );
      expect(document.querySelector('.ant-menu-submenu-popup')).toBeNull();
      // From then on a fold keeps the groups the user opened, as antd's menu does.
      await act(async () => fireEvent.click(screen.getByText('组织架构')));
      const openGroups = () =>
        [...document.querySelectorAll('.ant-menu-submenu-open > .ant-menu-submenu-title')].map(
          (t) => t.textContent,
        );
      await waitFor(() => expect(openGroups()).toEqual(['组织架构', '服务质量']));
      await act(async () => fireEvent.click(screen.getByRole('button', { name: '收起菜单' })));
      await act(async () => fireEvent.click(screen.getByRole('button', { name: '展开菜单' })));
      await waitFor(() => expect(openGroups()).toEqual(['组织架构', '服务质量']));
    } finally {
      window.innerWidth = innerWidth;
    }
  });

  it('folds to icons and unfolds with its labelled trigger', async () => {
    signInAs('cs_staff');
    const view = renderSider('/complaints', async () => ({ success: true }));
    const fold = screen.getByRole('button', { name: '收起菜单' });
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    expect(view.container.querySelector('.ant-layout-sider-collapsed')).toBeNull();
    await act(async () => fireEvent.click(fold));
    expect(view.container.querySelector('.ant-layout-sider-collapsed')).not.toBeNull();
    // Folded, the home link shows the icon alone and keeps its name for screen readers.
    expect(screen.getByRole('link', { name: '服务质量' }).textContent).toBe('');
    const unfold = screen.getByRole('button', { name: '展开菜单' });
    expect(unfold.getAttribute('aria-expanded')).toBe('false');
  });

  it('signs out from its last entry, after asking when a form has unsaved changes', async () => {
    signInAs('cs_staff');
    const logout = vi.fn(async () => ({ success: true }));
    renderSider('/complaints', logout, <UnsavedChanges />);
    const entry = await screen.findByText('退出登录');
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    await act(async () => fireEvent.click(entry));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(logout).not.toHaveBeenCalled();
    await act(async () => fireEvent.click(entry));
    expect(confirm).toHaveBeenCalledTimes(2);
    await waitFor(() => expect(logout).toHaveBeenCalledTimes(1));
    confirm.mockRestore();
  });

  it('is a drawer opened by a labelled button in a window narrower than 992 px', async () => {
    windowOfWidth(800);
    signInAs('cs_staff');
    const view = renderSider('/complaints', async () => ({ success: true }));
    expect(view.container.querySelector('.ant-layout-sider')).toBeNull();
    const open = screen.getByRole('button', { name: '打开菜单' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    await act(async () => fireEvent.click(open));
    await waitFor(() =>
      expect(document.querySelector('.ant-drawer-open nav[aria-label="主菜单"]')).not.toBeNull(),
    );
    expect(open.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('the page guard', () => {
  const page = <p>the page</p>;
  const guard = (resource: string, action: string) =>
    render(
      <PageGuard resource={resource} action={action}>
        {page}
      </PageGuard>,
    );

  it('shows the page to a role that may open it and 403 to one that may not', async () => {
    signInAs('cs_staff');
    expect(guard('complaints', 'list').container.textContent).toBe('the page');
    const refused = guard('users', 'list');
    await waitFor(() => expect(refused.container.textContent).toContain('403'));
    expect(refused.container.textContent).not.toContain('the page');
  });

  it('refuses a new branch to a manager limited to some branches, not to one who is not', async () => {
    signInAs('manager', [1]);
    const limited = guard('branches', 'create');
    await waitFor(() => expect(limited.container.textContent).toContain('403'));
    clearSession();
    limited.unmount();
    signInAs('manager');
    expect(guard('branches', 'create').container.textContent).toBe('the page');
  });
});

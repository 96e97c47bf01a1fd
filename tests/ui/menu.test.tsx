// @vitest-environment jsdom
import './setup';
import { StyleProvider } from '@ant-design/cssinjs';
import { ThemedLayoutContextProvider } from '@refinedev/antd';
import { Refine } from '@refinedev/core';
import routerProvider from '@refinedev/react-router';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import { ConsoleSider } from '../../src/app/ConsoleSider';
import { buildRefineResources, menuGroupName } from '../../src/app/refineResources';
import { ROLES, type Role } from '../../src/domain/access';
import { FEATURE_PAGES } from '../../src/features';
import {
  accessControlProvider,
  canOpen,
  pageRight,
  roleMay,
  roleMayEditForm,
} from '../../src/providers/accessControl';
import { clearSession, writeSession } from '../../src/providers/session';
import { RESOURCES } from '../../src/resources';
import { MENU_GROUPS, type MenuGroup } from '../../src/schema/resource';
import { fakeProvider, renderApp } from './harness';

// See harness.tsx: react-router as Node loads it, one router instance for refine and the test.
const { MemoryRouter } = createRequire(import.meta.url)('react-router') as typeof import('react-router');

/**
 * The menu and buttons of each role (issue 7, point 2 in the console), against DOMAIN §9 read by
 * hand: the resources each role reads, the pages each may open. The sider asks the access
 * rules (roleMayOpen) `list` of every entry and hides what is refused; this renders it.
 */

const BUSINESS = RESOURCES.map((r) => r.name).filter((n) => n !== 'users' && n !== 'audit-logs');

const READS: Record<Role, readonly string[]> = {
  admin: RESOURCES.map((r) => r.name),
  manager: BUSINESS,
  quality_supervisor: BUSINESS,
  cs_staff: [
    'branches',
    'departments',
    'employees',
    'customers',
    'appointments',
    'follow-ups',
    'consultations',
    'service-items',
    'complaints',
    'survey-responses',
    'survey-templates',
  ],
  finance: [
    'branches',
    'teams',
    'employees',
    'contracts',
    'complaints',
    'appraisal-events',
    'monthly-awards',
    'monthly-appraisals',
    'annual-appraisals',
    'appraisal-rules',
    // the pay constants the appraisal report's figures need
    'appraisal-settings',
  ],
  therapist: ['branches', 'customers', 'appointments', 'care-records', 'service-items'],
};

const ALL: readonly Role[] = ROLES;
/** Who opens each page (dashboards: the roles of their report; the team entry: who creates appraisal events). */
const PAGES: Record<string, readonly Role[]> = {
  'complaints-dashboard': ['admin', 'manager', 'quality_supervisor', 'finance'],
  'satisfaction-dashboard': ['admin', 'manager', 'quality_supervisor'],
  'appraisal-dashboard': ['admin', 'manager', 'finance'],
  'kpi-dashboard': ['admin', 'manager', 'finance'],
  'follow-ups-dashboard': ['admin', 'manager'],
  'appraisal-daily-entry': ['admin', 'manager'],
  'appraisal-team-entry': ['admin', 'manager'],
  'kpi-annual': ['admin', 'manager', 'finance'],
  'training-overview': ['admin', 'manager', 'quality_supervisor'],
  // A page nobody listed: administrators and managers only.
  'some-new-page': ['admin', 'manager'],
};

/** A page of FEATURE_PAGES not in the table above is expected to follow the unknown-page rule. */
const opensPage = (role: Role, name: string) => (PAGES[name] ?? ['admin', 'manager']).includes(role);

function signInAs(role: Role, branchIds: number[] = []): void {
  writeSession({
    token: 't',
    expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    user: { id: 1, username: role, displayName: role, role, branchIds, employeeId: null },
  });
}
afterEach(() => clearSession());

describe('the rights of pages that are not resources', () => {
  it('maps dashboards to their report and the team entry to creating appraisal events', () => {
    expect(pageRight('complaints-dashboard')).toEqual({ report: 'complaints' });
    expect(pageRight('satisfaction-dashboard')).toEqual({ report: 'satisfaction' });
    expect(pageRight('appraisal-dashboard')).toEqual({ report: 'appraisal' });
    expect(pageRight('appraisal-team-entry')).toEqual({ resource: 'appraisal-events', action: 'create' });
    expect(pageRight('appraisal-daily-entry')).toEqual({ resource: 'appraisal-events', action: 'create' });
    expect(pageRight('toString')).toEqual({ report: 'toString' });
  });

  for (const [page, roles] of Object.entries(PAGES))
    it(`opens ${page} to ${roles.join(', ')} only`, () => {
      expect(ALL.filter((role) => canOpen(role, page))).toEqual(roles);
    });
});

describe('the access control provider', () => {
  it('refuses everything without a session and allows what the role may', async () => {
    expect(await accessControlProvider.can({ resource: 'customers', action: 'list' })).toEqual({
      can: false,
    });
    signInAs('therapist');
    const ask = async (resource: string, action: string) =>
      (await accessControlProvider.can({ resource, action })).can;
    expect(await ask('care-records', 'create')).toBe(true);
    expect(await ask('care-records', 'delete')).toBe(false);
    expect(await ask('customers', 'edit')).toBe(false);
    expect(await ask('customers', 'show')).toBe(true);
    expect(await ask('complaints', 'list')).toBe(false);
    expect(await ask(menuGroupName('quality'), 'list')).toBe(false);
    // the group `customers` is not the resource `customers`: a finance user reads contracts in it
    clearSession();
    signInAs('finance');
    expect(await ask('customers', 'list')).toBe(false);
    expect(await ask(menuGroupName('customers'), 'list')).toBe(true);
    clearSession();
    signInAs('therapist');
    expect(await ask('customers', 'list')).toBe(true);
  });
});

/**
 * Renders the console's sider (ConsoleSider) as `role` and waits for it to show `expected`. The
 * sider decides its entries from the session at once (roleMayOpen); waiting for equality also
 * covers a menu that would fill in later.
 */
async function expectMenu(role: Role, expected: { groups: string[]; items: string[] }): Promise<void> {
  signInAs(role);
  const view = render(
    <StyleProvider mock="server">
      <MemoryRouter initialEntries={['/']}>
        <Refine
          dataProvider={fakeProvider({}).provider}
          routerProvider={routerProvider}
          accessControlProvider={accessControlProvider}
          resources={buildRefineResources('en')}
          options={{ disableTelemetry: true }}
        >
          <ThemedLayoutContextProvider>
            <ConsoleSider />
          </ThemedLayoutContextProvider>
        </Refine>
      </MemoryRouter>
    </StyleProvider>,
  );
  const menu = await waitFor(() => {
    const found = view.container.querySelector('ul.ant-menu-root');
    if (!found) throw new Error('no menu yet');
    return found as HTMLElement;
  });
  const groupTitles = () => [
    ...menu.querySelectorAll(':scope > li.ant-menu-submenu > .ant-menu-submenu-title'),
  ];
  await waitFor(() => expect(groupTitles().map((t) => t.textContent)).toEqual(expected.groups));
  // Items inside a group are rendered once it has been opened.
  for (const title of groupTitles()) await act(async () => fireEvent.click(title));
  const items = () =>
    [...menu.querySelectorAll('li.ant-menu-item')].map((li) => li.textContent ?? '').filter(Boolean);
  await waitFor(() => expect(items().sort()).toEqual([...expected.items].sort()));
  view.unmount();
}

function expectedMenu(role: Role): { groups: string[]; items: string[] } {
  const pages = FEATURE_PAGES.filter((p) => opensPage(role, p.name));
  const resources = RESOURCES.filter((r) => READS[role].includes(r.name));
  const inGroup = (g: string) => pages.some((p) => p.group === g) || resources.some((r) => r.group === g);
  const groups = (Object.keys(MENU_GROUPS) as MenuGroup[]).filter(inGroup).map((g) => MENU_GROUPS[g].en);
  const items = [...pages.map((p) => p.label.en), ...resources.map((r) => r.label.en)];
  return { groups, items };
}

describe('the menu of each role', () => {
  for (const role of ROLES)
    it(`shows ${role} only what the role can open`, { timeout: 60_000 }, async () => {
      await expectMenu(role, expectedMenu(role));
    });
});

describe('buttons of the generic pages', () => {
  const BRANCHES = [{ id: 1, name: '北京一院' }];

  it('hides create, edit and delete from a role that only reads', async () => {
    signInAs('cs_staff');
    expect([roleMay('branches', 'read'), roleMay('branches', 'create')]).toEqual([true, false]);
    renderApp('/branches', fakeProvider({ branches: BRANCHES }).provider);
    const table = await screen.findByRole('table');
    await within(table).findByText('北京一院');
    expect(screen.queryByRole('button', { name: /新建|Create/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /新建|Create/ })).toBeNull();
    expect(within(table).queryByRole('button', { name: /删除|Delete/ })).toBeNull();
    expect(within(table).queryByRole('link', { name: /编辑|Edit/ })).toBeNull();
  });

  it('offers no edit form to a role that may change only some fields (quality on survey responses)', () => {
    // The quality supervisor rules on a response's validity (the record page's own action) and
    // may change nothing else of it: the whole form would only end in the API's refusal.
    expect(canOpen('quality_supervisor', 'survey-responses', 'show')).toBe(true);
    expect(canOpen('quality_supervisor', 'survey-responses', 'edit')).toBe(false);
    expect(canOpen('quality_supervisor', 'complaints', 'edit')).toBe(true);
    expect(canOpen('cs_staff', 'survey-responses', 'edit')).toBe(true);
    signInAs('quality_supervisor');
    expect(roleMay('survey-responses', 'update')).toBe(true);
    expect(roleMayEditForm('survey-responses')).toBe(false);
    expect(roleMayEditForm('complaints')).toBe(true);
  });

  it('offers no new branch to a manager limited to some branches, whose scope it would leave', async () => {
    signInAs('manager', [1]);
    expect(roleMay('branches', 'create')).toBe(false);
    expect(roleMay('departments', 'create')).toBe(true);
    expect(await accessControlProvider.can({ resource: 'branches', action: 'create' })).toEqual({
      can: false,
    });
    expect(await accessControlProvider.can({ resource: 'branches', action: 'edit' })).toEqual({ can: true });
    renderApp('/branches', fakeProvider({ branches: BRANCHES }).provider);
    await within(await screen.findByRole('table')).findByText('北京一院');
    expect(screen.queryByRole('link', { name: /新建|Create/ })).toBeNull();
    signInAs('manager');
    expect(roleMay('branches', 'create')).toBe(true);
  });

  it('shows them to a role that may write', async () => {
    signInAs('manager');
    renderApp('/branches', fakeProvider({ branches: BRANCHES }).provider);
    const table = await screen.findByRole('table');
    await within(table).findByText('北京一院');
    expect(screen.getAllByRole('link', { name: /新建|Create/ }).length).toBeGreaterThan(0);
    expect(within(table).getAllByRole('button', { name: /删除|Delete/ }).length).toBe(1);
  });
});

import type { AccessControlProvider } from '@refinedev/core';
import {
  can,
  canReport,
  isRole,
  mayEditForm,
  REPORT_NAMES,
  scopeAllowsCreate,
  type AccessAction,
  type Role,
} from '../domain/access';
import { FEATURE_PAGES } from '../features';
import { RESOURCES, getResource } from '../resources';
import { menuGroupOf } from '../app/refineResources';
import { readSession } from './session';

/** refine's action names → the policy's. */
const ACTIONS: Record<string, AccessAction> = {
  list: 'read',
  show: 'read',
  export: 'read',
  create: 'create',
  clone: 'create',
  edit: 'update',
  delete: 'delete',
};

/** The right a page that is not a resource is opened under. */
export type PageRight = { report: string } | { resource: string; action: AccessAction };

/**
 * Pages whose names do not say their right. A dashboard shows a report's figures, so it is
 * opened under that report's right (the backend answers its figures under the same right);
 * the daily team entry writes appraisal events, so it is for those who may create them.
 */
export const PAGE_RIGHTS: Readonly<Record<string, PageRight>> = {
  'complaints-dashboard': { report: 'complaints' },
  'satisfaction-dashboard': { report: 'satisfaction' },
  'appraisal-dashboard': { report: 'appraisal' },
  'kpi-dashboard': { report: 'kpi' },
  'follow-ups-dashboard': { report: 'follow-ups' },
  'appraisal-daily-entry': { resource: 'appraisal-events', action: 'create' },
  'appraisal-team-entry': { resource: 'appraisal-events', action: 'create' },
  // The annual grades page shows the kpi report; the training page reads the assessments' summary.
  'kpi-annual': { report: 'kpi' },
  'training-overview': { resource: 'training-assessments', action: 'read' },
};

/**
 * The right of page `name`: the table above, else `<report>-dashboard` → that report, else the
 * report rule of the name itself (an unknown name: administrators and managers only).
 */
export function pageRight(name: string): PageRight {
  const listed = Object.hasOwn(PAGE_RIGHTS, name) ? PAGE_RIGHTS[name] : undefined;
  if (listed) return listed;
  const report = /^(.+)-dashboard$/.exec(name)?.[1];
  if (report && (REPORT_NAMES as readonly string[]).includes(report)) return { report };
  return { report: name };
}

function mayOpenPage(role: Role, name: string): boolean {
  const right = pageRight(name);
  return 'report' in right ? canReport(role, right.report) : can(role, right.resource, right.action);
}

/**
 * May `role` do refine action `action` on `name`: a resource (its records), a menu group (see
 * refineResources.tsx's `menuGroupName`; shown
 * when something in it can be opened), or a page of a feature (its right above).
 */
export function canOpen(role: Role, name: string, action = 'list'): boolean {
  if (getResource(name)) {
    const right = ACTIONS[action] ?? 'update';
    return right === 'update' ? mayEditForm(role, name) : can(role, name, right);
  }
  const group = menuGroupOf(name);
  if (group)
    return (
      RESOURCES.some((r) => r.group === group && can(role, r.name, 'read')) ||
      FEATURE_PAGES.some((p) => p.group === group && mayOpenPage(role, p.name))
    );
  return mayOpenPage(role, name);
}

/** The signed-in user's role, or undefined (signed out, expired, or a role the console does not know). */
function currentRole(): Role | undefined {
  const role = readSession()?.user.role;
  return isRole(role) ? role : undefined;
}

/**
 * For buttons of the generic pages, answered synchronously from the session: may the signed-in
 * user do `action` on `resource`? Without a session there is no one to hide things from (every
 * page is behind sign-in), so the answer is the declaration's alone.
 */
export function roleMay(resource: string, action: AccessAction): boolean {
  const role = currentRole();
  if (role === undefined) return !readSession();
  return can(role, resource, action) && (action !== 'create' || sessionScopeAllowsCreate(resource));
}

/** The signed-in user's branch scope lets them create `resource` (see `scopeAllowsCreate`). */
function sessionScopeAllowsCreate(resource: string): boolean {
  return scopeAllowsCreate(resource, readSession()?.user.branchIds ?? []);
}

/** For the edit buttons: may the signed-in user open `resource`'s edit form (see `mayEditForm`)? */
export function roleMayEditForm(resource: string): boolean {
  const role = currentRole();
  return role === undefined ? !readSession() : mayEditForm(role, resource);
}

/**
 * May the signed-in user open `name` (a resource, menu group or feature page) for refine action
 * `action`? Synchronous, from the session, for what must not wait a render for the answer (the
 * menu, the pages' guards); the access control provider answers the same.
 */
export function roleMayOpen(name: string | undefined, action = 'list'): boolean {
  const role = currentRole();
  if (!role) return false;
  if (!name) return true;
  if (ACTIONS[action] === 'create' && !sessionScopeAllowsCreate(name)) return false;
  return canOpen(role, name, action);
}

/**
 * The console's mirror of the backend's rules (src/domain/access.ts, the same table): the menu
 * shows only what the role can open (refine's sider asks `list` of every entry, groups
 * included), pages the role may not open show Forbidden, buttons for what it may not do are
 * hidden. The backend enforces it all the same.
 */
export const accessControlProvider: AccessControlProvider = {
  async can({ resource, action }) {
    return { can: roleMayOpen(resource, action) };
  },
  options: { buttons: { enableAccessControl: true, hideIfUnauthorized: true } },
};

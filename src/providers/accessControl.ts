import type { AccessControlProvider } from '@refinedev/core';
import { can, canReport, type AccessAction } from '../domain/access';
import { getResource } from '../resources';
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

/**
 * The console's mirror of the backend's rules (src/domain/access.ts, the same table): the menu
 * shows only what the role can open, buttons for what it may not do are hidden. The backend
 * enforces it all the same. A page that is not a resource (a dashboard, a report) is opened
 * under the report rule of its name: administrators and managers, or the roles that report
 * names.
 */
export const accessControlProvider: AccessControlProvider = {
  async can({ resource, action }) {
    const role = readSession()?.user.role;
    if (!role) return { can: false };
    if (!resource) return { can: true };
    if (!getResource(resource)) return { can: canReport(role, resource) };
    const mapped = ACTIONS[action] ?? 'update';
    return { can: can(role, resource, mapped) };
  },
  options: { buttons: { enableAccessControl: true, hideIfUnauthorized: true } },
};

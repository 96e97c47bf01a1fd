import { can, canReport } from '../../../domain/access';
import { readSession } from '../../../providers/session';
import type { Allowed } from './items';

/**
 * The palette offers only what the signed-in role may open — the same policy as the menu
 * (src/domain/access.ts). Without a session (tests of the palette alone) everything is offered;
 * the API refuses what the role may not do either way.
 */
export const allowedForSession: Allowed = (name, action) => {
  const role = readSession()?.user.role;
  if (!role) return true;
  if (action === 'page') return canReport(role, name);
  return can(role, name, action === 'list' ? 'read' : 'create');
};

export const canReadForSession = (resource: string) => allowedForSession(resource, 'list');

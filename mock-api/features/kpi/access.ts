import type { Response } from 'express';
import { can } from '../../../src/domain/access';
import type { CycleActor } from '../../../src/domain/kpi';
import { monthlyAppraisals } from '../../../src/resources/monthly-appraisals';
import { identityOf } from '../../auth/context';
import { inScope } from '../../access/scope';
import type { Row } from '../../database';
import type { Store } from '../../store';
import { MONTHLY } from './records';

/**
 * Who acts on a monthly appraisal, as the cycle sees them. Without a signed-in user (contract
 * mode, see server.ts `auth: false`) the caller is trusted like an administrator.
 */
export function actorFor(res: Response, store: Store, row: Row): CycleActor {
  const identity = identityOf(res);
  if (!identity) return { isOwner: false, canManage: true, isAdmin: true };
  const scoped = inScope((n) => store.rows(n), monthlyAppraisals, identity, row);
  return {
    isOwner: identity.employeeId !== null && identity.employeeId === row.employeeId,
    canManage: can(identity.role, MONTHLY, 'update') && scoped,
    isAdmin: identity.role === 'admin',
  };
}

/** May the user read this appraisal: their own, or one their role reads within their scope. */
export function mayRead(res: Response, store: Store, row: Row): boolean {
  const identity = identityOf(res);
  if (!identity) return true;
  if (identity.employeeId !== null && identity.employeeId === row.employeeId) return true;
  return (
    can(identity.role, MONTHLY, 'read') && inScope((n) => store.rows(n), monthlyAppraisals, identity, row)
  );
}

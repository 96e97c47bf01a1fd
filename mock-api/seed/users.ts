import { createHash } from 'node:crypto';
import { hashPassword } from '../auth/password';
import type { ComplaintActors } from './complaints';
import type { Organisation } from './organisation';
import type { Employee, Id, Role, User } from './types';

/** The password of every demo account (README, "Demo users"). */
export const DEMO_PASSWORD = 'Demo@2026';

/**
 * Each account's own salt, derived from its username so that the seed stays a pure function
 * (same size and day, same bytes). The password is public demo data; real users get random
 * salts from the password routes.
 */
function demoSalt(username: string): Buffer {
  return createHash('sha256').update(`demo-seed-salt:${username}`).digest().subarray(0, 16);
}

/**
 * The six sign-in accounts of the demo, one per role, each with the password `Demo@2026`
 * stored as a salted scrypt hash; `manager` is limited to the first branch.
 */
export function generateUsers(org: Organisation): User[] {
  const first = org.branches[0];
  const at = (position: string): Employee | undefined =>
    org.employees.find((e) => e.branchId === first.id && e.position === position && e.leftOn === null);
  const rows: [
    username: string,
    displayName: string,
    role: Role,
    branchIds: Id[],
    employee: Employee | undefined,
  ][] = [
    ['admin', '系统管理员', 'admin', [], undefined],
    ['manager', '', 'manager', [first.id], at('行政经理')],
    ['cs', '', 'cs_staff', [], at('客服专员')],
    ['quality', '', 'quality_supervisor', [], at('客服主管') ?? at('客服主任')],
    ['finance', '', 'finance', [], at('财务专员')],
    ['therapist', '', 'therapist', [], at('产后修复师')],
  ];
  return rows.map(([username, displayName, role, branchIds, employee], i) => ({
    id: i + 1,
    username,
    displayName: displayName || (employee ? `${employee.name}（${employee.position}）` : username),
    role,
    branchIds,
    employeeId: employee ? employee.id : null,
    active: true,
    passwordHash: hashPassword(DEMO_PASSWORD, demoSalt(username)),
  }));
}

/**
 * The users who act on complaints in the seed's histories: the customer-service desk registers
 * and follows up, the quality supervisor rules on validity and reopens, and the resolution is
 * signed off by the manager in the manager's own branches and by the supervisor elsewhere.
 */
export function complaintActors(users: User[]): ComplaintActors {
  const user = (role: Role) => users.find((u) => u.role === role) as User;
  const manager = user('manager');
  return {
    desk: user('cs_staff').id,
    supervisor: user('quality_supervisor').id,
    manager: manager.id,
    managerBranchIds: manager.branchIds,
  };
}

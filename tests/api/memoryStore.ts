import low from 'lowdb';
import type { DbState } from '../../mock-api/adapter';
import type { Identity } from '../../mock-api/auth/context';
import type { LowdbInstance } from '../../mock-api/database';
import { Store } from '../../mock-api/store';

/** A Store over a state kept in memory: nothing is written anywhere. */
export function memoryStore(state: DbState): Store {
  const db: LowdbInstance = low<DbState>({ read: () => state, write: () => undefined });
  return new Store(db);
}

/** A signed-in caller of a role (user 1), limited to `branchIds` when given. */
export const caller = (role: Identity['role'], branchIds: number[] = []): Identity => ({
  userId: 1,
  username: role,
  role,
  branchIds,
  employeeId: null,
});

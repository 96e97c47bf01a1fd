import type { DbState } from '../../mock-api/adapter';
import { hashPassword } from '../../mock-api/auth/password';
import { fixture } from './fixture';

/** The contract fixture plus contracts on both sides of November 2026 and passwords to sign in with. */
export const REPORT_PASSWORD = 'Report@2026x';

export function reportsState(): DbState {
  const state = fixture();
  const [first] = state.contracts as Record<string, unknown>[];
  state.contracts = [
    first, // branch 1, 596.00, signed 2026-11-01
    {
      ...first,
      id: 2,
      contractNo: 'HT-SH01-202611-0001',
      branchId: 2,
      total: 1000.5,
      signedOn: '2026-11-30',
    },
    { ...first, id: 3, contractNo: '=HYPERLINK("x")', branchId: 1, total: 0.25, signedOn: '2026-12-01' },
    { ...first, id: 4, contractNo: 'HT-SH01-202611-0002', branchId: 2, total: 99.5, signedOn: '2026-11-15' },
    { ...first, id: 5, contractNo: 'HT-GZ01-202610-0001', branchId: 3, total: 10, signedOn: '2026-10-31' },
  ];
  state.users = (state.users as Record<string, unknown>[]).map((u) => ({
    ...u,
    passwordHash: hashPassword(REPORT_PASSWORD),
  }));
  return state;
}

import { useGetIdentity } from '@refinedev/core';
import { useState } from 'react';

const KEY = 'sq.complaints.me';

function stored(): number | null {
  try {
    const v = Number(globalThis.localStorage?.getItem(KEY));
    return Number.isInteger(v) && v > 0 ? v : null;
  } catch {
    return null;
  }
}

/**
 * The employee "my complaints" means: the signed-in user's employee record when the console
 * has sign-in, else the one the handler picked on this device (remembered).
 */
export function useMyEmployee(): {
  employeeId: number | null;
  fromLogin: boolean;
  choose(id: number | null): void;
} {
  const { data: identity } = useGetIdentity<{ employeeId?: number | null }>();
  const [picked, setPicked] = useState<number | null>(stored);
  const fromLogin = typeof identity?.employeeId === 'number';
  return {
    employeeId: fromLogin ? (identity?.employeeId as number) : picked,
    fromLogin,
    choose(id) {
      setPicked(id);
      try {
        if (id === null) globalThis.localStorage?.removeItem(KEY);
        else globalThis.localStorage?.setItem(KEY, String(id));
      } catch {
        // private mode: remembered for this visit only
      }
    },
  };
}

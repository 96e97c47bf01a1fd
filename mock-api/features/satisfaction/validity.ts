import type { Role } from '../../../src/domain/access';
import type { Row } from '../../database';
import { currentIdentity } from '../../auth/context';
import { ApiError } from '../../errors';
import type { HookContext } from '../../hooks';
import { satisfactionMessage } from './messages';

/**
 * The roles that rule on a response's validity (the console mirrors this list in
 * src/features/satisfaction/rights.ts; tests/api/satisfaction-entry.test.ts keeps them equal).
 */
export const VALIDITY_JUDGES: readonly Role[] = ['admin', 'manager', 'quality_supervisor'];

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

/**
 * 403 when a role that enters answers but does not judge them sets `valid` / `invalidReason`
 * itself: a new response sent as invalid, or a change of either on a stored one. What the rules
 * set on their own (incomplete answers, completed ones) happens after this check and is allowed.
 * Without sign-in (contract mode) there is nobody to check.
 */
export function checkValidityRuling(
  record: Record<string, unknown>,
  existing: Row | undefined,
  ctx: HookContext,
): void {
  const identity = currentIdentity();
  if (!identity || VALIDITY_JUDGES.includes(identity.role)) return;
  const ruled = existing
    ? !same(record.valid, existing.valid) || !same(record.invalidReason, existing.invalidReason)
    : record.valid === false || (record.invalidReason ?? null) !== null;
  if (!ruled) return;
  const message = satisfactionMessage('notAJudge', ctx.lang);
  throw new ApiError(403, message, { errors: { valid: message } });
}

import type { Role } from '../../domain/access';

/**
 * Who rules on a survey response's validity (marks it invalid with a reason, or valid again):
 * the quality supervisor (DOMAIN §9 "survey-response validity"), the branch manager (every
 * business record of their branches) and the administrator. Customer service enters answers
 * but does not judge them. The mock API holds the same list (mock-api/features/satisfaction/
 * validity.ts); a test keeps the two equal.
 */
export const VALIDITY_JUDGES: readonly Role[] = ['admin', 'manager', 'quality_supervisor'];

export function mayRuleOnValidity(role: Role | null | undefined): boolean {
  return role != null && VALIDITY_JUDGES.includes(role);
}

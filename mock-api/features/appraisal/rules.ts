import {
  currentValues,
  reviseRule,
  sameScoringValues,
  type ScoringValues,
} from '../../../src/domain/appraisal';
import { shanghaiMonth } from '../../../src/schema/time';
import type { Row } from '../../database';
import { fieldErrors } from '../../errors';
import type { HookContext } from '../../hooks';
import { appraisalMessage as msg } from './messages';
import type { RuleRow } from './records';

/**
 * A rule's new points, escalation or money apply from the month the manager names
 * (`effectiveFrom`, this month or later); the months before keep the values they were scored
 * with, as a version on the rule (see `reviseRule`). Nothing about a past month changes
 * silently: without a value change, the boundary month cannot move either.
 */
export function reviseOnUpdate(record: Record<string, unknown>, existing: Row, ctx: HookContext) {
  const before = existing as RuleRow;
  const next = currentValues(record as unknown as ScoringValues);
  if (sameScoringValues(currentValues(before), next))
    return { ...record, effectiveFrom: before.effectiveFrom ?? null, versions: before.versions ?? [] };
  const thisMonth = shanghaiMonth(ctx.now.getTime());
  const from = typeof record.effectiveFrom === 'string' ? record.effectiveFrom : '';
  if (!from || from < thisMonth)
    throw fieldErrors(
      { effectiveFrom: msg('effectiveFromRequired', ctx.lang, { month: thisMonth }) },
      ctx.lang,
    );
  return { ...record, ...reviseRule(before, next, from) };
}

/** A new rule starts without versions. */
export function startVersions(record: Record<string, unknown>) {
  return { ...record, versions: [] };
}

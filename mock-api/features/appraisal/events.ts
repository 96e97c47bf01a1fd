import { needsFee, ruleAppliesTo, valuesForMonth } from '../../../src/domain/appraisal';
import type { Lang } from '../../../src/schema/labels';
import type { FieldErrors } from '../../../src/schema/validate';
import type { Store } from '../../store';
import { appraisalMessage as msg } from './messages';
import { employeeOf, isTeamLeader, ruleOf } from './records';

export interface EventDraft {
  employeeId?: unknown;
  ruleId?: unknown;
  occurredOn?: unknown;
  fee?: unknown;
}

/**
 * The appraisal rules of one event (DOMAIN §5.1), beyond what the declaration checks (count ≥ 1,
 * a date, references that exist): the day is not in the future; the employee was employed that
 * day and belongs to a team; the rule applies to them (`leader` rules to the team's leader only,
 * `member` rules to the others); a new event's rule is active; a share-of-fee rule has a fee.
 * `today` is the Shanghai calendar day of the request.
 */
export function eventErrors(
  store: Store,
  event: EventDraft,
  today: string,
  lang: Lang,
  opts: { ruleChanged: boolean },
): FieldErrors {
  const errors: FieldErrors = {};
  const date = typeof event.occurredOn === 'string' ? event.occurredOn : '';
  if (date > today) errors.occurredOn = msg('futureDate', lang, { today });
  const employee = employeeOf(store, event.employeeId);
  const rule = ruleOf(store, event.ruleId);
  if (employee) {
    if (employee.teamId == null) errors.employeeId = msg('noTeam', lang);
    else if (date && (employee.hiredOn > date || (employee.leftOn !== null && employee.leftOn < date)))
      errors.employeeId = msg('notEmployed', lang, { date });
  }
  if (rule) {
    if (opts.ruleChanged && rule.active === false)
      errors.ruleId = msg('inactiveRule', lang, { rule: rule.name });
    else if (
      employee &&
      employee.teamId != null &&
      !ruleAppliesTo(rule.appliesTo, isTeamLeader(store, employee))
    )
      errors.ruleId = msg(rule.appliesTo === 'leader' ? 'leaderOnly' : 'memberOnly', lang, {
        rule: rule.name,
      });
    const month = date.slice(0, 7);
    if (
      month &&
      needsFee(valuesForMonth(rule, month).values) &&
      !(typeof event.fee === 'number' && event.fee > 0)
    )
      errors.fee = msg('feeRequired', lang);
  }
  return errors;
}

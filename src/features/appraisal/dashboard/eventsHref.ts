import { listHref } from '../../../dashboards/kit/listHref';
import { monthFirstDay, monthLastDay } from '../../../schema/time';

/*
 * Drill-down links to the appraisal-events list, with filters given as its filter bar holds
 * them (references as id lists, the day as a date range), so the list opens filtered and its
 * filter bar shows what it is filtered by.
 */

/** The events of one employee in a month (the numbers behind a leaderboard row). */
export function employeeMonthEvents(employeeId: number, month: string): string {
  return listHref('appraisal-events', {
    employeeId: [employeeId],
    occurredOn: [monthFirstDay(month), monthLastDay(month)],
  });
}

/** The events of one employee, rule and day (the events behind an escalation). */
export function dayRuleEvents(employeeId: number, ruleId: number, date: string): string {
  return listHref('appraisal-events', {
    employeeId: [employeeId],
    ruleId: [ruleId],
    occurredOn: [date, date],
  });
}

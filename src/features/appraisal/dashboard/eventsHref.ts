import { monthFirstDay, monthLastDay } from '../../../schema/time';

type Filter = { field: string; operator: 'eq' | 'gte' | 'lte'; value: string | number };

/**
 * A link to the appraisal-events list with its filters, in the URL form the generic list reads
 * (refine's `syncWithLocation`: `filters[0][field]=…&filters[0][operator]=…&filters[0][value]=…`).
 */
export function eventsHref(filters: Filter[]): string {
  const parts = filters.flatMap((f, i) =>
    (['field', 'operator', 'value'] as const).map(
      (k) => `${encodeURIComponent(`filters[${i}][${k}]`)}=${encodeURIComponent(String(f[k]))}`,
    ),
  );
  return `/appraisal-events?${parts.join('&')}`;
}

/** The events of one employee in a month (the numbers behind a leaderboard row). */
export function employeeMonthEvents(employeeId: number, month: string): string {
  return eventsHref([
    { field: 'employeeId', operator: 'eq', value: employeeId },
    { field: 'occurredOn', operator: 'gte', value: monthFirstDay(month) },
    { field: 'occurredOn', operator: 'lte', value: monthLastDay(month) },
  ]);
}

/** The events of one employee, rule and day (the events behind an escalation). */
export function dayRuleEvents(employeeId: number, ruleId: number, date: string): string {
  return eventsHref([
    { field: 'employeeId', operator: 'eq', value: employeeId },
    { field: 'ruleId', operator: 'eq', value: ruleId },
    { field: 'occurredOn', operator: 'eq', value: date },
  ]);
}

import { addHours } from '../../schema/time';
import type { ComplaintDeadline } from '../defaults';

/** The respond-by and resolve-by instants of a complaint (calendar hours from receipt). */
export interface ComplaintDueDates {
  respondDueAt: string;
  resolveDueAt: string;
}

/** The deadline record of a severity, or undefined when the records lack one. */
export function deadlineFor(
  severity: string,
  records: readonly Pick<ComplaintDeadline, 'severity' | 'respondHours' | 'resolveHours'>[],
): Pick<ComplaintDeadline, 'respondHours' | 'resolveHours'> | undefined {
  return records.find((r) => r.severity === severity);
}

/** respondDueAt = receivedAt + respondHours; resolveDueAt = receivedAt + resolveHours. */
export function dueDates(
  receivedAt: string,
  deadline: Pick<ComplaintDeadline, 'respondHours' | 'resolveHours'>,
): ComplaintDueDates {
  return {
    respondDueAt: addHours(receivedAt, deadline.respondHours),
    resolveDueAt: addHours(receivedAt, deadline.resolveHours),
  };
}

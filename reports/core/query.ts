import { shanghaiDayEnd, shanghaiDayStart } from '../../src/schema/time';
import type { QueryParams, ReportParams } from './types';

/**
 * Filters a report's `load` sends with its reads, in the simple-rest form every source
 * understands, so that each report limits what it reads the same way.
 */

/**
 * The period on a field: `field_gte` / `field_lte`. For an instant field (`datetime`) the bounds
 * are the first and last millisecond of the Shanghai days; a `date` field compares days.
 */
export function periodQuery(field: string, params: ReportParams, kind: 'datetime' | 'date'): QueryParams {
  const { from, to } = params.period;
  return kind === 'datetime'
    ? { [`${field}_gte`]: shanghaiDayStart(from), [`${field}_lte`]: shanghaiDayEnd(to) }
    : { [`${field}_gte`]: from, [`${field}_lte`]: to };
}

/** `{ branchId }` when the report is for one branch, else nothing. */
export function branchQuery(params: ReportParams, field = 'branchId'): QueryParams {
  return params.branchId === undefined ? {} : { [field]: params.branchId };
}

import type { SatisfactionReportFilter } from '../../src/domain/satisfaction';
import { SURVEY_CHANNELS } from '../../src/resources/survey-responses';
import { codes } from '../../src/resources/options';
import { ReportParamsError } from '../core/run';
import type { ReportParams } from '../core/types';

/**
 * The satisfaction report's own filters (`--param staffId=12`, `?staffId=12` on the route, the
 * dashboard's URL): staffId, serviceItemId, channel. A value that cannot be one is refused with a
 * field-level error (a 400 on the route, exit 2 on the command line) rather than ignored, so a
 * typo never silently widens the figures. `load` has no language: the message carries both.
 */
export const SATISFACTION_EXTRA = ['staffId', 'serviceItemId', 'channel'] as const;

const NOT_ID = '应为正整数编号 / Must be a positive integer id';
const NOT_CHANNEL = `应为 ${codes(SURVEY_CHANNELS).join('、')} 之一 / Must be one of ${codes(SURVEY_CHANNELS).join(', ')}`;
const UNKNOWN = `未知参数（可用：${SATISFACTION_EXTRA.join('、')}）/ Unknown parameter (known: ${SATISFACTION_EXTRA.join(', ')})`;

function positiveId(value: string): number | undefined {
  return /^[1-9]\d{0,9}$/.test(value) ? Number(value) : undefined;
}

/** The domain's filter of a run; throws ReportParamsError on a bad or unknown extra. */
export function satisfactionFilter(params: ReportParams): SatisfactionReportFilter {
  const extra = params.extra ?? {};
  const errors: Record<string, string> = {};
  const filter: SatisfactionReportFilter = { from: params.period.from, to: params.period.to };
  if (params.branchId !== undefined) filter.branchIds = [params.branchId];
  for (const [key, value] of Object.entries(extra)) {
    if (value === '') continue;
    if (key === 'staffId' || key === 'serviceItemId') {
      const id = positiveId(value);
      if (id === undefined) errors[key] = NOT_ID;
      else filter[key] = id;
    } else if (key === 'channel') {
      if (codes(SURVEY_CHANNELS).includes(value)) filter.channel = value;
      else errors[key] = NOT_CHANNEL;
    } else errors[key] = UNKNOWN;
  }
  if (Object.keys(errors).length > 0) throw new ReportParamsError(errors, 'zh');
  return filter;
}

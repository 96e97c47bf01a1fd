import type { Lang } from '../../src/schema/labels';
import { formatShanghai } from '../../src/schema/time';
import { reportMessage } from './messages';
import type { ReportDefinition, ReportParams } from './types';

/**
 * The caption lines of a report's sheets: title, period, as-of, branch and any extra filters
 * (`filters` as already-labelled name → value pairs). Every report uses it, so all sheets read
 * the same way.
 */
export function reportCaption(
  definition: Pick<ReportDefinition, 'title'>,
  params: ReportParams,
  lang: Lang,
  filters: Record<string, string> = {},
): string[] {
  const lines = [
    definition.title[lang],
    reportMessage('period', lang, { from: params.period.from, to: params.period.to }),
    reportMessage('asOf', lang, { at: formatShanghai(params.asOf) }),
    params.branch
      ? reportMessage('branch', lang, { branch: params.branch })
      : reportMessage('allBranches', lang),
  ];
  for (const [name, value] of Object.entries(filters))
    lines.push(reportMessage('filter', lang, { name, value }));
  return lines;
}

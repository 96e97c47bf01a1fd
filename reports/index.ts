import { appraisalReportDefinition } from './appraisal';
import { complaintsReport } from './complaints';
import type { AnyReportDefinition } from './core/types';
import { followUpsReportDefinition } from './follow-ups';
import { kpiReportDefinition } from './kpi';
import { satisfactionReportDefinition } from './satisfaction';

/**
 * Every report of DOMAIN §8, by the name the CLI, the API route and the console use. Add yours
 * with one line: `import { complaintsReport } from './complaints';` and an entry below (declare
 * it with `defineReport`, see reports/README.md).
 */
export const REPORTS: readonly AnyReportDefinition[] = [
  appraisalReportDefinition,
  complaintsReport,
  satisfactionReportDefinition,
  followUpsReportDefinition,
  kpiReportDefinition,
];

export function findReport(name: string): AnyReportDefinition | undefined {
  return REPORTS.find((r) => r.name === name);
}

import type { ReportDefinition } from './core/types';

/** Every report of DOMAIN §8, by the name the CLI, the API route and the console use. */
export const REPORTS: readonly ReportDefinition[] = [];

export function findReport(name: string): ReportDefinition | undefined {
  return REPORTS.find((r) => r.name === name);
}

import type { ReportData } from '../../../reports/core/types';
import { generateDatabase } from '../../../mock-api/seed/generate';

let cached: ReportData | undefined;

/** The demo seed's tables (day 2026-11-20) as a report reads them, generated once per test file. */
export function demoData(): ReportData {
  cached ??= generateDatabase({ size: 'demo', today: '2026-11-20' }) as unknown as ReportData;
  return cached;
}

import type { CycleStep, KpiResult, ScoringTemplate } from '../../domain/kpi';

/** The mock API's KPI routes (mock-api/features/kpi) as the console calls them. */

export const openMonthUrl = '/monthly-appraisals/open';
export const breakdownUrl = (id: string | number) => `/monthly-appraisals/${id}/breakdown`;
export const stepsUrl = (id: string | number) => `/monthly-appraisals/${id}/steps`;
export const computeYearUrl = '/annual-appraisals/compute';
export const trainingSummaryUrl = '/training-assessments/summary';

export interface Breakdown {
  appraisal: {
    id: number;
    employeeId: number;
    month: string;
    status: 'self_pending' | 'supervisor_pending' | 'confirmed';
    selfScores: Record<string, number> | null;
    supervisorScores: Record<string, number> | null;
    autoValues: Record<string, number>;
    finalScore: number | null;
    grade: string | null;
    comments: string | null;
    version: number;
  };
  employee: { id: number; name: string; employeeNo: string; branchId: number; roleGroup: string } | null;
  template: (ScoringTemplate & { roleGroup: string }) | null;
  live: boolean;
  result: KpiResult | null;
  steps: CycleStep[];
  isOwner: boolean;
}

export interface OpenAnswer {
  month: string;
  active: number;
  created: number;
  existing: number;
  skipped: { employeeId: number; name: string; roleGroup: string }[];
}

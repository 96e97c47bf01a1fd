import type { SurveyTemplate } from '../../src/domain/defaults';
import { kpiMetricIndex } from '../../src/domain/kpi';
import type {
  AppraisalEvent,
  CareRecord,
  Complaint,
  Contract,
  Employee,
  FollowUp,
  Id,
  Inspection,
  SurveyResponse,
} from './types';

/** What the KPI metrics are computed from: the month's records of the generated database. */
export interface MetricSources {
  contracts: Contract[];
  careRecords: CareRecord[];
  surveyResponses: SurveyResponse[];
  surveyTemplate: SurveyTemplate;
  complaints: Complaint[];
  followUps: FollowUp[];
  inspections: Inspection[];
  appraisalEvents: AppraisalEvent[];
  attendanceRuleId: Id | null;
}

/**
 * The actual values of the KPI metrics (DOMAIN §5.2) per employee and month, by the domain's
 * own function (src/domain/kpi/metrics.ts), so that the seed's confirmed appraisals hold the
 * values the API and the dashboards compute. A metric with nothing to measure (no complaint
 * handled, no follow-up due) is left out, as the API leaves it out of `autoValues`.
 */
export function kpiMetrics(src: MetricSources): (e: Employee, month: string) => Record<string, number> {
  // The seed writes one survey template; responses name it by its id.
  const templateIds = new Set(src.surveyResponses.map((r) => r.templateId));
  const metrics = kpiMetricIndex({
    contracts: src.contracts,
    careRecords: src.careRecords,
    surveyResponses: src.surveyResponses,
    surveyTemplates: [...templateIds].map((id) => ({ ...src.surveyTemplate, id })),
    complaints: src.complaints,
    followUps: src.followUps,
    inspections: src.inspections,
    appraisalEvents: src.appraisalEvents,
    attendanceRuleIds: src.attendanceRuleId === null ? [] : [src.attendanceRuleId],
  });
  return (e, month) => {
    const out: Record<string, number> = {};
    for (const [key, value] of Object.entries(metrics(e, month))) if (value !== null) out[key] = value;
    return out;
  };
}

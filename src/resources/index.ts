import type { ResourceDef } from '../schema/resource';
import { annualAppraisals } from './annual-appraisals';
import { appointments } from './appointments';
import { appraisalEvents } from './appraisal-events';
import { appraisalRules } from './appraisal-rules';
import { appraisalSettings } from './appraisal-settings';
import { appraisalTemplates } from './appraisal-templates';
import { auditLogs } from './audit-logs';
import { branches } from './branches';
import { careRecords } from './care-records';
import { complaintDeadlines } from './complaint-deadlines';
import { complaints } from './complaints';
import { consultations } from './consultations';
import { contracts } from './contracts';
import { customers } from './customers';
import { departments } from './departments';
import { employees } from './employees';
import { followUps } from './follow-ups';
import { inspections } from './inspections';
import { monthlyAppraisals } from './monthly-appraisals';
import { monthlyAwards } from './monthly-awards';
import { sanctions } from './sanctions';
import { serviceItems } from './service-items';
import { surveyResponses } from './survey-responses';
import { surveyTemplates } from './survey-templates';
import { teams } from './teams';
import { trainingAssessments } from './training-assessments';
import { trainingSessions } from './training-sessions';
import { users } from './users';

/** Every resource of the product, in menu order within each group. Adding one is adding it here. */
export const RESOURCES: ResourceDef[] = [
  // 组织架构
  branches,
  departments,
  teams,
  employees,
  // 顾客与服务
  customers,
  appointments,
  careRecords,
  contracts,
  followUps,
  consultations,
  serviceItems,
  // 服务质量
  complaints,
  surveyResponses,
  inspections,
  sanctions,
  surveyTemplates,
  complaintDeadlines,
  // 绩效考评
  appraisalEvents,
  monthlyAwards,
  monthlyAppraisals,
  annualAppraisals,
  appraisalRules,
  appraisalTemplates,
  appraisalSettings,
  // 培训
  trainingSessions,
  trainingAssessments,
  // 系统
  users,
  auditLogs,
];

const BY_NAME = new Map(RESOURCES.map((r) => [r.name, r]));

export function getResource(name: string): ResourceDef | undefined {
  return BY_NAME.get(name);
}

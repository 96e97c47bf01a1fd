import { generateAppraisalEvents, generateMonthlyAwards } from './appraisal';
import { generateAuditLogs } from './audit';
import { createCalendar } from './calendar';
import { generateComplaints } from './complaints';
import { generateConsultations } from './consultations';
import type { SeedContext } from './context';
import { generateContracts } from './contracts';
import { generateCustomers, generateServiceItems } from './customers';
import { generateFollowUps } from './followUps';
import { generateInspections } from './inspections';
import { generateKpiAppraisals } from './kpi';
import { kpiMetrics } from './kpiMetrics';
import { generateOrganisation } from './organisation';
import { createPools } from './pools';
import { createFaker, Rng } from './prng';
import { defaultRulebook } from './rulebook';
import { generateSanctions } from './sanctions';
import { generateSurveyResponses } from './satisfaction';
import { assessmentTotal, gradeOf, kpiScore } from './scoring';
import type { SeedDatabase } from './serialize';
import { SIZES, type SeedSize } from './sizes';
import { generateTraining } from './training';
import type { Id } from './types';
import { complaintActors, generateUsers } from './users';
import { generateVisits } from './visits';

export interface GenerateOptions {
  size: SeedSize;
  /** `YYYY-MM-DD`, a calendar day in Asia/Shanghai: the frame ends on it. */
  today: string;
}

/** Numbers records 1, 2, 3 … in the order given. */
function numbered<T extends object>(rows: T[]): (T & { id: number })[] {
  return rows.map((row, i) => ({ id: i + 1, ...row }));
}

/**
 * The whole database of a size, for a day: every resource as an array of records with ids from
 * 1 (the appraisal settings too, as one record of id 1), plus `_meta.nextId` per resource so
 * that the API never reuses an id. A pure function of its options: same size and day, same
 * output, byte for byte.
 */
export function generateDatabase(opts: GenerateOptions): SeedDatabase {
  const size = SIZES[opts.size];
  if (!size) throw new Error(`Unknown size "${String(opts.size)}": use demo or large`);
  const cal = createCalendar(opts.today);
  const faker = createFaker();
  const rng = Rng.fromFaker(faker);
  const ctx: SeedContext = { cal, size, faker, rng, pools: createPools(faker, rng.fork('pools')) };
  const rules = defaultRulebook();

  const org = generateOrganisation(ctx);
  const users = generateUsers(org);
  const admin = (users.find((u) => u.role === 'admin') as { id: Id }).id;
  const actors = complaintActors(users);
  const managerOf = (branchId: Id): Id =>
    actors.managerBranchIds.includes(branchId) ? actors.manager : admin;

  const serviceItems = generateServiceItems();
  const base = generateCustomers(ctx, org);
  const usages = generateContracts(ctx, org, base, serviceItems);
  const contracts = usages.map((u) => u.contract);
  const { appointments, careRecords } = generateVisits(ctx, org, base, usages, serviceItems);
  const consultations = generateConsultations(ctx, org);

  const surveyTemplates = numbered([rules.surveyTemplate]);
  const surveyResponses = generateSurveyResponses(
    ctx,
    org,
    base,
    careRecords,
    serviceItems,
    surveyTemplates[0],
  );
  const complaintDeadlines = numbered(rules.complaintDeadlines);
  const complaints = generateComplaints(ctx, org, base, serviceItems, rules.complaintDeadlines, actors);
  const followUps = generateFollowUps(ctx, org, careRecords, contracts, complaints);
  const sanctions = generateSanctions(ctx, org, complaints, managerOf);
  const inspections = generateInspections(ctx, org);

  const appraisalRules = numbered(rules.appraisalRules);
  const appraisalEvents = generateAppraisalEvents(
    ctx,
    org,
    appraisalRules,
    consultations,
    (branchId, conversion) => (conversion ? actors.desk : managerOf(branchId)),
  );
  const monthlyAwards = generateMonthlyAwards(ctx, org, rules.awardAmounts);
  const attendanceRule = appraisalRules.find(
    (r) => r.code === rules.appraisalSettings.fullAttendanceRuleCode,
  );
  const metrics = kpiMetrics({
    contracts,
    careRecords,
    surveyResponses,
    surveyTemplate: rules.surveyTemplate,
    complaints,
    followUps,
    inspections,
    appraisalEvents,
    attendanceRuleId: attendanceRule ? attendanceRule.id : null,
  });
  const kpi = generateKpiAppraisals(ctx, org, rules.appraisalTemplates, metrics, kpiScore, gradeOf);
  const training = generateTraining(ctx, org, { total: assessmentTotal, passMark: 60 });
  const auditLogs = generateAuditLogs(ctx, users, base.customers, complaints);

  const db: SeedDatabase = {
    branches: org.branches,
    departments: org.departments,
    teams: org.teams,
    employees: org.employees,
    customers: base.customers,
    'service-items': serviceItems,
    contracts,
    appointments,
    'care-records': careRecords,
    consultations,
    'follow-ups': followUps,
    'survey-templates': surveyTemplates,
    'survey-responses': surveyResponses,
    'complaint-deadlines': complaintDeadlines,
    complaints,
    sanctions,
    inspections,
    'appraisal-rules': appraisalRules,
    'appraisal-settings': numbered([rules.appraisalSettings]),
    'appraisal-events': appraisalEvents,
    'monthly-awards': monthlyAwards,
    'appraisal-templates': numbered(rules.appraisalTemplates),
    'monthly-appraisals': kpi.monthly,
    'annual-appraisals': kpi.annual,
    'training-sessions': training.sessions,
    'training-assessments': training.assessments,
    users,
    'audit-logs': auditLogs,
  };
  const nextId: Record<string, number> = {};
  for (const [name, rows] of Object.entries(db)) {
    if (Array.isArray(rows))
      nextId[name] = rows.reduce((max: number, r) => Math.max(max, (r as { id: number }).id), 0) + 1;
  }
  db._meta = { nextId };
  return db;
}

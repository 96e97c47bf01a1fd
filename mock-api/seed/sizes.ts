/**
 * How much of everything each size holds. `demo` is what a first start shows (three branches,
 * ~60 staff, 1,000 customers, a year of history); `large` is the benchmark database
 * (≥ 100,000 complaints, ≥ 300,000 survey responses, ≥ 500,000 appraisal events).
 * Rates are per day of the 12–13 month frame, so the totals follow the number of days.
 */
export type SeedSize = 'demo' | 'large';

/**
 * How many of a kind of record: a daily rate per branch (the total follows the frame's length),
 * or a total for the whole frame (the benchmark's minimums hold whatever the day).
 */
export type Volume = { perBranchDay: number } | { total: number };

/** The mean number per branch and day of a volume over a frame of `days` days and `branches`. */
export function perBranchDay(volume: Volume, branches: number, days: number): number {
  return 'perBranchDay' in volume ? volume.perBranchDay : volume.total / (branches * days);
}

export interface SizeSpec {
  branches: number;
  /** Copies of each team kind per branch, and members per position in each copy. */
  staffing: {
    adminMembers: number;
    salesReps: number;
    techTeams: number;
    therapistsPerTeam: number;
    csStaff: number;
    consultTeams: number;
    onlineConsultantsPerTeam: number;
    phoneConsultantsPerTeam: number;
  };
  /** Share of staff replaced during the year (leavers, each with a successor hired later). */
  turnover: number;
  customers: number;
  /** Contracts per customer, on average. */
  contractsPerCustomer: number;
  /** Largest number of sessions a contract line sells. */
  maxSessions: number;
  consultationsPerConsultantDay: number;
  surveys: Volume;
  complaints: Volume;
  /** Multiplies the daily chance of each appraisal incident (S, D, P rules) per member. */
  incidentRate: number;
  /** Spot checks of a team leader's work per working day, on average (rules L11/L12). */
  spotChecksPerLeaderDay: number;
  /** Share of care records followed up by a call. */
  careFollowUpShare: number;
  trainingPerBranchMonth: number;
  inspectionsPerBranchMonth: number;
  /** Entries of the audit log from the last days before today. */
  auditEntries: number;
  /** Records the size promises whatever the day (the benchmark relies on them); the seed command checks them. */
  minimums?: Record<string, number>;
}

export const SIZES: Record<SeedSize, SizeSpec> = {
  demo: {
    branches: 3,
    staffing: {
      adminMembers: 1,
      salesReps: 3,
      techTeams: 1,
      therapistsPerTeam: 4,
      csStaff: 2,
      consultTeams: 1,
      onlineConsultantsPerTeam: 2,
      phoneConsultantsPerTeam: 2,
    },
    turnover: 0.06,
    customers: 1_000,
    contractsPerCustomer: 1.0,
    maxSessions: 10,
    consultationsPerConsultantDay: 1.2,
    surveys: { perBranchDay: 2 },
    complaints: { perBranchDay: 0.2 },
    incidentRate: 1,
    spotChecksPerLeaderDay: 0.25,
    careFollowUpShare: 0.35,
    trainingPerBranchMonth: 1.5,
    inspectionsPerBranchMonth: 2,
    auditEntries: 12,
  },
  large: {
    branches: 20,
    staffing: {
      adminMembers: 1,
      salesReps: 4,
      techTeams: 2,
      therapistsPerTeam: 3,
      csStaff: 4,
      consultTeams: 3,
      onlineConsultantsPerTeam: 4,
      phoneConsultantsPerTeam: 4,
    },
    turnover: 0.1,
    customers: 50_000,
    contractsPerCustomer: 0.4,
    maxSessions: 4,
    consultationsPerConsultantDay: 0.7,
    surveys: { total: 310_000 },
    complaints: { total: 102_000 },
    incidentRate: 28,
    spotChecksPerLeaderDay: 2,
    careFollowUpShare: 0.05,
    trainingPerBranchMonth: 3,
    inspectionsPerBranchMonth: 4,
    auditEntries: 200,
    minimums: { complaints: 100_000, 'survey-responses': 300_000, 'appraisal-events': 500_000 },
  },
};

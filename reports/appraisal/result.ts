import {
  awardAmount,
  fromHundredths,
  toFen,
  scoreMonth,
  type AppliedRule,
  type MonthInput,
  type MonthScore,
  type ScoringAward,
  type ScoringEmployee,
  type ScoringEvent,
  type ScoringRule,
  type ScoringTeam,
} from '../../src/domain/appraisal';
import {
  DEFAULT_APPRAISAL_SETTINGS,
  type AppraisalSettings,
  type RuleCategory,
} from '../../src/domain/defaults';
import { addMonths } from '../../src/schema/time';
import type { ReportData } from '../core/types';

/**
 * The JSON of the `appraisal` report (DOMAIN §8): the names of the contract first, then extras
 * the dashboard uses (categories, escalations, trend, awards, the rule values used). Money is
 * yuan with 2 decimals and points have 2 decimals: both converted from the engine's integers
 * at the very end, so every figure here is the engine's, unrounded twice.
 */

export interface EmployeeJson {
  employeeId: number;
  employeeNo: string;
  name: string;
  teamId: number;
  individualPoints: number;
  collectivePoints: number;
  points: number;
  conversionYuan: number;
  commissionYuan: number;
  fullAttendanceBonus: number;
  allowance: number;
  award: number;
  baseSalary: number;
  pay: number;
  // extras
  teamName: string;
  isLeader: boolean;
  /** points × pointValueYuan, the part of the commission that comes from points. */
  pointsYuan: number;
  escalations: number;
  pointsByCategory: Partial<Record<RuleCategory, number>>;
}

export interface TeamJson {
  teamId: number;
  name: string;
  members: number;
  collectivePoints: number;
  collectiveYuan: number;
  // extras
  branchId: number;
  leaderId: number | null;
  escalations: number;
  points: number;
  commissionYuan: number;
  pay: number;
}

export interface EscalationJson {
  date: string;
  employeeId: number;
  name: string;
  teamId: number;
  ruleId: number;
  code: string;
  count: number;
  individualPoints: number;
  collectivePoints: number;
  eventIds: number[];
}

export interface AppraisalReport {
  month: string;
  employees: EmployeeJson[];
  teams: TeamJson[];
  // extras
  settings: AppraisalSettings;
  byCategory: { category: RuleCategory; points: number }[];
  escalations: EscalationJson[];
  awards: { teamId: number; rank: number; employeeId: number; name: string; amount: number }[];
  trend: { month: string; points: number; commissionYuan: number; headcount: number }[];
  /** The rule values this month was scored with (`versionUntil` set = values before a later change). */
  rules: AppliedRule[];
}

/** Months of history in the trend, this one included. */
export const TREND_MONTHS = 6;

export function trendMonths(month: string): string[] {
  return Array.from({ length: TREND_MONTHS }, (_, i) => addMonths(month, i - TREND_MONTHS + 1));
}

const yuan = fromHundredths;

/** The engine's input for a month from the records a report loaded. */
export function monthInput(data: ReportData, month: string, teamId?: number): MonthInput {
  const settings = (data['appraisal-settings']?.[0] ??
    DEFAULT_APPRAISAL_SETTINGS) as unknown as AppraisalSettings;
  const teams = (data.teams as unknown as ScoringTeam[]).filter(
    (t) => teamId === undefined || t.id === teamId,
  );
  return {
    month,
    teams,
    employees: data.employees as unknown as ScoringEmployee[],
    rules: data['appraisal-rules'] as unknown as ScoringRule[],
    events: data['appraisal-events'] as unknown as ScoringEvent[],
    awards: data['monthly-awards'] as unknown as ScoringAward[],
    settings,
  };
}

function employeesJson(score: MonthScore, teamName: Map<number, string>): EmployeeJson[] {
  return score.employees.map((e) => ({
    employeeId: e.employeeId,
    employeeNo: e.employeeNo,
    name: e.name,
    teamId: e.teamId,
    individualPoints: yuan(e.individualCenti),
    collectivePoints: yuan(e.collectiveCenti),
    points: yuan(e.pointsCenti),
    conversionYuan: yuan(e.conversionFen),
    commissionYuan: yuan(e.commissionFen),
    fullAttendanceBonus: yuan(e.fullAttendanceFen),
    allowance: yuan(e.allowanceFen),
    award: yuan(e.awardFen),
    baseSalary: yuan(e.baseSalaryFen),
    pay: yuan(e.payFen),
    teamName: teamName.get(e.teamId) ?? '',
    isLeader: e.isLeader,
    pointsYuan: yuan(e.pointsFen),
    escalations: e.escalations,
    pointsByCategory: Object.fromEntries(
      Object.entries(e.pointsByCategory).map(([k, v]) => [k, yuan(v as number)]),
    ),
  }));
}

function teamsJson(score: MonthScore): TeamJson[] {
  return score.teams.map((t) => {
    const members = score.employees.filter((e) => e.teamId === t.teamId);
    const total = (pick: (e: (typeof members)[number]) => number) => members.reduce((n, e) => n + pick(e), 0);
    return {
      teamId: t.teamId,
      name: t.name,
      members: t.members,
      collectivePoints: yuan(t.collectiveCenti),
      collectiveYuan: yuan(t.collectiveFen),
      branchId: t.branchId,
      leaderId: t.leaderId,
      escalations: t.escalations,
      points: yuan(total((e) => e.pointsCenti)),
      commissionYuan: yuan(total((e) => e.commissionFen)),
      pay: yuan(total((e) => e.payFen)),
    };
  });
}

/** The whole report for a month: one engine run per month of the trend. */
export function appraisalReport(data: ReportData, month: string, teamId?: number): AppraisalReport {
  const score = scoreMonth(monthInput(data, month, teamId));
  const teamName = new Map(score.teams.map((t) => [t.teamId, t.name]));
  const nameOf = new Map(score.employees.map((e) => [e.employeeId, e.name]));
  const byCategory = new Map<RuleCategory, number>();
  for (const e of score.employees)
    for (const [c, v] of Object.entries(e.pointsByCategory))
      byCategory.set(c as RuleCategory, (byCategory.get(c as RuleCategory) ?? 0) + (v as number));
  const trend = trendMonths(month).map((m) => {
    const s = m === month ? score : scoreMonth(monthInput(data, m, teamId));
    return {
      month: m,
      points: yuan(s.employees.reduce((n, e) => n + e.pointsCenti, 0)),
      commissionYuan: yuan(s.employees.reduce((n, e) => n + e.commissionFen, 0)),
      headcount: s.employees.length,
    };
  });
  return {
    month,
    employees: employeesJson(score, teamName),
    teams: teamsJson(score),
    settings: monthInput(data, month).settings,
    byCategory: [...byCategory].map(([category, points]) => ({ category, points: yuan(points) })),
    escalations: score.lines
      .filter((l) => l.escalationReached)
      .map((l) => ({
        date: l.date,
        employeeId: l.employeeId,
        name: nameOf.get(l.employeeId) ?? '',
        teamId: score.employees.find((e) => e.employeeId === l.employeeId)?.teamId ?? 0,
        ruleId: l.ruleId,
        code: l.code,
        count: l.count,
        individualPoints: yuan(l.escalationIndividualCenti),
        collectivePoints: yuan(l.escalationCollectiveCenti),
        eventIds: l.eventIds,
      })),
    awards: score.employees
      .filter((e) => e.awardFen !== 0)
      .flatMap((e) =>
        (data['monthly-awards'] as unknown as ScoringAward[])
          .filter((a) => a.month === month && a.employeeId === e.employeeId)
          .map((a) => ({
            teamId: a.teamId,
            rank: a.rank,
            employeeId: e.employeeId,
            name: e.name,
            amount: yuan(toFen(awardAmount(a))),
          })),
      )
      .sort((a, b) => a.teamId - b.teamId || a.rank - b.rank),
    trend,
    rules: score.rules,
  };
}

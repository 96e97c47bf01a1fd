import { monthFirstDay, monthLastDay } from '../../schema/time';
import type { AppraisalSettings, CollectiveMode, RuleCategory } from '../defaults';
import { MONTHLY_AWARD_AMOUNTS } from '../defaults';
import { roundDiv, splitEvenly, sum, SUBFEN_PER_FEN, toBasisPoints, toCenti, toFen } from './money';
import { valuesForMonth, type ScoringRule, type ScoringValues } from './rules';

/**
 * The monthly appraisal of the consulting teams (DOMAIN §5.1), pure: records in, figures out.
 * Everything is integer — points in centi-points, money in fen (exact money in 1/10 000 fen
 * until its single half-up rounding) — so that every total is the sum of its rows.
 */

export interface ScoringEmployee {
  id: number;
  employeeNo: string;
  name: string;
  teamId: number | null;
  baseSalary: number | null;
  hiredOn: string;
  leftOn: string | null;
}

export interface ScoringTeam {
  id: number;
  name: string;
  branchId: number;
  leaderId: number | null;
}

export interface ScoringEvent {
  id: number;
  employeeId: number;
  ruleId: number;
  occurredOn: string;
  count: number;
  fee?: number | null;
}

export interface ScoringAward {
  month: string;
  teamId: number;
  rank: number;
  employeeId: number;
  /** null = the default of the rank (150 / 100 / 50). */
  amount: number | null;
}

export interface MonthInput {
  month: string;
  /** The teams to appraise (e.g. one branch's); their members are read from `employees`. */
  teams: readonly ScoringTeam[];
  employees: readonly ScoringEmployee[];
  rules: readonly ScoringRule[];
  /** Events of any period: only the month's count. */
  events: readonly ScoringEvent[];
  awards: readonly ScoringAward[];
  settings: AppraisalSettings;
}

/** An employee is active in a month when hired by its last day and not gone before its first. */
export function isActiveInMonth(e: Pick<ScoringEmployee, 'hiredOn' | 'leftOn'>, month: string): boolean {
  return e.hiredOn <= monthLastDay(month) && (e.leftOn === null || e.leftOn >= monthFirstDay(month));
}

/** One employee's count of one rule on one day, and what it is worth. */
export interface DayLine {
  employeeId: number;
  ruleId: number;
  code: string;
  category: RuleCategory;
  date: string;
  count: number;
  /** The events behind the line (drill-down). */
  eventIds: number[];
  /** count × points. */
  basePointsCenti: number;
  escalationReached: boolean;
  escalationIndividualCenti: number;
  escalationCollectiveCenti: number;
  /** Exact money in 1/10 000 fen (rounded once per employee and per team). */
  individualSubfen: number;
  collectiveSubfen: number;
  fee: number | null;
}

/** What `count` occurrences of a rule on one day are worth for one employee. */
export function dayValue(
  values: ScoringValues,
  count: number,
  feeYuan = 0,
): Pick<
  DayLine,
  | 'basePointsCenti'
  | 'escalationReached'
  | 'escalationIndividualCenti'
  | 'escalationCollectiveCenti'
  | 'individualSubfen'
  | 'collectiveSubfen'
> {
  const esc = values.escalation;
  // Added once per employee, rule and day when the day's count reaches the threshold.
  const reached = esc != null && esc.threshold > 0 && count >= esc.threshold;
  const m = values.money;
  const feeFen = toFen(feeYuan);
  return {
    basePointsCenti: count * toCenti(values.points),
    escalationReached: reached,
    escalationIndividualCenti: reached ? toCenti(esc.individualPoints) : 0,
    escalationCollectiveCenti: reached ? toCenti(esc.collectivePoints) : 0,
    individualSubfen:
      count * toFen(m?.individualYuan) * SUBFEN_PER_FEN + feeFen * toBasisPoints(m?.individualPercent),
    collectiveSubfen:
      count * toFen(m?.collectiveYuan) * SUBFEN_PER_FEN + feeFen * toBasisPoints(m?.collectivePercent),
  };
}

export interface EmployeeScore {
  employeeId: number;
  employeeNo: string;
  name: string;
  teamId: number;
  isLeader: boolean;
  individualCenti: number;
  /** The share of the team's collective points this employee bears. */
  collectiveCenti: number;
  pointsCenti: number;
  /** Own conversions (rounded once) + share of the team's collective money. */
  individualConversionFen: number;
  collectiveShareFen: number;
  conversionFen: number;
  /** points × pointValueYuan (rounded once). */
  pointsFen: number;
  commissionFen: number;
  fullAttendanceFen: number;
  allowanceFen: number;
  awardFen: number;
  baseSalaryFen: number;
  payFen: number;
  /** Individual points by rule category (escalations included). */
  pointsByCategory: Partial<Record<RuleCategory, number>>;
  /** Days × rules on which the escalation was reached. */
  escalations: number;
}

export interface TeamScore {
  teamId: number;
  name: string;
  branchId: number;
  leaderId: number | null;
  members: number;
  memberIds: number[];
  collectiveCenti: number;
  collectiveFen: number;
  escalations: number;
}

/** The values a rule was applied with in the month (shown with the result). */
export interface AppliedRule extends ScoringValues {
  ruleId: number;
  code: string;
  name: string;
  category: RuleCategory;
  /** null = the rule's current values; otherwise the last month of the version used. */
  versionUntil: string | null;
}

export interface MonthScore {
  month: string;
  employees: EmployeeScore[];
  teams: TeamScore[];
  lines: DayLine[];
  rules: AppliedRule[];
}

function share(total: number, parts: number, mode: CollectiveMode): number[] {
  if (parts === 0) return [];
  return mode === 'split_equally' ? splitEvenly(total, parts) : Array.from({ length: parts }, () => total);
}

/** An award's amount in yuan: as given, or by rank (150 / 100 / 50). */
export function awardAmount(a: ScoringAward): number {
  if (a.amount != null) return a.amount;
  return MONTHLY_AWARD_AMOUNTS[a.rank as 1 | 2 | 3] ?? 0;
}

/** Groups the month's events into lines per employee, rule and day, valued with the month's rule values. */
export function monthLines(
  month: string,
  events: readonly ScoringEvent[],
  rules: ReadonlyMap<number, { rule: ScoringRule; values: ScoringValues }>,
  include: (employeeId: number) => boolean,
): DayLine[] {
  const grouped = new Map<string, { events: ScoringEvent[]; rule: ScoringRule; values: ScoringValues }>();
  for (const e of events) {
    if (!e.occurredOn.startsWith(month) || !include(e.employeeId)) continue;
    const r = rules.get(e.ruleId);
    if (!r) continue;
    const key = `${e.employeeId}|${e.ruleId}|${e.occurredOn}`;
    const group = grouped.get(key) ?? { events: [], ...r };
    group.events.push(e);
    grouped.set(key, group);
  }
  const lines: DayLine[] = [];
  for (const { events: evs, rule, values } of grouped.values()) {
    const count = sum(evs.map((e) => e.count));
    const fee = sum(evs.map((e) => e.fee ?? 0));
    lines.push({
      employeeId: evs[0].employeeId,
      ruleId: rule.id,
      code: rule.code,
      category: rule.category,
      date: evs[0].occurredOn,
      count,
      eventIds: evs.map((e) => e.id).sort((a, b) => a - b),
      fee: evs.some((e) => e.fee != null) ? fee : null,
      ...dayValue(values, count, fee),
    });
  }
  return lines.sort(
    (a, b) => a.date.localeCompare(b.date) || a.employeeId - b.employeeId || a.code.localeCompare(b.code),
  );
}

/** The rules with the values they take in `month`. */
export function rulesForMonth(
  rules: readonly ScoringRule[],
  month: string,
): Map<number, { rule: ScoringRule; values: ScoringValues; until: string | null }> {
  return new Map(rules.map((rule) => [rule.id, { rule, ...valuesForMonth(rule, month) }]));
}

/** The month's appraisal of every active member of the given teams (DOMAIN §5.1). */
export function scoreMonth(input: MonthInput): MonthScore {
  const { month, settings } = input;
  const teamById = new Map(input.teams.map((t) => [t.id, t]));
  const members = input.employees
    .filter((e) => e.teamId != null && teamById.has(e.teamId) && isActiveInMonth(e, month))
    .sort((a, b) => (a.teamId as number) - (b.teamId as number) || a.employeeNo.localeCompare(b.employeeNo));
  const memberIds = new Set(members.map((e) => e.id));
  const rules = rulesForMonth(input.rules, month);
  const lines = monthLines(month, input.events, rules, (id) => memberIds.has(id));

  const linesOf = new Map<number, DayLine[]>();
  for (const line of lines) linesOf.set(line.employeeId, [...(linesOf.get(line.employeeId) ?? []), line]);

  const teams: TeamScore[] = [];
  const shares = new Map<number, { points: number; money: number }>();
  for (const team of [...input.teams].sort((a, b) => a.id - b.id)) {
    const own = members.filter((e) => e.teamId === team.id);
    const teamLines = own.flatMap((e) => linesOf.get(e.id) ?? []);
    const collectiveCenti = sum(teamLines.map((l) => l.escalationCollectiveCenti));
    const collectiveFen = roundDiv(sum(teamLines.map((l) => l.collectiveSubfen)), SUBFEN_PER_FEN);
    const points = share(collectiveCenti, own.length, settings.collectivePointsMode);
    const money = share(collectiveFen, own.length, settings.collectiveMoneyMode);
    own.forEach((e, i) => shares.set(e.id, { points: points[i], money: money[i] }));
    teams.push({
      teamId: team.id,
      name: team.name,
      branchId: team.branchId,
      leaderId: team.leaderId,
      members: own.length,
      memberIds: own.map((e) => e.id),
      collectiveCenti,
      collectiveFen,
      escalations: teamLines.filter((l) => l.escalationReached).length,
    });
  }

  const attendanceRuleIds = new Set(
    input.rules.filter((r) => r.code === settings.fullAttendanceRuleCode).map((r) => r.id),
  );
  const pointValueFen = toFen(settings.pointValueYuan);
  const employees = members.map((e): EmployeeScore => {
    const own = linesOf.get(e.id) ?? [];
    const team = teamById.get(e.teamId as number) as ScoringTeam;
    const { points: collectiveCenti, money: collectiveShareFen } = shares.get(e.id) ?? {
      points: 0,
      money: 0,
    };
    const pointsByCategory: Partial<Record<RuleCategory, number>> = {};
    for (const l of own)
      pointsByCategory[l.category] =
        (pointsByCategory[l.category] ?? 0) + l.basePointsCenti + l.escalationIndividualCenti;
    const individualCenti = sum(own.map((l) => l.basePointsCenti + l.escalationIndividualCenti));
    const pointsCenti = individualCenti + collectiveCenti;
    const individualConversionFen = roundDiv(sum(own.map((l) => l.individualSubfen)), SUBFEN_PER_FEN);
    const conversionFen = individualConversionFen + collectiveShareFen;
    const pointsFen = roundDiv(pointsCenti * pointValueFen, 100);
    const commissionFen = pointsFen + conversionFen;
    const isLeader = team.leaderId === e.id;
    const fullAttendanceFen = own.some((l) => attendanceRuleIds.has(l.ruleId))
      ? 0
      : toFen(settings.fullAttendanceBonus);
    const allowanceFen = isLeader ? toFen(settings.leaderAllowance) : 0;
    const awardFen = sum(
      input.awards
        .filter((a) => a.month === month && a.employeeId === e.id)
        .map((a) => toFen(awardAmount(a))),
    );
    const baseSalaryFen = toFen(e.baseSalary);
    return {
      employeeId: e.id,
      employeeNo: e.employeeNo,
      name: e.name,
      teamId: team.id,
      isLeader,
      individualCenti,
      collectiveCenti,
      pointsCenti,
      individualConversionFen,
      collectiveShareFen,
      conversionFen,
      pointsFen,
      commissionFen,
      fullAttendanceFen,
      allowanceFen,
      awardFen,
      baseSalaryFen,
      payFen: baseSalaryFen + allowanceFen + fullAttendanceFen + commissionFen + awardFen,
      pointsByCategory,
      escalations: own.filter((l) => l.escalationReached).length,
    };
  });

  const applied: AppliedRule[] = [...rules.values()]
    .sort((a, b) => a.rule.code.localeCompare(b.rule.code))
    .map(({ rule, values, until }) => ({
      ruleId: rule.id,
      code: rule.code,
      name: rule.name,
      category: rule.category,
      ...values,
      versionUntil: until,
    }));
  return { month, employees, teams, lines, rules: applied };
}

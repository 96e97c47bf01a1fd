import { addMonths } from '../../schema/time';
import type { RuleAppliesTo, RuleCategory } from '../defaults';

/**
 * Appraisal rules as the engine reads them from the database, and their versions by month.
 *
 * Why versions: a manager edits a rule's points for next month; the months already paid must
 * keep the values they were computed with. A rule record carries its current scoring values,
 * the month they apply from (`effectiveFrom`, null = always) and `versions`: the earlier values,
 * each with the last month it applied to (`until`). `valuesForMonth` picks the values of a
 * month; `reviseRule` is the one way the backend changes them.
 */

export interface EscalationValues {
  threshold: number;
  individualPoints: number;
  collectivePoints: number;
}

/** Money of a rule as stored: amounts a rule does not name may be 0, null or absent. */
export interface MoneyValues {
  individualYuan?: number | null;
  collectiveYuan?: number | null;
  individualPercent?: number | null;
  collectivePercent?: number | null;
}

/** What decides a rule's points and money: the part of a rule that is versioned. */
export interface ScoringValues {
  points: number;
  escalation: EscalationValues | null;
  money: MoneyValues | null;
}

/** Earlier scoring values of a rule, flat (one row of a table on the rule's page). */
export interface RuleVersion {
  /** The last month (`YYYY-MM`) these values applied to. */
  until: string;
  points: number;
  threshold: number | null;
  escalationIndividualPoints: number | null;
  escalationCollectivePoints: number | null;
  individualYuan: number | null;
  collectiveYuan: number | null;
  individualPercent: number | null;
  collectivePercent: number | null;
}

export interface ScoringRule extends ScoringValues {
  id: number;
  code: string;
  name: string;
  category: RuleCategory;
  appliesTo: RuleAppliesTo;
  active?: boolean | null;
  /** The first month the current values apply to; null or absent = every month. */
  effectiveFrom?: string | null;
  versions?: RuleVersion[] | null;
}

export function toVersion(values: ScoringValues, until: string): RuleVersion {
  const m = values.money;
  return {
    until,
    points: values.points,
    threshold: values.escalation?.threshold ?? null,
    escalationIndividualPoints: values.escalation?.individualPoints ?? null,
    escalationCollectivePoints: values.escalation?.collectivePoints ?? null,
    individualYuan: m?.individualYuan ?? null,
    collectiveYuan: m?.collectiveYuan ?? null,
    individualPercent: m?.individualPercent ?? null,
    collectivePercent: m?.collectivePercent ?? null,
  };
}

export function fromVersion(v: RuleVersion): ScoringValues {
  const hasMoney = [v.individualYuan, v.collectiveYuan, v.individualPercent, v.collectivePercent].some(
    (x) => x != null,
  );
  return {
    points: v.points,
    escalation:
      v.threshold == null
        ? null
        : {
            threshold: v.threshold,
            individualPoints: v.escalationIndividualPoints ?? 0,
            collectivePoints: v.escalationCollectivePoints ?? 0,
          },
    money: hasMoney
      ? {
          individualYuan: v.individualYuan,
          collectiveYuan: v.collectiveYuan,
          individualPercent: v.individualPercent,
          collectivePercent: v.collectivePercent,
        }
      : null,
  };
}

export function currentValues(rule: ScoringValues): ScoringValues {
  return { points: rule.points, escalation: rule.escalation ?? null, money: rule.money ?? null };
}

/** The version that covers `month`: the one with the earliest `until` not before it. */
function coveringVersion(versions: readonly RuleVersion[], month: string): RuleVersion | undefined {
  let best: RuleVersion | undefined;
  for (const v of versions) if (v.until >= month && (!best || v.until < best.until)) best = v;
  return best;
}

/** The values a rule scores `month` with, and which version they are (`until`, or null = current). */
export function valuesForMonth(
  rule: ScoringRule,
  month: string,
): { values: ScoringValues; until: string | null } {
  if (!rule.effectiveFrom || month >= rule.effectiveFrom) return { values: currentValues(rule), until: null };
  const v = coveringVersion(rule.versions ?? [], month);
  // Months before the first recorded version: the rule's earliest known values.
  return v ? { values: fromVersion(v), until: v.until } : { values: currentValues(rule), until: null };
}

/** Whether two sets of scoring values are the same (absent money amounts equal null). */
export function sameScoringValues(a: ScoringValues, b: ScoringValues): boolean {
  return JSON.stringify(toVersion(a, '')) === JSON.stringify(toVersion(b, ''));
}

/**
 * The rule after its scoring values change from month `from` on: every month before `from`
 * keeps exactly the values it had. Versions wholly before `from` stay; the values that covered
 * the month before `from` are kept as a version ending there; versions that covered `from` or
 * later are dropped (they are replaced). Unchanged values leave the rule as it is.
 */
export function reviseRule<R extends ScoringRule>(
  existing: R,
  next: ScoringValues,
  from: string,
): { effectiveFrom: string | null; versions: RuleVersion[] } {
  const versions = existing.versions ?? [];
  if (sameScoringValues(currentValues(existing), next))
    return { effectiveFrom: existing.effectiveFrom ?? null, versions: [...versions] };
  const lastBefore = addMonths(from, -1);
  const kept = versions.filter((v) => v.until < lastBefore);
  const previous = valuesForMonth(existing, lastBefore).values;
  return {
    effectiveFrom: from,
    versions: [...kept, toVersion(previous, lastBefore)].sort((a, b) => (a.until < b.until ? -1 : 1)),
  };
}

/** Whether a rule may be recorded for an employee: `leader` rules for the team's leader only,
 * `member` rules for the other members only, `all` for everyone (DOMAIN §5.1, seed 002). */
export function ruleAppliesTo(appliesTo: RuleAppliesTo, isLeader: boolean): boolean {
  if (appliesTo === 'leader') return isLeader;
  if (appliesTo === 'member') return !isLeader;
  return true;
}

/** A rule whose money is a share of the event's fee (C05): its events need a fee. */
export function needsFee(values: ScoringValues): boolean {
  const m = values.money;
  return (m?.individualPercent ?? 0) !== 0 || (m?.collectivePercent ?? 0) !== 0;
}

export type ConsultationChannel = 'online_chat' | 'phone' | 'website_booking' | 'message_board' | 'email';
export type ConsultationOutcome = 'none' | 'screening_booked' | 'registered_visit' | 'surgery';

/**
 * The C rule a consultation's outcome earns (seed 002 成功率): surgery C05 whatever the channel;
 * a registered visit C03 by phone, C01 online; a booked screening C04 by phone, C02 online.
 */
export function conversionCode(
  channel: ConsultationChannel,
  outcome: ConsultationOutcome | null,
): string | null {
  if (outcome === 'surgery') return 'C05';
  const phone = channel === 'phone';
  if (outcome === 'registered_visit') return phone ? 'C03' : 'C01';
  if (outcome === 'screening_booked') return phone ? 'C04' : 'C02';
  return null;
}

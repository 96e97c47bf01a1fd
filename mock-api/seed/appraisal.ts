import { conversionCode } from '../../src/domain/appraisal';
import { addDays, shanghaiDate } from '../../src/schema/time';
import type { SeedContext } from './context';
import { isActiveOn, type Organisation } from './organisation';
import type { Rng } from './prng';
import type { AppraisalEvent, Consultation, Employee, Id, MonthlyAward } from './types';

/** The parts of an appraisal rule the generator needs (the rules themselves come from the defaults). */
export interface RuleShape {
  id: Id;
  code: string;
  appliesTo: 'leader' | 'member' | 'all';
  escalation: { threshold: number } | null;
}

/** Daily chance of each incident rule for one person, before the size's incident rate. */
const INCIDENT_CHANCE: Record<string, number> = {
  S01: 0.006,
  S02: 0.006,
  S03: 0.006,
  S04: 0.004,
  S05: 0.006,
  S06: 0.005,
  S07: 0.0008,
  D01: 0.006,
  D02: 0.004,
  D03: 0.003,
  D04: 0.008,
  P01: 0.012,
};

const NOTES: Record<string, string[]> = {
  S01: ['接听电话未使用“您好”开头', '结束通话未说“感谢来电”'],
  S02: ['来电响铃超过三声未接听', '午间时段漏接来电'],
  S03: ['来电登记缺少顾客联系方式', '登记表未记录咨询项目'],
  S04: ['报错项目价格', '答错术后恢复时间'],
  S05: ['在线咨询超过5分钟未回复', '留言板咨询超过一天未回复'],
  S06: ['语气生硬，顾客有不满', '语速过快，顾客反复询问'],
  S07: ['与顾客发生争执，语言不当'],
  D01: ['工作时间玩手机游戏', '咨询间大声喧哗', '上班时间化妆'],
  D02: ['未按要求更新活动话术', '对当月广告活动不熟悉导致解答错误'],
  D03: ['无故离岗二十分钟', '串岗聊天'],
  D04: ['迟到15分钟', '早退半小时', '旷工半天'],
  P01: ['顾客留言表扬服务耐心', '收到顾客表扬信', '顾客赠送锦旗'],
  L03: ['考核表漏填两项'],
  L04: ['考核表得分计算有误'],
  L05: ['考核表次日才上报'],
  L08: ['登记表漏填顾客来源'],
  L09: ['登记表预约时间填写错误'],
  L10: ['登记表延迟上报'],
  L11: ['抽查电话录音合格'],
  L12: ['抽查发现登记不完整'],
};

/**
 * 考核记录 for the consulting and customer-service teams, per working day: leaders' daily forms
 * (mostly complete and on time, now and then a fault) and spot checks; members' incidents of the
 * service and discipline standards — some days reaching the escalation threshold — and customer
 * praise; every consultation with an outcome converted once into its C-rule event, linked back.
 */
export function generateAppraisalEvents(
  ctx: SeedContext,
  org: Organisation,
  rules: RuleShape[],
  consultations: Consultation[],
  recorder: (branchId: Id, conversion: boolean) => Id,
): AppraisalEvent[] {
  const rng = ctx.rng.fork('appraisal-events');
  const { cal, size } = ctx;
  const rule = new Map(rules.map((r) => [r.code, r]));
  const idOf = (code: string): Id => {
    const r = rule.get(code);
    if (!r) throw new Error(`appraisal rule ${code} is missing from the defaults`);
    return r.id;
  };
  const appraised = org.teams.filter((t) => {
    const kind = org.teamKind.get(t.id);
    return kind === 'consult' || kind === 'cs';
  });
  const incidentRules = Object.keys(INCIDENT_CHANCE).filter((code) => rule.has(code));
  const events: AppraisalEvent[] = [];
  const note = (r: Rng, code: string): string | null => (NOTES[code] ? r.pick(NOTES[code]) : null);
  const push = (employeeId: Id, code: string, day: string, count: number, by: Id, text: string | null) =>
    events.push({
      id: 0,
      employeeId,
      ruleId: idOf(code),
      occurredOn: day,
      count,
      fee: null,
      note: text,
      recordedById: by,
    });

  const membersOf = new Map<Id, Employee[]>(
    appraised.map((t) => [t.id, org.employees.filter((e) => e.teamId === t.id)] as const),
  );

  for (const day of cal.workingDays) {
    for (const team of appraised) {
      for (const e of membersOf.get(team.id) ?? []) {
        if (!isActiveOn(e, day)) continue;
        const isLeader = e.id === team.leaderId;
        const by = recorder(team.branchId, false);
        if (isLeader) leaderDay(rng, push, e, day, by, size.spotChecksPerLeaderDay, note);
        for (const code of incidentRules) {
          const r = rule.get(code) as RuleShape;
          if (r.appliesTo === 'leader' || (r.appliesTo === 'member' && isLeader)) continue;
          if (!rng.chance(INCIDENT_CHANCE[code] * size.incidentRate)) continue;
          let count = 1;
          const threshold = r.escalation?.threshold;
          // Now and then a bad day reaches the escalation threshold.
          if (threshold && rng.chance(0.22)) count = threshold + (rng.chance(0.1) ? 1 : 0);
          else if (threshold && threshold > 2 && rng.chance(0.2)) count = 2;
          push(e.id, code, day, count, by, note(rng, code));
        }
      }
    }
  }

  // Conversions: one event per consultation with an outcome, on the day the visit took place,
  // by the same outcome → rule mapping the API's consultation hook uses.
  for (const c of consultations) {
    const code = conversionCode(c.channel, c.outcome);
    if (!code || !rule.has(code)) continue;
    const consultant = org.employee(c.consultantId);
    const received = shanghaiDate(c.receivedAt);
    const lag = code === 'C05' ? rng.int(3, 20) : rng.int(1, 7);
    let day = addDays(received, lag);
    if (day >= cal.today) day = addDays(cal.today, -1);
    if (consultant.leftOn !== null && day > consultant.leftOn) day = consultant.leftOn;
    events.push({
      id: 0,
      employeeId: consultant.id,
      ruleId: idOf(code),
      occurredOn: day,
      count: 1,
      fee: code === 'C05' ? c.surgeryFee : null,
      note: `咨询登记 #${c.id}`,
      recordedById: recorder(c.branchId, true),
      consultationId: c.id,
    });
  }

  events.sort((a, b) => (a.occurredOn < b.occurredOn ? -1 : a.occurredOn > b.occurredOn ? 1 : 0));
  events.forEach((e, i) => (e.id = i + 1));
  return events;
}

type Push = (employeeId: Id, code: string, day: string, count: number, by: Id, text: string | null) => void;

/** A leader's day: the daily appraisal and registration forms, and the odd spot check. */
function leaderDay(
  rng: Rng,
  push: Push,
  leader: Employee,
  day: string,
  by: Id,
  spotChecks: number,
  note: (r: Rng, code: string) => string | null,
): void {
  // 考核表 (L01–L05) and 登记表 (L06–L10): complete or faulty, on time or late.
  for (const [complete, unqualified, wrong, onTime, late] of [
    ['L01', 'L03', 'L04', 'L02', 'L05'],
    ['L06', 'L08', 'L09', 'L07', 'L10'],
  ]) {
    if (rng.chance(0.9)) push(leader.id, complete, day, 1, by, null);
    else {
      const code = rng.chance(0.5) ? unqualified : wrong;
      push(leader.id, code, day, 1, by, note(rng, code));
    }
    if (rng.chance(0.93)) push(leader.id, onTime, day, 1, by, null);
    else push(leader.id, late, day, 1, by, note(rng, late));
  }
  // 抽查考核 is counted per spot check (按每次抽查计算): each one is its own event.
  for (let k = rng.poisson(spotChecks); k > 0; k--) {
    const passed = rng.chance(0.85);
    push(leader.id, passed ? 'L11' : 'L12', day, 1, by, note(rng, passed ? 'L11' : 'L12'));
  }
}

/**
 * 月度优秀员工: each team's anonymous vote, ranks 1–3 among the members active in the month,
 * for every past month (the current month has not voted yet).
 */
export function generateMonthlyAwards(
  ctx: SeedContext,
  org: Organisation,
  amounts: readonly number[],
): MonthlyAward[] {
  const rng = ctx.rng.fork('monthly-awards');
  const out: MonthlyAward[] = [];
  for (const month of ctx.cal.months.slice(0, -1)) {
    for (const team of org.teams) {
      const members = org.membersInMonth(team.id, month);
      const ranked = rng.sample(members, Math.min(3, members.length));
      // sample keeps list order; shuffle the podium by drawing ranks.
      const podium = ranked.map((e) => ({ e, key: rng.next() })).sort((a, b) => a.key - b.key);
      podium.forEach(({ e }, i) => {
        out.push({
          id: out.length + 1,
          month,
          teamId: team.id,
          rank: i + 1,
          employeeId: e.id,
          amount: amounts[i] ?? 0,
        });
      });
    }
  }
  return out;
}

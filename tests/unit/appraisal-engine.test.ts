import { describe, expect, it } from 'vitest';
import {
  DEFAULT_APPRAISAL_RULES,
  DEFAULT_APPRAISAL_SETTINGS,
  type AppraisalSettings,
} from '../../src/domain/defaults';
import {
  conversionCode,
  dayTotals,
  isActiveInMonth,
  reviseRule,
  roundDiv,
  ruleAppliesTo,
  scoreMonth,
  splitEvenly,
  valuesForMonth,
  type MonthInput,
  type ScoringAward,
  type ScoringEmployee,
  type ScoringEvent,
  type ScoringRule,
  type ScoringTeam,
} from '../../src/domain/appraisal';

// Every expectation below is worked out by hand from DOMAIN §5.1 (comments show the sums).

const RULES: ScoringRule[] = DEFAULT_APPRAISAL_RULES.map((r, i) => ({ id: i + 1, ...structuredClone(r) }));
const ruleId = (code: string) => (RULES.find((r) => r.code === code) as ScoringRule).id;

const MONTH = '2026-03';
const TEAM: ScoringTeam = { id: 1, name: '网络咨询组', branchId: 1, leaderId: 1 };

function employee(id: number, extra: Partial<ScoringEmployee> = {}): ScoringEmployee {
  return {
    id,
    employeeNo: `E${String(id).padStart(3, '0')}`,
    name: `员工${id}`,
    teamId: 1,
    baseSalary: 3000,
    hiredOn: '2025-01-01',
    leftOn: null,
    ...extra,
  };
}

let nextEventId = 1;
function ev(
  employeeId: number,
  code: string,
  occurredOn: string,
  count = 1,
  fee: number | null = null,
): ScoringEvent {
  return { id: nextEventId++, employeeId, ruleId: ruleId(code), occurredOn, count, fee };
}

function score(over: Partial<Omit<MonthInput, 'settings'>> & { settings?: Partial<AppraisalSettings> }) {
  return scoreMonth({
    month: MONTH,
    teams: [TEAM],
    employees: [employee(1), employee(2), employee(3)],
    rules: RULES,
    events: [],
    awards: [],
    ...over,
    settings: { ...DEFAULT_APPRAISAL_SETTINGS, ...over.settings },
  });
}

const byId = (result: ReturnType<typeof score>, id: number) => {
  const e = result.employees.find((x) => x.employeeId === id);
  if (!e) throw new Error(`employee ${id} is not in the result`);
  return e;
};

describe('appraisal engine: escalation once per employee, rule and day', () => {
  it('the worked example: three S01 on one day → −11 individual, team −5', () => {
    const r = score({ events: [ev(2, 'S01', '2026-03-05', 3)] });
    // 3 × (−2) + (−5) = −11
    expect(byId(r, 2).individualCenti).toBe(-1100);
    expect(r.teams[0].collectiveCenti).toBe(-500);
    // each_member (the default): every member bears the whole −5
    for (const id of [1, 2, 3]) expect(byId(r, id).collectiveCenti).toBe(-500);
    expect(byId(r, 2).pointsCenti).toBe(-1600);
    // 1 point = 1 yuan: commission −16.00; pay 3000 + 0 + 30 − 16 + 0 = 3014.00
    expect(byId(r, 2).commissionFen).toBe(-1600);
    expect(byId(r, 2).payFen).toBe(301400);
    expect(byId(r, 3).payFen).toBe(300000 + 3000 - 500); // 3025.00
  });

  it('three S01 events of one each on the same day add up to the same −11', () => {
    const r = score({
      events: [ev(2, 'S01', '2026-03-05'), ev(2, 'S01', '2026-03-05'), ev(2, 'S01', '2026-03-05')],
    });
    expect(byId(r, 2).individualCenti).toBe(-1100);
    expect(r.teams[0].collectiveCenti).toBe(-500);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0].eventIds).toHaveLength(3);
  });

  it('S07 twice in a day is 2 × (−8) = −16 without escalation; three times −36 and team −12', () => {
    const twice = score({ events: [ev(2, 'S07', '2026-03-10', 2)] });
    expect(byId(twice, 2).individualCenti).toBe(-1600);
    expect(twice.teams[0].collectiveCenti).toBe(0);
    expect(byId(twice, 2).escalations).toBe(0);

    const thrice = score({ events: [ev(2, 'S07', '2026-03-10', 3)] });
    // 3 × (−8) + (−12) = −36
    expect(byId(thrice, 2).individualCenti).toBe(-3600);
    expect(thrice.teams[0].collectiveCenti).toBe(-1200);
    expect(byId(thrice, 2).escalations).toBe(1);
  });

  it('two thresholds reached on different days each add their escalation once', () => {
    const r = score({
      events: [
        ev(2, 'S01', '2026-03-02', 2), // 2 × (−2) − 5 = −9, team −5
        ev(2, 'D01', '2026-03-03', 3), // 3 × (−2) − 5 = −11, team −5
        ev(2, 'S01', '2026-03-04', 4), // 4 × (−2) − 5 = −13 (once, not per occurrence above), team −5
        ev(2, 'D01', '2026-03-05', 2), // 2 × (−2) = −4, below D01's threshold of 3
      ],
    });
    expect(byId(r, 2).individualCenti).toBe(-(900 + 1100 + 1300 + 400)); // −37
    expect(r.teams[0].collectiveCenti).toBe(-1500);
    expect(r.teams[0].escalations).toBe(3);
    expect(byId(r, 2).pointsByCategory).toEqual({ service_standard: -2200, discipline: -1500 });
    // −37 individual − 15 collective = −52 points
    expect(byId(r, 2).pointsCenti).toBe(-5200);
  });

  it('the same counts split over two days reach no threshold', () => {
    const r = score({ events: [ev(2, 'D02', '2026-03-02', 2), ev(2, 'D02', '2026-03-03', 2)] });
    expect(byId(r, 2).individualCenti).toBe(-800);
    expect(r.teams[0].collectiveCenti).toBe(0);
  });
});

describe('appraisal engine: who is appraised', () => {
  it('counts employees active in the month only, a mid-month joiner in full', () => {
    const employees = [
      employee(1),
      employee(2),
      employee(3, { hiredOn: '2026-03-16' }), // joined mid-month: active
      employee(4, { leftOn: '2026-02-27' }), // left before the month
      employee(5, { hiredOn: '2026-04-01' }), // not yet hired
      employee(6, { leftOn: '2026-03-01' }), // left on the first day: active
    ];
    const r = score({
      employees,
      events: [ev(3, 'S02', '2026-03-20', 2), ev(4, 'S02', '2026-02-20', 2)],
      settings: { collectivePointsMode: 'split_equally' },
    });
    expect(r.employees.map((e) => e.employeeId)).toEqual([1, 2, 3, 6]);
    expect(r.teams[0].members).toBe(4);
    // joiner: 2 × (−2) − 5 = −9 individual; team −5 split among 4 → −1.25 each
    expect(byId(r, 3).individualCenti).toBe(-900);
    for (const id of [1, 2, 3, 6]) expect(byId(r, id).collectiveCenti).toBe(-125);
    // no D04 in the month: the joiner gets the full-attendance bonus (no proration in §5.1)
    expect(byId(r, 3).fullAttendanceFen).toBe(3000);
    expect(isActiveInMonth({ hiredOn: '2026-03-31', leftOn: null }, MONTH)).toBe(true);
    expect(isActiveInMonth({ hiredOn: '2026-04-01', leftOn: null }, MONTH)).toBe(false);
    expect(isActiveInMonth({ hiredOn: '2020-01-01', leftOn: '2026-02-28' }, MONTH)).toBe(false);
  });

  it('a team of one: the leader bears the whole collective in both modes and gets the allowance', () => {
    for (const mode of ['each_member', 'split_equally'] as const) {
      const r = score({
        employees: [employee(1, { baseSalary: 4000 })],
        events: [ev(1, 'D04', '2026-03-09', 3)], // 3 × (−2) − 5 = −11, team −5
        awards: [{ month: MONTH, teamId: 1, rank: 1, employeeId: 1, amount: null }],
        settings: { collectivePointsMode: mode, collectiveMoneyMode: mode },
      });
      const leader = byId(r, 1);
      expect(leader.isLeader).toBe(true);
      expect(leader.individualCenti).toBe(-1100);
      expect(leader.collectiveCenti).toBe(-500);
      expect(leader.allowanceFen).toBe(20000);
      expect(leader.fullAttendanceFen).toBe(0); // a D04 in the month
      expect(leader.awardFen).toBe(15000); // rank 1, amount by rank
      // 4000 + 200 + 0 − 16 + 150 = 4334.00
      expect(leader.payFen).toBe(433400);
    }
  });
});

describe('appraisal engine: money', () => {
  it('split_equally gives the remainder of fen to the first members, adding up to the whole', () => {
    const r = score({
      events: [
        ev(2, 'C03', '2026-03-11'), // phone → visit: individual 10, collective 5
        ev(2, 'S01', '2026-03-12', 2), // −9 individual, −5 collective points
      ],
      settings: { collectivePointsMode: 'split_equally', collectiveMoneyMode: 'split_equally' },
    });
    expect(r.teams[0].collectiveFen).toBe(500);
    // 500 fen among 3 → 167 + 167 + 166; −500 centi-points → −167, −167, −166
    expect([1, 2, 3].map((id) => byId(r, id).collectiveShareFen)).toEqual([167, 167, 166]);
    expect([1, 2, 3].map((id) => byId(r, id).collectiveCenti)).toEqual([-167, -167, -166]);
    const two = byId(r, 2);
    expect(two.individualConversionFen).toBe(1000);
    expect(two.conversionFen).toBe(1167);
    // points −9 − 1.67 = −10.67 → −10.67 yuan; commission −10.67 + 11.67 = 1.00
    expect(two.pointsCenti).toBe(-1067);
    expect(two.commissionFen).toBe(100);
    // member 3: −1.66 points + 1.66 yuan = 0.00
    expect(byId(r, 3).commissionFen).toBe(0);
  });

  it('each_member money gives every member the whole collective amount', () => {
    const r = score({
      events: [ev(2, 'C04', '2026-03-11', 3)], // 3 × 0.5 individual, 3 × 0.5 collective
      settings: { collectiveMoneyMode: 'each_member' },
    });
    expect(byId(r, 2).individualConversionFen).toBe(150);
    for (const id of [1, 2, 3]) expect(byId(r, id).collectiveShareFen).toBe(150);
  });

  it('C05: 2 % of the surgery fee to the consultant, 1 % to the team, rounded half-up once', () => {
    const r = score({
      employees: [employee(1), employee(2)],
      events: [ev(2, 'C05', '2026-03-18', 1, 12345.25)],
    });
    // 2 % of 12 345.25 = 246.905 → 246.91; 1 % = 123.4525 → 123.45 for the team
    expect(byId(r, 2).individualConversionFen).toBe(24691);
    expect(r.teams[0].collectiveFen).toBe(12345);
    // split_equally (default money mode) between 2: 61.73 + 61.72
    expect(byId(r, 1).collectiveShareFen).toBe(6173);
    expect(byId(r, 2).collectiveShareFen).toBe(6172);
    expect(byId(r, 2).conversionFen).toBe(24691 + 6172);
    expect(byId(r, 2).commissionFen).toBe(30863);
  });

  it('two C05 fees are summed before the one rounding', () => {
    // 2 % of 100.25 = 2.005 twice: rounded once on 4.01, not 2.01 + 2.01 = 4.02
    const r = score({
      events: [ev(2, 'C05', '2026-03-18', 1, 100.25), ev(2, 'C05', '2026-03-19', 1, 100.25)],
    });
    expect(byId(r, 2).individualConversionFen).toBe(401);
  });

  it('a month with a D04 loses the full-attendance bonus; one without keeps it', () => {
    const r = score({ events: [ev(2, 'D04', '2026-03-03')] });
    expect(byId(r, 2).fullAttendanceFen).toBe(0);
    expect(byId(r, 2).individualCenti).toBe(-200);
    expect(byId(r, 3).fullAttendanceFen).toBe(3000);
    // a D04 in another month does not count against this one
    const other = score({ events: [ev(2, 'D04', '2026-02-27'), ev(2, 'D04', '2026-04-01')] });
    expect(byId(other, 2).fullAttendanceFen).toBe(3000);
    expect(byId(other, 2).individualCenti).toBe(0);
  });

  it('pay = base + allowance + full attendance + commission + award for everyone', () => {
    const awards: ScoringAward[] = [
      { month: MONTH, teamId: 1, rank: 1, employeeId: 3, amount: null },
      { month: MONTH, teamId: 1, rank: 2, employeeId: 2, amount: 120 },
      { month: '2026-02', teamId: 1, rank: 1, employeeId: 2, amount: 150 },
    ];
    const r = score({
      events: [ev(1, 'L01', '2026-03-02'), ev(1, 'L12', '2026-03-02'), ev(2, 'P01', '2026-03-04', 2)],
      awards,
    });
    // leader: +1 − 5 = −4 → 3000 + 200 + 30 − 4 = 3226.00
    expect(byId(r, 1).payFen).toBe(322600);
    // member 2: +12 points, award 120 (given), February's award not counted → 3000 + 30 + 12 + 120
    expect(byId(r, 2).payFen).toBe(316200);
    // member 3: award by rank 1 = 150 → 3000 + 30 + 150
    expect(byId(r, 3).payFen).toBe(318000);
    for (const e of r.employees)
      expect(e.payFen).toBe(
        e.baseSalaryFen + e.allowanceFen + e.fullAttendanceFen + e.commissionFen + e.awardFen,
      );
  });
});

describe('appraisal rules: versions by month', () => {
  const s01 = RULES.find((r) => r.code === 'S01') as ScoringRule;

  it('a revision from next month keeps this month and earlier on the old values', () => {
    const april = { ...s01, points: -3, ...reviseRule(s01, { ...s01, points: -3 }, '2026-04') };
    expect(april.effectiveFrom).toBe('2026-04');
    expect(valuesForMonth(april, '2026-03').values.points).toBe(-2);
    expect(valuesForMonth(april, '2025-12').values.points).toBe(-2);
    expect(valuesForMonth(april, '2026-04').values.points).toBe(-3);

    const june = { ...april, points: -4, ...reviseRule(april, { ...april, points: -4 }, '2026-06') };
    expect(
      ['2026-03', '2026-04', '2026-05', '2026-06'].map((m) => valuesForMonth(june, m).values.points),
    ).toEqual([-2, -3, -3, -4]);

    // Revising again from May replaces what June had planned, keeps March and April.
    const may = { ...june, points: -5, ...reviseRule(june, { ...june, points: -5 }, '2026-05') };
    expect(
      ['2026-03', '2026-04', '2026-05', '2026-06'].map((m) => valuesForMonth(may, m).values.points),
    ).toEqual([-2, -3, -5, -5]);
    expect(may.versions.map((v) => v.until)).toEqual(['2026-03', '2026-04']);
  });

  it('unchanged values add no version', () => {
    const same = reviseRule(s01, { points: -2, escalation: s01.escalation, money: s01.money }, '2026-04');
    expect(same).toEqual({ effectiveFrom: null, versions: [] });
  });

  it('the month is scored with its own version, and says which', () => {
    const revised: ScoringRule = {
      ...s01,
      points: -3,
      escalation: { threshold: 3, individualPoints: -10, collectivePoints: -10 },
      ...reviseRule(
        s01,
        {
          points: -3,
          escalation: { threshold: 3, individualPoints: -10, collectivePoints: -10 },
          money: null,
        },
        '2026-04',
      ),
    };
    const rules = RULES.map((r) => (r.id === s01.id ? revised : r));
    const march = score({ rules, events: [ev(2, 'S01', '2026-03-05', 2)] });
    expect(byId(march, 2).individualCenti).toBe(-900); // old: 2 × (−2) − 5
    expect(march.rules.find((x) => x.code === 'S01')?.versionUntil).toBe('2026-03');
    const april = score({ month: '2026-04', rules, events: [ev(2, 'S01', '2026-04-06', 2)] });
    expect(byId(april, 2).individualCenti).toBe(-600); // new: 2 × (−3), threshold 3 not reached
    expect(april.rules.find((x) => x.code === 'S01')?.versionUntil).toBeNull();
  });
});

describe('appraisal helpers', () => {
  it('roundDiv rounds halves away from zero', () => {
    expect([roundDiv(5, 2), roundDiv(-5, 2), roundDiv(4, 3), roundDiv(-4, 3), roundDiv(0, 7)]).toEqual([
      3, -3, 1, -1, 0,
    ]);
    expect(roundDiv(24690500, 10000)).toBe(2469); // 2469.05 → 2469
  });

  it('splitEvenly adds up to the total', () => {
    expect(splitEvenly(500, 3)).toEqual([167, 167, 166]);
    expect(splitEvenly(-500, 3)).toEqual([-167, -167, -166]);
    expect(splitEvenly(7, 7)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(splitEvenly(2, 5)).toEqual([1, 1, 0, 0, 0]);
  });

  it('leader rules only for the leader, member rules only for the others', () => {
    expect([ruleAppliesTo('leader', true), ruleAppliesTo('leader', false)]).toEqual([true, false]);
    expect([ruleAppliesTo('member', true), ruleAppliesTo('member', false)]).toEqual([false, true]);
    expect([ruleAppliesTo('all', true), ruleAppliesTo('all', false)]).toEqual([true, true]);
  });

  it('maps a consultation outcome to its C rule by channel', () => {
    expect(conversionCode('online_chat', 'registered_visit')).toBe('C01');
    expect(conversionCode('email', 'screening_booked')).toBe('C02');
    expect(conversionCode('phone', 'registered_visit')).toBe('C03');
    expect(conversionCode('phone', 'screening_booked')).toBe('C04');
    expect(conversionCode('phone', 'surgery')).toBe('C05');
    expect(conversionCode('phone', 'none')).toBeNull();
  });

  it('day totals: the running points of the entry grid, escalations flagged', () => {
    const values = new Map(RULES.map((r) => [r.id, r]));
    const totals = dayTotals(
      [
        { employeeId: 2, ruleId: ruleId('S01'), count: 3 },
        { employeeId: 2, ruleId: ruleId('P01'), count: 1 },
        { employeeId: 3, ruleId: ruleId('D01'), count: 2 },
        { employeeId: 3, ruleId: ruleId('S07'), count: 0 },
      ],
      values,
    );
    // member 2: −11 + 6 = −5, S01 escalated, team −5
    expect(totals.get(2)).toEqual({
      pointsCenti: -500,
      collectiveCenti: -500,
      escalatedRuleIds: [ruleId('S01')],
    });
    expect(totals.get(3)).toEqual({ pointsCenti: -400, collectiveCenti: 0, escalatedRuleIds: [] });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbState } from '../../mock-api/adapter';
import { DEFAULT_APPRAISAL_RULES } from '../../src/domain/defaults';
import { addDays, addMonths, shanghaiDate, shanghaiMonth } from '../../src/schema/time';
import { fixture } from './fixture';
import { call, get, startApi, type RunningApi } from './harness';

// The day and month of the server's clock, in Shanghai (the API reads "now" from the clock).
const today = shanghaiDate(Date.now());
const thisMonth = shanghaiMonth(Date.now());
const rid = (code: string) => DEFAULT_APPRAISAL_RULES.findIndex((r) => r.code === code) + 1;

function member(id: number, name: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    employeeNo: `BJ01-${id}`,
    name,
    gender: 'female',
    phone: null,
    branchId: 1,
    departmentId: 2,
    teamId: 2,
    position: '网络咨询员',
    roleGroup: 'consulting',
    baseSalary: 3000,
    hiredOn: '2024-01-01',
    leftOn: null,
    ...extra,
  };
}

/** The contract fixture plus a consulting team: leader 20, members 21 and 22; 23 has left. */
function state(): DbState {
  const s = fixture();
  s.teams = [...(s.teams as object[]), { id: 2, branchId: 1, name: '网络咨询组', leaderId: 20 }];
  s.employees = [
    ...(s.employees as object[]),
    member(20, '周组长', { position: '咨询组长' }),
    member(21, '吴网咨'),
    member(22, '郑电咨', { position: '电话咨询员' }),
    member(23, '冯离职', { leftOn: '2024-06-30' }),
  ];
  s['appraisal-rules'] = DEFAULT_APPRAISAL_RULES.map((r, i) => ({
    id: i + 1,
    ...r,
    effectiveFrom: null,
    versions: [],
  }));
  s['appraisal-events'] = [];
  s.consultations = [];
  return s;
}

type Errors = { message: string; errors: Record<string, string> };
type Row = Record<string, unknown> & { id: number };

let api: RunningApi;
beforeAll(async () => {
  api = await startApi({ state: state() });
});
afterAll(() => api.close());

const events = async () => (await get<Row[]>(api, '/appraisal-events')).body;

describe('appraisal events: the backend refuses what the rules forbid', () => {
  const post = (body: Record<string, unknown>) => call<Errors & Row>(api, 'POST', '/appraisal-events', body);

  it('takes a valid event', async () => {
    const r = await post({ employeeId: 21, ruleId: rid('S01'), occurredOn: today, count: 2 });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ employeeId: 21, count: 2, consultationId: null });
  });

  it('refuses a count below 1, a future day, and a leader rule for a member', async () => {
    const r = await post({ employeeId: 21, ruleId: rid('L01'), occurredOn: addDays(today, 1), count: 0 });
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.errors).sort()).toEqual(['count']);
    const r2 = await post({ employeeId: 21, ruleId: rid('L01'), occurredOn: addDays(today, 1), count: 1 });
    expect(r2.status).toBe(400);
    expect(r2.body.errors.occurredOn).toContain(today);
    expect(r2.body.errors.ruleId).toContain('组长');
  });

  it('refuses a member rule for the leader, in English when asked', async () => {
    const r = await call<Errors>(
      api,
      'POST',
      '/appraisal-events',
      { employeeId: 20, ruleId: rid('S07'), occurredOn: today },
      { 'Accept-Language': 'en' },
    );
    expect(r.status).toBe(400);
    expect(r.body.errors.ruleId).toBe('"对待顾客态度无礼或粗暴" applies to members, not the leader');
  });

  it('refuses an employee of no team, one who had left, and a fee rule without a fee', async () => {
    expect((await post({ employeeId: 1, ruleId: rid('P01'), occurredOn: today })).body.errors).toHaveProperty(
      'employeeId',
    );
    expect(
      (await post({ employeeId: 23, ruleId: rid('P01'), occurredOn: today })).body.errors.employeeId,
    ).toContain(today);
    expect(
      (await post({ employeeId: 22, ruleId: rid('C05'), occurredOn: today })).body.errors,
    ).toHaveProperty('fee');
    expect((await post({ employeeId: 22, ruleId: rid('C05'), occurredOn: today, fee: 8000 })).status).toBe(
      201,
    );
  });

  it('refuses new events of an inactive rule', async () => {
    expect((await call(api, 'PATCH', `/appraisal-rules/${rid('S06')}`, { active: false })).status).toBe(200);
    const r = await post({ employeeId: 21, ruleId: rid('S06'), occurredOn: today });
    expect(r.body.errors.ruleId).toContain('停用');
    await call(api, 'PATCH', `/appraisal-rules/${rid('S06')}`, { active: true });
  });
});

describe('daily team entry: one grid, one atomic save', () => {
  const day = addDays(today, -1);
  type Grid = {
    members: { employeeId: number; isLeader: boolean }[];
    rules: { id: number; code: string }[];
    applicable: Record<string, number[]>;
    cells: { employeeId: number; ruleId: number; count: number; eventIds: number[] }[];
  };
  const grid = async () => (await get<Grid>(api, `/appraisal-events/daily-entry?teamId=2&date=${day}`)).body;
  const save = (cells: unknown, date = day) =>
    call<Errors & { changed: number; grid: Grid }>(api, 'POST', '/appraisal-events/daily-entry', {
      teamId: 2,
      date,
      cells,
    });

  it('lists the members on the day (leader first) and the hand-counted rules each may get', async () => {
    const g = await grid();
    expect(g.members.map((m) => [m.employeeId, m.isLeader])).toEqual([
      [20, true],
      [21, false],
      [22, false],
    ]);
    const codes = g.rules.map((r) => r.code);
    expect(codes).toContain('L01');
    expect(codes).toContain('S07');
    expect(codes.some((c) => c.startsWith('C'))).toBe(false);
    const codeOf = (ids: number[]) => ids.map((id) => g.rules.find((r) => r.id === id)?.code);
    expect(codeOf(g.applicable['20'])).toEqual([
      'D04',
      'L01',
      'L02',
      'L03',
      'L04',
      'L05',
      'L06',
      'L07',
      'L08',
      'L09',
      'L10',
      'L11',
      'L12',
      'P01',
    ]);
    expect(codeOf(g.applicable['21'])).not.toContain('L01');
  });

  it('saves every cell at once, then changes, removes and keeps cells', async () => {
    const before = (await events()).length;
    const first = await save([
      { employeeId: 20, ruleId: rid('L01'), count: 1 },
      { employeeId: 21, ruleId: rid('S01'), count: 3 },
      { employeeId: 22, ruleId: rid('P01'), count: 1 },
    ]);
    expect(first.status).toBe(200);
    expect(first.body.changed).toBe(3);
    expect((await events()).length).toBe(before + 3);
    const kept = first.body.grid.cells.find((c) => c.employeeId === 20)?.eventIds;

    const second = await save([
      { employeeId: 20, ruleId: rid('L01'), count: 1 }, // unchanged: the same event stays
      { employeeId: 21, ruleId: rid('S01'), count: 2 }, // changed
      { employeeId: 22, ruleId: rid('P01'), count: 0 }, // removed
    ]);
    expect(second.body.changed).toBe(2);
    const cells = (await grid()).cells.map((c) => [c.employeeId, c.ruleId, c.count]);
    expect(cells).toEqual([
      [20, rid('L01'), 1],
      [21, rid('S01'), 2],
    ]);
    expect((await grid()).cells[0].eventIds).toEqual(kept);
    expect((await events()).length).toBe(before + 2);
  });

  it('refuses the whole save when one cell is wrong, naming the cell; nothing is written', async () => {
    const before = await events();
    const r = await save([
      { employeeId: 21, ruleId: rid('D01'), count: 1 },
      { employeeId: 21, ruleId: rid('L03'), count: 1 },
      { employeeId: 1, ruleId: rid('P01'), count: 1 },
      { employeeId: 22, ruleId: rid('C03'), count: 1 },
      { employeeId: 22, ruleId: rid('S02'), count: 1.5 },
    ]);
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.errors).sort()).toEqual([
      'cells.1.ruleId',
      'cells.2.employeeId',
      'cells.3.ruleId',
      'cells.4.count',
    ]);
    expect(await events()).toEqual(before);
  });

  it('refuses a future day and an unknown team', async () => {
    const r = await save([], addDays(today, 1));
    expect(r.status).toBe(400);
    expect(r.body.errors).toHaveProperty('date');
    const g = await get<Errors>(api, `/appraisal-events/daily-entry?teamId=99&date=${day}`);
    expect(g.status).toBe(400);
    expect(g.body.errors).toHaveProperty('teamId');
  });
});

describe('consultations create their conversion event once, linked back', () => {
  const consultation = {
    branchId: 1,
    consultantId: 22,
    channel: 'phone',
    prospectName: '林女士',
    question: '产后修复多久可以做？',
    receivedAt: `${today}T09:00:00+08:00`,
    outcome: 'none',
  };
  const linked = async (id: number) => (await events()).filter((e) => e.consultationId === id);

  it('follows the outcome: none → visit (C03) → surgery (C05, fee) → none, never twice', async () => {
    const c = await call<Row>(api, 'POST', '/consultations', consultation);
    expect(c.status).toBe(201);
    expect(await linked(c.body.id)).toEqual([]);

    await call(api, 'PATCH', `/consultations/${c.body.id}`, { outcome: 'registered_visit' });
    let ev = await linked(c.body.id);
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({
      employeeId: 22,
      ruleId: rid('C03'),
      count: 1,
      occurredOn: today,
      fee: null,
    });

    await call(api, 'PATCH', `/consultations/${c.body.id}`, { answeredAt: `${today}T09:05:00+08:00` });
    expect(await linked(c.body.id)).toEqual(ev);

    await call(api, 'PATCH', `/consultations/${c.body.id}`, { outcome: 'surgery', surgeryFee: 12000 });
    ev = await linked(c.body.id);
    expect(ev).toHaveLength(1);
    expect(ev[0]).toMatchObject({ ruleId: rid('C05'), fee: 12000 });

    await call(api, 'PATCH', `/consultations/${c.body.id}`, { outcome: 'none', surgeryFee: null });
    expect(await linked(c.body.id)).toEqual([]);
  });

  it('a consultation created with an outcome gets its event at once', async () => {
    const c = await call<Row>(api, 'POST', '/consultations', {
      ...consultation,
      consultantId: 21,
      channel: 'online_chat',
      outcome: 'screening_booked',
    });
    expect((await linked(c.body.id)).map((e) => e.ruleId)).toEqual([rid('C02')]);
  });
});

describe('appraisal rules: a change applies from a month the manager names', () => {
  const s02 = rid('S02');
  type Rule = Row & { versions: { until: string; points: number }[]; effectiveFrom: string | null };

  it('refuses a points change without an effective month, or with a past one', async () => {
    const none = await call<Errors>(api, 'PATCH', `/appraisal-rules/${s02}`, { points: -3 });
    expect(none.status).toBe(400);
    expect(none.body.errors.effectiveFrom).toContain(thisMonth);
    const past = await call<Errors>(api, 'PATCH', `/appraisal-rules/${s02}`, {
      points: -3,
      effectiveFrom: addMonths(thisMonth, -1),
    });
    expect(past.status).toBe(400);
  });

  it('keeps the old values for the months before, as a version', async () => {
    const next = addMonths(thisMonth, 1);
    const r = await call<Rule>(api, 'PATCH', `/appraisal-rules/${s02}`, { points: -3, effectiveFrom: next });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ points: -3, effectiveFrom: next });
    expect(r.body.versions).toEqual([
      expect.objectContaining({ until: thisMonth, points: -2, threshold: 2, escalationIndividualPoints: -5 }),
    ]);
    // a client cannot write the versions, and a name change moves nothing
    const renamed = await call<Rule>(api, 'PATCH', `/appraisal-rules/${s02}`, {
      name: '咨询电话未及时接听（三声内）',
      effectiveFrom: '2020-01',
      versions: [],
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.effectiveFrom).toBe(next);
    expect(renamed.body.versions).toHaveLength(1);
  });
});

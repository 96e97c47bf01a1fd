import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appraisalReportDefinition } from '../../reports/appraisal';
import { parseReportParams } from '../../reports/core/params';
import { runReport } from '../../reports/core/run';
import { httpRecordSource, signIn as tokenFor } from '../../reports/core/sources/http';
import { addDays, addMonths, shanghaiDate, shanghaiMonth } from '../../src/schema/time';
import { demoState, type Rows } from './demoDb';
import { call, get, signIn, startApi, type Client, type RunningApi } from './harness';
import { readDb } from './disk';

/**
 * The appraisal area as signed-in users meet it, on the demo seed: the manager of BJ01 enters
 * a day for a consulting team of the branch, cannot see or enter another branch's team; the
 * events name who recorded them; a rule changed for next month leaves this month's report as
 * it was. Expected values come from the database file and the spec, not from the API's code.
 */

type Row = Record<string, unknown> & { id: number };
type Errors = { message: string; errors: Record<string, string> };
interface Grid {
  members: { employeeId: number; isLeader: boolean }[];
  rules: { id: number; code: string }[];
  applicable: Record<string, number[]>;
  cells: { employeeId: number; ruleId: number; count: number; eventIds: number[] }[];
}
interface Report {
  month: string;
  employees: Record<string, unknown>[];
  teams: Record<string, unknown>[];
  escalations: { employeeId: number; code: string; date: string; count: number }[];
  rules: { code: string; points: number; versionUntil: string | null }[];
}

const today = shanghaiDate(Date.now());
const thisMonth = shanghaiMonth(Date.now());

let api: RunningApi;
let db: Rows;
let manager: Client;
let finance: Client;
let managerUserId: number;
const disk = () => readDb<Rows>(api.file);
const ruleId = (code: string) => (db['appraisal-rules'].find((r) => r.code === code) as Row).id;

/** A consulting team (咨询组) of a branch, with its members employed today. */
function consultingTeam(branchId: number) {
  const team = db.teams.find((t) => t.branchId === branchId && t.name === '咨询组') as Row;
  const members = db.employees.filter(
    (e) =>
      e.teamId === team.id &&
      (e.hiredOn as string) <= today &&
      (e.leftOn === null || (e.leftOn as string) >= today),
  );
  const leader = team.leaderId as number;
  const member = members.find((e) => e.id !== leader) as Row;
  return { team, leader, member: member.id };
}

beforeAll(async () => {
  api = await startApi({ state: demoState(), auth: true });
  db = disk();
  [manager, finance] = await Promise.all([signIn(api, 'manager'), signIn(api, 'finance')]);
  managerUserId = (db.users.find((u) => u.username === 'manager') as Row).id;
}, 60_000);
afterAll(() => api.close());

const entry = (client: Client, teamId: number, cells: unknown, date = today) =>
  call<Errors & { changed: number; grid: Grid }>(client, 'POST', '/appraisal-events/daily-entry', {
    teamId,
    date,
    cells,
  });

describe('a team leader’s day, entered by the branch manager', () => {
  it('shows the team of the manager’s branch, leader first, leader rules for the leader only', async () => {
    const { team, leader, member } = consultingTeam(1);
    const g = await get<Grid>(manager, `/appraisal-events/daily-entry?teamId=${team.id}&date=${today}`);
    expect(g.status).toBe(200);
    expect(g.body.members[0]).toEqual(expect.objectContaining({ employeeId: leader, isLeader: true }));
    const codes = (ids: number[]) => ids.map((id) => g.body.rules.find((r) => r.id === id)?.code);
    expect(codes(g.body.applicable[String(leader)])).toContain('L01');
    expect(codes(g.body.applicable[String(leader)])).not.toContain('S01');
    expect(codes(g.body.applicable[String(member)])).toContain('S01');
    expect(codes(g.body.applicable[String(member)])).not.toContain('L01');
  });

  it('saves the day in one write, each event naming the manager as its recorder', async () => {
    const { team, leader, member } = consultingTeam(1);
    const before = disk()['appraisal-events'].length;
    const r = await entry(manager, team.id as number, [
      { employeeId: leader, ruleId: ruleId('L01'), count: 1 },
      { employeeId: member, ruleId: ruleId('S01'), count: 3 },
    ]);
    expect(r.status).toBe(200);
    const after = disk()['appraisal-events'];
    const mine = after.filter(
      (e) =>
        e.occurredOn === today &&
        ((e.employeeId === leader && e.ruleId === ruleId('L01')) ||
          (e.employeeId === member && e.ruleId === ruleId('S01'))) &&
        e.consultationId == null,
    );
    expect(after.length - before).toBe(r.body.changed);
    expect(mine.map((e) => [e.employeeId, e.count, e.recordedById]).sort()).toEqual(
      [
        [leader, 1, managerUserId],
        [member, 3, managerUserId],
      ].sort(),
    );
  });

  it('the month’s report shows the escalation of three S01 in the day', async () => {
    const { member } = consultingTeam(1);
    const r = await get<Report>(manager, `/reports/appraisal?month=${thisMonth}&branch=BJ01`);
    expect(r.status).toBe(200);
    expect(r.body.escalations).toContainEqual(
      expect.objectContaining({ employeeId: member, code: 'S01', date: today, count: 3 }),
    );
  });

  it('refuses a negative count, a member rule for the leader, a leader rule for a member', async () => {
    const { team, leader, member } = consultingTeam(1);
    const r = await entry(manager, team.id as number, [
      { employeeId: member, ruleId: ruleId('D01'), count: -1 },
      { employeeId: leader, ruleId: ruleId('S02'), count: 1 },
      { employeeId: member, ruleId: ruleId('L02'), count: 1 },
    ]);
    expect(r.status).toBe(400);
    expect(Object.keys(r.body.errors).sort()).toEqual(['cells.0.count', 'cells.1.ruleId', 'cells.2.ruleId']);
    expect(r.body.errors['cells.2.ruleId']).toContain('组长');
  });

  it('refuses a future day', async () => {
    const { team, member } = consultingTeam(1);
    const r = await entry(
      manager,
      team.id as number,
      [{ employeeId: member, ruleId: ruleId('D01'), count: 1 }],
      addDays(today, 1),
    );
    expect(r.status).toBe(400);
    expect(r.body.errors.date).toContain(today);
  });

  it('another branch’s team can be neither read nor entered by the manager of BJ01', async () => {
    const { team, member } = consultingTeam(2);
    const before = disk()['appraisal-events'].length;
    const g = await get<Errors>(manager, `/appraisal-events/daily-entry?teamId=${team.id}&date=${today}`);
    expect(g.status).toBe(403);
    expect(JSON.stringify(g.body)).not.toContain(
      (db.employees.find((e) => e.id === member) as Row).name as string,
    );
    const w = await entry(manager, team.id as number, [
      { employeeId: member, ruleId: ruleId('D01'), count: 1 },
    ]);
    expect(w.status).toBe(403);
    expect(disk()['appraisal-events'].length).toBe(before);
  });

  it('finance reads the events but cannot enter a day', async () => {
    const { team, member } = consultingTeam(1);
    const w = await entry(finance, team.id as number, [
      { employeeId: member, ruleId: ruleId('D01'), count: 1 },
    ]);
    expect(w.status).toBe(403);
    expect((await get(finance, '/appraisal-events?_end=1')).status).toBe(200);
  });
});

describe('a rule changed for next month leaves this month as it was', () => {
  it('same employees, teams and pay before and after; the month says it used the old values', async () => {
    const path = `/reports/appraisal?month=${thisMonth}`;
    const before = await get<Report>(manager, path);
    expect(before.status).toBe(200);
    expect(before.body.rules.find((r) => r.code === 'S01')).toMatchObject({ points: -2, versionUntil: null });

    const next = addMonths(thisMonth, 1);
    const patch = await call<Row>(manager, 'PATCH', `/appraisal-rules/${ruleId('S01')}`, {
      points: -3,
      effectiveFrom: next,
    });
    expect(patch.status).toBe(200);
    expect(patch.body).toMatchObject({ points: -3, effectiveFrom: next });

    const after = await get<Report>(manager, path);
    expect(after.body.employees).toEqual(before.body.employees);
    expect(after.body.teams).toEqual(before.body.teams);
    expect(after.body.escalations).toEqual(before.body.escalations);
    expect(after.body.rules.find((r) => r.code === 'S01')).toMatchObject({
      points: -2,
      versionUntil: thisMonth,
    });
    // there is at least one S01 in the month (entered above), so the test can tell
    expect(before.body.escalations.some((x) => x.code === 'S01')).toBe(true);
  });

  it('refuses an effective month in the past', async () => {
    const r = await call<Errors>(manager, 'PATCH', `/appraisal-rules/${ruleId('S02')}`, {
      points: -4,
      effectiveFrom: addMonths(thisMonth, -1),
    });
    expect(r.status).toBe(400);
    expect(r.body.errors.effectiveFrom).toContain(thisMonth);
  });
});

describe('finance computes the month from the records it may read (the --api command)', () => {
  it('reads what the report needs and gets the numbers of the report route', async () => {
    const month = addMonths(thisMonth, -1);
    const route = await get<Report>(finance, `/reports/appraisal?month=${month}&branch=BJ01`);
    expect(route.status).toBe(200);
    const token = await tokenFor(api.baseURL, 'finance', 'Demo@2026');
    const parsed = parseReportParams({ month, branch: 'BJ01' }, 'zh', new Date());
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const run = await runReport(
      appraisalReportDefinition,
      httpRecordSource({ api: api.baseURL, token }),
      parsed.params,
      'zh',
    );
    const result = JSON.parse(JSON.stringify(run.result)) as Report;
    expect(result.employees.length).toBeGreaterThan(0);
    expect(result.employees).toEqual(route.body.employees);
    expect(result.teams).toEqual(route.body.teams);
  });
});

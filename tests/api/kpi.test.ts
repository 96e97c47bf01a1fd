import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbState } from '../../mock-api/adapter';
import { shanghaiMonth } from '../../src/schema/time';
import { demoState, type Rows } from './demoDb';
import { call, get, signIn, startApi, type Client, type RunningApi } from './harness';

/**
 * The monthly KPI cycle through real HTTP with sign-in (DOMAIN §5.2, §9): open month, self and
 * supervisor scores, confirmation with metrics frozen, who may move which state, annual results,
 * training assessments. The demo seed of 2026-11-20 with November's appraisals removed, so that
 * the manager opens the month; expectations are counted from the seed's rows in the test.
 */

const NOW = new Date('2026-11-20T04:00:00.000Z');
const MONTH = '2026-11';
type Row = Record<string, unknown> & { id: number };
type Breakdown = {
  appraisal: Row;
  result: {
    finalScore: number | null;
    grade: string | null;
    bonusCoefficient: number | null;
    indicators: {
      key: string;
      source: string;
      weight: number;
      score: number | null;
      actual: number | null;
    }[];
  };
  template: { indicators: { key: string; source: string; weight: number }[] };
  steps: string[];
  live: boolean;
};

let api: RunningApi;
let db: Rows;
const clients: Record<string, Client> = {};
const user = (name: string) => (db.users as Row[]).find((u) => u.username === name) as Row;
const employee = (id: unknown) => (db.employees as Row[]).find((e) => e.id === id) as Row;
const active = (e: Row) =>
  (e.hiredOn as string).slice(0, 7) <= MONTH &&
  (e.leftOn === null || (e.leftOn as string).slice(0, 7) >= MONTH);

beforeAll(async () => {
  const state = demoState();
  state['monthly-appraisals'] = (state['monthly-appraisals'] as Row[]).filter((m) => m.month !== MONTH);
  db = state as unknown as Rows;
  api = await startApi({ state: state as DbState, auth: true, now: () => NOW });
  for (const name of ['admin', 'manager', 'cs', 'finance', 'quality'])
    clients[name] = await signIn(api, name);
}, 120_000);
afterAll(() => api.close());

async function appraisalOf(employeeId: unknown, month = MONTH): Promise<Row> {
  const r = await get<Row[]>(
    clients.admin,
    `/monthly-appraisals?employeeId=${String(employeeId)}&month=${month}`,
  );
  expect(r.body).toHaveLength(1);
  return r.body[0];
}

const step = (who: string, id: number, body: Record<string, unknown>) =>
  call<Breakdown & { message: string; errors?: Record<string, string> }>(
    clients[who],
    'POST',
    `/monthly-appraisals/${id}/steps`,
    body,
  );

function manualKeys(b: Breakdown): string[] {
  return b.template.indicators.filter((i) => i.source === 'manual').map((i) => i.key);
}

describe('open month', () => {
  it('refuses a malformed or future month, and roles without the right', async () => {
    expect(
      (await call(clients.manager, 'POST', '/monthly-appraisals/open', { month: '2026-13' })).status,
    ).toBe(400);
    const future = await call<{ message: string }>(clients.manager, 'POST', '/monthly-appraisals/open', {
      month: '2026-12',
    });
    expect(future.status).toBe(422);
    expect(future.body.message).toContain('2026-11');
    expect((await call(clients.cs, 'POST', '/monthly-appraisals/open', { month: MONTH })).status).toBe(403);
    expect((await call(clients.finance, 'POST', '/monthly-appraisals/open', { month: MONTH })).status).toBe(
      403,
    );
  });

  it("creates self_pending appraisals for the manager's active staff, once", async () => {
    const expected = (db.employees as Row[]).filter((e) => e.branchId === 1 && active(e)).length;
    const first = await call<{ created: number; existing: number; active: number }>(
      clients.manager,
      'POST',
      '/monthly-appraisals/open',
      { month: MONTH },
    );
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ created: expected, existing: 0, active: expected });
    const again = await call<{ created: number; existing: number }>(
      clients.manager,
      'POST',
      '/monthly-appraisals/open',
      { month: MONTH },
    );
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: 0, existing: expected });
    const all = (db.employees as Row[]).filter(active).length;
    const admin = await call<{ created: number }>(clients.admin, 'POST', '/monthly-appraisals/open', {
      month: MONTH,
    });
    expect(admin.body.created).toBe(all - expected);
    const list = await get<Row[]>(clients.admin, `/monthly-appraisals?month=${MONTH}&_end=1000`);
    expect(list.body).toHaveLength(all);
    for (const m of list.body)
      expect(m).toMatchObject({ status: 'self_pending', finalScore: null, grade: null });
  });
});

describe('the monthly cycle', () => {
  it('self-assessment by the employee, supervisor scoring and confirmation by the manager', async () => {
    const cs = user('cs');
    const a = await appraisalOf(cs.employeeId);
    // The supervisor cannot score before the self-assessment.
    const early = await step('manager', a.id, { step: 'supervisor', scores: {} });
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('待自评');

    const view = await get<Breakdown>(clients.cs, `/monthly-appraisals/${a.id}/breakdown`);
    expect(view.status).toBe(200);
    expect(view.body.steps).toEqual(['self']);
    const keys = manualKeys(view.body);
    expect(keys.length).toBeGreaterThan(2);

    // Submitting an incomplete self-assessment: 422 naming the missing indicators.
    const partial = await step('cs', a.id, { step: 'self', scores: { [keys[0]]: 90 }, submit: true });
    expect(partial.status).toBe(422);
    expect(Object.keys(partial.body.errors ?? {}).sort()).toEqual(
      keys
        .slice(1)
        .map((k) => `scores.${k}`)
        .sort(),
    );
    // Bad scores: 400 per key.
    const bad = await step('cs', a.id, { step: 'self', scores: { [keys[0]]: 101, attendance: 90, nope: 1 } });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors ?? {}).sort()).toEqual(
      ['scores.attendance', 'scores.nope', `scores.${keys[0]}`].sort(),
    );

    const self = Object.fromEntries(keys.map((k) => [k, 90]));
    const submitted = await step('cs', a.id, { step: 'self', scores: self, submit: true });
    expect(submitted.status).toBe(200);
    expect(submitted.body.appraisal.status).toBe('supervisor_pending');
    // The employee cannot score themself as supervisor.
    expect((await step('cs', a.id, { step: 'supervisor', scores: self })).status).toBe(403);
    // Finance reads but does not score.
    expect((await step('finance', a.id, { step: 'confirm' })).status).toBe(403);

    const sup = Object.fromEntries(keys.map((k) => [k, 80]));
    const missing = await step('manager', a.id, { step: 'confirm', scores: { [keys[0]]: 80 } });
    expect(missing.status).toBe(422);
    const stale = await step('manager', a.id, { step: 'confirm', scores: sup, version: 1 });
    expect(stale.status).toBe(409);
    const done = await step('manager', a.id, { step: 'confirm', scores: sup, comments: '沟通及时' });
    expect(done.status).toBe(200);
    expect(done.body.appraisal).toMatchObject({ status: 'confirmed', comments: '沟通及时' });

    // The final score, recomputed here from the indicator scores: Σ w × s ÷ Σ w over the scored ones.
    const scored = done.body.result.indicators.filter((i) => i.score !== null);
    const expected =
      scored.reduce((s, i) => s + i.weight * (i.score as number), 0) /
      scored.reduce((s, i) => s + i.weight, 0);
    expect(done.body.appraisal.finalScore).toBeCloseTo(expected, 1);
    for (const i of done.body.result.indicators.filter((x) => x.source === 'manual'))
      expect(i.score).toBe(83); // 0.3×90 + 0.7×80
    const grade =
      (done.body.appraisal.finalScore as number) >= 90
        ? 'A'
        : (done.body.appraisal.finalScore as number) >= 80
          ? 'B'
          : (done.body.appraisal.finalScore as number) >= 70
            ? 'C'
            : 'D';
    expect(done.body.appraisal.grade).toBe(grade);

    // Confirmed is final: no second confirmation, no edit, no deletion.
    expect((await step('manager', a.id, { step: 'confirm' })).status).toBe(409);
    expect(
      (await call(clients.manager, 'PATCH', `/monthly-appraisals/${a.id}`, { comments: 'x' })).status,
    ).toBe(409);
    expect((await call(clients.manager, 'DELETE', `/monthly-appraisals/${a.id}`)).status).toBe(409);
  });

  it("computes the complaint handling rate as the complaints report's by-handler figure, then freezes it", async () => {
    // A customer-service employee of branch 1 (not the cs user) who handled complaints in November.
    const received = (db.complaints as Row[]).filter(
      (c) =>
        shanghaiMonth(c.receivedAt as string) === MONTH &&
        !['withdrawn', 'invalid'].includes(c.status as string),
    );
    const handlers = [...new Set(received.map((c) => c.handlerId))].filter(
      (h) =>
        h !== user('cs').employeeId &&
        employee(h)?.roleGroup === 'customer_service' &&
        employee(h)?.branchId === 1,
    );
    expect(handlers.length).toBeGreaterThan(0);
    const h = handlers[0];
    const mine = received.filter((c) => c.handlerId === h);
    const rate = Math.round((1000 * mine.filter((c) => c.resolvedAt !== null).length) / mine.length) / 10;

    const a = await appraisalOf(h);
    const live = await get<Breakdown>(clients.manager, `/monthly-appraisals/${a.id}/breakdown`);
    expect(live.body.live).toBe(true);
    expect(live.body.appraisal.autoValues).toMatchObject({ complaintHandlingRate: rate });
    const report = await get<{ byHandler: { handlerId: number; handlingRate: number | null }[] }>(
      clients.manager,
      `/reports/complaints?month=${MONTH}&branch=BJ01&format=json`,
    );
    const row = report.body.byHandler.find((r) => r.handlerId === h);
    expect(Math.round((row?.handlingRate ?? -1) * 1000) / 10).toBe(rate);

    const keys = manualKeys(live.body);
    const scores = Object.fromEntries(keys.map((k) => [k, 85]));
    // A manager scores the self-assessment for the employee, then as supervisor.
    expect((await step('manager', a.id, { step: 'self', scores, submit: true })).status).toBe(200);
    const confirmed = await step('manager', a.id, { step: 'confirm', scores });
    expect(confirmed.status).toBe(200);

    // A new unresolved complaint for the handler in November changes nothing once confirmed.
    const c = (db.complaints as Row[]).find((x) => x.branchId === 1) as Row;
    const created = await call(clients.manager, 'POST', '/complaints', {
      branchId: 1,
      customerId: c.customerId,
      complainantName: '测试',
      complainantPhone: '13800000000',
      channel: 'hotline',
      category: c.category,
      severity: 'minor',
      receivedAt: '2026-11-18T02:00:00.000Z',
      description: '测试投诉',
      handlerId: h,
      involvedStaffIds: [],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const after = await get<Breakdown>(clients.manager, `/monthly-appraisals/${a.id}/breakdown`);
    expect(after.body.live).toBe(false);
    expect(after.body.appraisal.autoValues).toMatchObject({ complaintHandlingRate: rate });
  });

  it('keeps the order and the roles: returns, reopening, own appraisal, scope', async () => {
    const manager = user('manager');
    const own = await appraisalOf(manager.employeeId);
    const view = await get<Breakdown>(clients.manager, `/monthly-appraisals/${own.id}/breakdown`);
    const scores = Object.fromEntries(manualKeys(view.body).map((k) => [k, 95]));
    expect((await step('manager', own.id, { step: 'self', scores, submit: true })).status).toBe(200);
    const selfConfirm = await step('manager', own.id, { step: 'confirm', scores });
    expect(selfConfirm.status).toBe(403);
    expect(selfConfirm.body.message).toContain('不能评自己');
    expect((await step('admin', own.id, { step: 'return' })).body.appraisal.status).toBe('self_pending');

    // Another branch's appraisal is invisible to the branch-1 manager.
    const other = (db.employees as Row[]).find((e) => e.branchId !== 1 && active(e)) as Row;
    const theirs = await appraisalOf(other.id);
    expect((await step('manager', theirs.id, { step: 'self', scores: {} })).status).toBe(404);
    expect((await get(clients.manager, `/monthly-appraisals/${theirs.id}/breakdown`)).status).toBe(404);

    // Generic writes cannot move the state or the scores.
    const patch = await call<{ message: string }>(clients.manager, 'PATCH', `/monthly-appraisals/${own.id}`, {
      status: 'confirmed',
    });
    expect(patch.status).toBe(409);
    expect(patch.body.message).toContain('/steps');
    expect(
      (await call(clients.manager, 'PATCH', `/monthly-appraisals/${own.id}`, { month: '2026-10' })).status,
    ).toBe(400);
    expect(
      (await call(clients.manager, 'PATCH', `/monthly-appraisals/${own.id}`, { comments: '好' })).status,
    ).toBe(200);
    expect(
      (await call(clients.manager, 'POST', `/monthly-appraisals/${own.id}/steps`, { step: 'fly' })).status,
    ).toBe(400);

    // Reopening a confirmed appraisal is the administrator's.
    const cs = await appraisalOf(user('cs').employeeId);
    expect((await step('manager', cs.id, { step: 'reopen' })).status).toBe(403);
    const reopened = await step('admin', cs.id, { step: 'reopen' });
    expect(reopened.body.appraisal).toMatchObject({
      status: 'supervisor_pending',
      finalScore: null,
      grade: null,
    });
  });
});

describe('annual results', () => {
  it('computes the mean of the confirmed months of the year, idempotently', async () => {
    const first = await call<{ created: number; updated: number }>(
      clients.manager,
      'POST',
      '/annual-appraisals/compute',
      { year: 2026 },
    );
    expect(first.status).toBe(201);
    const again = await call<{ created: number; updated: number }>(
      clients.manager,
      'POST',
      '/annual-appraisals/compute',
      { year: 2026 },
    );
    expect(again.body).toEqual({ year: 2026, created: 0, updated: 0 });
    const rows = await get<Row[]>(clients.admin, '/annual-appraisals?year=2026&_end=1000');
    const months = await get<Row[]>(clients.admin, '/monthly-appraisals?_end=100000');
    const a = rows.body[0];
    const finals = months.body
      .filter(
        (m) =>
          m.employeeId === a.employeeId &&
          (m.month as string).startsWith('2026-') &&
          m.status === 'confirmed',
      )
      .map((m) => m.finalScore as number);
    // Half-up to 2 decimals (83.925 → 83.93).
    expect(a.monthlyMean).toBe(
      Math.round((finals.reduce((s, v) => s + v, 0) / finals.length) * 100 + 1e-6) / 100,
    );
    const adjusted = await call<Row>(clients.manager, 'PATCH', `/annual-appraisals/${a.id}`, {
      adjustment: 5,
      finalScore: 1,
    });
    expect(adjusted.status).toBe(200);
    expect(adjusted.body.finalScore).toBeCloseTo(Math.min(100, (a.monthlyMean as number) + 5), 2);
    expect((await call(clients.manager, 'POST', '/annual-appraisals/compute', { year: 'x' })).status).toBe(
      400,
    );
  });
});

describe('training assessments', () => {
  it('computes the total and the pass, and checks attendance and retakes', async () => {
    const session = (db['training-sessions'] as Row[]).find(
      (s) => s.branchId === 1 && (s.attendeeIds as number[]).length >= 2,
    ) as Row;
    const [first] = session.attendeeIds as number[];
    const outsider = (db.employees as Row[]).find(
      (e) => e.branchId === 1 && !(session.attendeeIds as number[]).includes(e.id),
    ) as Row;
    const body = {
      sessionId: session.id,
      theoryScore: 50,
      practicalScore: 55,
      performanceScore: 61,
      total: 99,
      passed: true,
    };
    const notThere = await call<{ errors: Record<string, string> }>(
      clients.manager,
      'POST',
      '/training-assessments',
      { ...body, employeeId: outsider.id },
    );
    expect(notThere.status).toBe(400);
    expect(Object.keys(notThere.body.errors)).toEqual(['employeeId']);
    const failed = await call<Row>(clients.manager, 'POST', '/training-assessments', {
      ...body,
      employeeId: first,
    });
    expect(failed.status).toBe(201);
    // (50 + 55 + 61) ÷ 3 = 55.333… → 55.3, a fail
    expect(failed.body).toMatchObject({ total: 55.3, passed: false });
    const summary = await get<{
      retakesOwed: { assessmentId: number }[];
      byBranch: { branchId: number; passRate: number | null }[];
    }>(clients.manager, '/training-assessments/summary?from=2025-01-01&to=2026-12-31');
    expect(summary.body.retakesOwed.map((o) => o.assessmentId)).toContain(failed.body.id);
    expect(summary.body.byBranch.map((b) => b.branchId)).toEqual([1]);

    const retake = await call<Row>(clients.manager, 'POST', '/training-assessments', {
      ...body,
      employeeId: first,
      theoryScore: 70,
      practicalScore: 65,
      performanceScore: 80,
      retakeOfId: failed.body.id,
    });
    expect(retake.status).toBe(201);
    expect(retake.body).toMatchObject({ total: 71.7, passed: true });
    const twice = await call<{ errors: Record<string, string> }>(
      clients.manager,
      'POST',
      '/training-assessments',
      {
        ...body,
        employeeId: first,
        retakeOfId: failed.body.id,
      },
    );
    expect(twice.status).toBe(422);
    expect(Object.keys(twice.body.errors)).toEqual(['retakeOfId']);
    const after = await get<{ retakesOwed: { assessmentId: number }[] }>(
      clients.manager,
      '/training-assessments/summary?from=2025-01-01&to=2026-12-31',
    );
    expect(after.body.retakesOwed.map((o) => o.assessmentId)).not.toContain(failed.body.id);
  });
});

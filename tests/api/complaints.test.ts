import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, get, startApi, type RunningApi } from './harness';

let api: RunningApi;
beforeEach(async () => {
  api = await startApi();
});
afterEach(() => api.close());

const EN = { 'Accept-Language': 'en' };
type Complaint = Record<string, unknown> & {
  id: number;
  complaintNo: string;
  status: string;
  history: { at: string; from: string | null; to: string; note: string | null }[];
};
type Refusal = { message: string; errors?: Record<string, string>; allowed?: string[]; status?: string };

const base = {
  branchId: 1, // BJ01
  complainantName: '赵女士',
  channel: 'hotline',
  category: 'service_attitude',
  severity: 'serious',
  description: '接待人员态度冷淡',
};

async function create(body: Record<string, unknown>) {
  const r = await call<Complaint>(api, 'POST', '/complaints', { ...base, ...body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body;
}

const step = (id: number, body: Record<string, unknown>, headers?: Record<string, string>) =>
  call<Complaint & Refusal>(api, 'POST', `/complaints/${id}/transitions`, body, headers);

describe('complaint numbers', () => {
  it('numbers per branch and Shanghai month, ignoring a number the client sends', async () => {
    // 23:30 on Oct 31 in Shanghai is October; 00:30 on Nov 1 (16:30Z on Oct 31) is November.
    const oct = await create({ receivedAt: '2026-10-31T23:30:00+08:00', complaintNo: 'TS-XX-000000-9999' });
    const nov = await create({ receivedAt: '2026-10-31T16:30:00Z' });
    const nov2 = await create({ receivedAt: '2026-11-05T09:00:00+08:00' });
    const sh = await create({ branchId: 2, receivedAt: '2026-11-05T09:00:00+08:00' });
    expect([oct, nov, nov2, sh].map((c) => c.complaintNo)).toEqual([
      'TS-BJ01-202610-0001',
      'TS-BJ01-202611-0001',
      'TS-BJ01-202611-0002',
      'TS-SH01-202611-0001',
    ]);
  });

  it('never gives a number again, not after a delete nor a restart', async () => {
    await create({ receivedAt: '2026-11-05T09:00:00+08:00' });
    const second = await create({ receivedAt: '2026-11-06T09:00:00+08:00' });
    expect(second.complaintNo).toBe('TS-BJ01-202611-0002');
    expect((await call(api, 'DELETE', `/complaints/${second.id}`)).status).toBe(200);
    await api.stop();
    api = await startApi({ reopen: api });
    const third = await create({ receivedAt: '2026-11-07T09:00:00+08:00' });
    expect(third.complaintNo).toBe('TS-BJ01-202611-0003');
  });

  it('keeps the number on edits, even of the receipt or the branch', async () => {
    const c = await create({ receivedAt: '2026-11-05T09:00:00+08:00' });
    const r = await call<Complaint>(api, 'PATCH', `/complaints/${c.id}`, {
      branchId: 2,
      complaintNo: 'TS-SH01-202611-0042',
    });
    expect(r.status).toBe(200);
    expect(r.body.complaintNo).toBe(c.complaintNo);
  });
});

describe('complaint deadlines', () => {
  it('sets the deadlines from the severity record, and again when a correction changes it', async () => {
    const c = await create({ receivedAt: '2026-11-05T09:00:00+08:00' }); // serious: 4 h / 120 h
    expect(c.respondDueAt).toBe('2026-11-05T05:00:00.000Z');
    expect(c.resolveDueAt).toBe('2026-11-10T01:00:00.000Z');
    // A manager shortens "critical" to 2 h / 48 h; the complaint is reclassified as critical.
    const critical = (await get<{ id: number }[]>(api, '/complaint-deadlines?severity=critical')).body[0];
    await call(api, 'PATCH', `/complaint-deadlines/${critical.id}`, { respondHours: 2, resolveHours: 48 });
    const r = await call<Complaint>(api, 'PATCH', `/complaints/${c.id}`, { severity: 'critical' });
    expect(r.body.respondDueAt).toBe('2026-11-05T03:00:00.000Z');
    expect(r.body.resolveDueAt).toBe('2026-11-07T01:00:00.000Z');
  });

  it('refuses a severity without a deadline record, and a receipt in the future', async () => {
    const minor = (await get<{ id: number }[]>(api, '/complaint-deadlines?severity=minor')).body[0];
    expect((await call(api, 'DELETE', `/complaint-deadlines/${minor.id}`)).status).toBe(200);
    const r = await call<Refusal>(
      api,
      'POST',
      '/complaints',
      { ...base, severity: 'minor', receivedAt: '2026-11-05T09:00:00+08:00' },
      EN,
    );
    expect(r.status).toBe(400);
    expect(r.body.errors?.severity).toMatch(/deadline/);
    const future = new Date(Date.now() + 3 * 3_600_000).toISOString();
    const f = await call<Refusal>(api, 'POST', '/complaints', { ...base, receivedAt: future }, EN);
    expect(f.status).toBe(400);
    expect(f.body.errors?.receivedAt).toBe('Cannot be later than now');
    expect((await get<unknown[]>(api, '/complaints')).body).toHaveLength(3);
  });
});

describe('complaint lifecycle', () => {
  it('walks received → closed, reopened and closed again, with history and timestamps', async () => {
    const c = await create({ receivedAt: '2026-11-05T09:00:00+08:00' });
    expect(c.status).toBe('received');
    expect(c.history).toEqual([
      { at: '2026-11-05T01:00:00.000Z', from: null, to: 'received', byUserId: null, note: null },
    ]);
    expect(c.reopenedCount).toBe(0);

    const ack = await step(c.id, { to: 'acknowledged', note: '已电话联系顾客' });
    expect(ack.status).toBe(200);
    expect(ack.body.acknowledgedAt).toBe(ack.body.history[1].at);
    expect((await step(c.id, { to: 'investigating' })).status).toBe(200);
    const resolved = await step(c.id, {
      to: 'resolved',
      rootCause: '前台人员培训不足',
      resolution: 'refund',
      refundAmount: 200,
      responsibleStaffIds: [2],
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body).toMatchObject({ status: 'resolved', refundAmount: 200, responsibleStaffIds: [2] });
    const firstResolvedAt = resolved.body.resolvedAt;
    expect(firstResolvedAt).toBe(resolved.body.history[3].at);

    const closed = await step(c.id, { to: 'closed', handlingSatisfaction: 2 });
    expect(closed.body).toMatchObject({ status: 'closed', handlingSatisfaction: 2 });
    const reopened = await step(c.id, { to: 'investigating', note: '顾客对退款金额不满意' });
    expect(reopened.body).toMatchObject({ status: 'investigating', reopenedCount: 1 });
    await step(c.id, { to: 'resolved', refundAmount: 500 });
    const final = await step(c.id, { to: 'closed', unreachable: true, note: '回访三次均未能联系上顾客' });
    expect(final.status).toBe(200);
    expect(final.body).toMatchObject({
      status: 'closed',
      handlingSatisfaction: null,
      refundAmount: 500,
      reopenedCount: 1,
    });
    expect(final.body.resolvedAt).toBe(firstResolvedAt);
    expect(final.body.closedAt).toBe(closed.body.closedAt);
    expect(final.body.history.map((h) => `${h.from}>${h.to}`)).toEqual([
      'null>received',
      'received>acknowledged',
      'acknowledged>investigating',
      'investigating>resolved',
      'resolved>closed',
      'closed>investigating',
      'investigating>resolved',
      'resolved>closed',
    ]);
    expect(final.body.history[7].note).toBe('回访三次均未能联系上顾客');
    // What the API answered is what it stored.
    expect((await get(api, `/complaints/${c.id}`)).body).toMatchObject({
      status: 'closed',
      reopenedCount: 1,
    });
  });

  it('refuses a transition the lifecycle does not allow with 409 naming the allowed next states', async () => {
    const c = await create({ receivedAt: '2026-11-05T09:00:00+08:00' });
    const r = await step(c.id, { to: 'resolved', rootCause: 'x', resolution: 'apology' }, EN);
    expect(r.status).toBe(409);
    expect(r.body.allowed).toEqual(['acknowledged', 'withdrawn', 'invalid']);
    expect(r.body.message).toBe(
      'A complaint cannot go from "Received" to "Resolved"; allowed next states: Acknowledged、Withdrawn、Invalid',
    );
    const zh = await step(c.id, { to: 'closed', handlingSatisfaction: 5 });
    expect(zh.body.message).toBe(
      '投诉状态不能从「已登记」变为「已回访结案」；允许的下一状态：已受理、投诉人撤回、无效投诉',
    );
    // Nothing changed.
    const stored = (await get<Complaint>(api, `/complaints/${c.id}`)).body;
    expect(stored.status).toBe('received');
    expect(stored.history).toHaveLength(1);
  });

  it('applies a status sent in a plain PATCH as the same transition', async () => {
    const c = await create({ receivedAt: '2026-11-05T09:00:00+08:00' });
    const jump = await call<Refusal>(api, 'PATCH', `/complaints/${c.id}`, { status: 'closed' });
    expect(jump.status).toBe(409);
    expect(jump.body.allowed).toEqual(['acknowledged', 'withdrawn', 'invalid']);
    const ok = await call<Complaint>(api, 'PATCH', `/complaints/${c.id}`, { status: 'acknowledged' });
    expect(ok.status).toBe(200);
    expect(ok.body.history.map((h) => h.to)).toEqual(['received', 'acknowledged']);
    // An edit that leaves the status alone is no transition.
    const edit = await call<Complaint>(api, 'PATCH', `/complaints/${c.id}`, {
      status: 'acknowledged',
      description: '补充说明',
    });
    expect(edit.body.history).toHaveLength(2);
  });

  it('refuses closing without a follow-up outcome (422), resolving without findings, ending without a reason', async () => {
    const c = await create({ receivedAt: '2026-11-05T09:00:00+08:00' });
    await step(c.id, { to: 'acknowledged' });
    await step(c.id, { to: 'investigating' });
    const bare = await step(c.id, { to: 'resolved' }, EN);
    expect(bare.status).toBe(422);
    expect(Object.keys(bare.body.errors ?? {}).sort()).toEqual(['resolution', 'rootCause']);
    const refund = await step(c.id, { to: 'resolved', rootCause: '收费解释不清', resolution: 'refund' });
    expect(refund.status).toBe(400); // the declaration's own rule: a refund needs its amount
    expect(refund.body.errors?.refundAmount).toBeDefined();
    expect(
      (await step(c.id, { to: 'resolved', rootCause: '收费解释不清', resolution: 'explanation' })).status,
    ).toBe(200);

    const close = await step(c.id, { to: 'closed' }, EN);
    expect(close.status).toBe(422);
    expect(close.body.errors?.handlingSatisfaction).toMatch(/follow-up outcome/);
    const noNote = await step(c.id, { to: 'closed', unreachable: true });
    expect(noNote.status).toBe(422);
    expect(noNote.body.errors?.note).toBeDefined();
    const badRating = await step(c.id, { to: 'closed', handlingSatisfaction: 6 });
    expect(badRating.status).toBe(400);
    expect((await get<Complaint>(api, `/complaints/${c.id}`)).body.status).toBe('resolved');

    const other = await create({ receivedAt: '2026-11-06T09:00:00+08:00' });
    expect((await step(other.id, { to: 'withdrawn' })).status).toBe(422);
    expect((await step(other.id, { to: 'withdrawn', note: '顾客撤回' })).body.status).toBe('withdrawn');
    const after = await step(other.id, { to: 'acknowledged' }, EN);
    expect(after.status).toBe(409);
    expect(after.body.allowed).toEqual([]);
    expect(after.body.message).toMatch(/none \(it has ended\)/);
  });

  it('refuses a step taken from a state someone else has already left', async () => {
    const c = await create({ receivedAt: '2026-11-05T09:00:00+08:00' });
    await step(c.id, { to: 'acknowledged', from: 'received' });
    const late = await step(c.id, { to: 'acknowledged', from: 'received' }, EN);
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({
      status: 'acknowledged',
      allowed: ['investigating', 'withdrawn', 'invalid'],
    });
    expect((await get<Complaint>(api, `/complaints/${c.id}`)).body.history).toHaveLength(2);
  });

  it('answers bad transition requests with 4xx and field errors', async () => {
    const c = await create({ receivedAt: '2026-11-05T09:00:00+08:00' });
    expect((await step(c.id, { to: 'done' })).status).toBe(400);
    expect(
      (await step(c.id, { to: 'acknowledged', unreachable: 'yes' })).body.errors?.unreachable,
    ).toBeDefined();
    expect((await step(c.id, { to: 'acknowledged', colour: 'red' })).body.errors?.colour).toBeDefined();
    expect((await step(999, { to: 'acknowledged' })).status).toBe(404);
    expect((await step(c.id, '[1,2]' as unknown as Record<string, unknown>)).status).toBe(400);
    expect((await call(api, 'POST', `/complaints/abc/transitions`, { to: 'acknowledged' })).status).toBe(404);
  });
});

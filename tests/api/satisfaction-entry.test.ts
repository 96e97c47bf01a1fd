import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VALIDITY_JUDGES as API_JUDGES } from '../../mock-api/features/satisfaction/validity';
import { VALIDITY_JUDGES as CONSOLE_JUDGES } from '../../src/features/satisfaction/rights';
import { demoState } from './demoDb';
import { call, get, signIn, startApi, type Client, type RunningApi } from './harness';

type Body = Record<string, unknown> & { id: number; message?: string; errors?: Record<string, string> };
interface AuditRow {
  action: string;
  userId: number;
  changes: string;
}

let api: RunningApi;
afterEach(() => api.close());

describe('who rules on a survey response’s validity (signed in, demo data)', () => {
  let admin: Client;
  let cs: Client;
  let quality: Client;
  /** A valid, complete response of a branch every role here sees. */
  let target: Body;

  beforeEach(async () => {
    api = await startApi({ state: demoState(), auth: true });
    admin = await signIn(api, 'admin');
    cs = await signIn(api, 'cs');
    quality = await signIn(api, 'quality');
    target = (await get<Body[]>(admin, '/survey-responses?valid=true&_sort=id&_order=asc&_start=0&_end=1'))
      .body[0];
  });

  const audit = async (id: number) =>
    (await get<AuditRow[]>(admin, `/audit-logs?resource=survey-responses&recordId=${id}&_sort=id`)).body;

  it('the console and the API name the same roles', () => {
    expect([...CONSOLE_JUDGES].sort()).toEqual([...API_JUDGES].sort());
    expect([...API_JUDGES].sort()).toEqual(['admin', 'manager', 'quality_supervisor']);
  });

  it('refuses customer service marking a response invalid or valid, changing nothing and logging nothing', async () => {
    const marked = await call<Body>(cs, 'PATCH', `/survey-responses/${target.id}`, {
      valid: false,
      invalidReason: 'duplicate',
    });
    expect(marked.status).toBe(403);
    expect(marked.body.errors).toEqual({
      valid: '只有质检主管、院长/经理或系统管理员可以判定答卷有效或无效',
    });
    expect((await get<Body>(admin, `/survey-responses/${target.id}`)).body).toMatchObject({
      valid: true,
      invalidReason: null,
    });
    expect(await audit(target.id)).toEqual([]);
    // nor may it enter a new response already judged
    const judged = await call<Body>(
      cs,
      'POST',
      '/survey-responses',
      {
        templateId: target.templateId,
        branchId: target.branchId,
        channel: 'phone',
        submittedAt: '2026-11-19T10:00:00+08:00',
        scores: target.scores,
        valid: false,
        invalidReason: 'test',
      },
      { 'Accept-Language': 'en' },
    );
    expect(judged.status).toBe(403);
    expect(judged.body.message).toBe(
      'Only a quality supervisor, a manager or the administrator may mark a response valid or invalid',
    );
  });

  it('lets customer service correct answers; an answer removed makes it incomplete by the rule', async () => {
    const scores = target.scores as Record<string, number>;
    const [first, ...rest] = Object.keys(scores);
    const changed = await call<Body>(cs, 'PATCH', `/survey-responses/${target.id}`, {
      comment: '电话回访补记',
    });
    expect(changed.status).toBe(200);
    const emptied = await call<Body>(cs, 'PATCH', `/survey-responses/${target.id}`, {
      scores: Object.fromEntries(rest.map((k) => [k, scores[k]])),
    });
    expect(emptied.status).toBe(200);
    expect(emptied.body).toMatchObject({ valid: false, invalidReason: 'incomplete' });
    expect(emptied.body.scores).not.toHaveProperty(first);
    const completed = await call<Body>(cs, 'PATCH', `/survey-responses/${target.id}`, { scores });
    expect(completed.body).toMatchObject({ valid: true, invalidReason: null });
  });

  it('the quality supervisor marks invalid with a reason and valid again, each step audited under their name', async () => {
    const noReason = await call<Body>(quality, 'PATCH', `/survey-responses/${target.id}`, { valid: false });
    expect(noReason.status).toBe(400);
    expect(Object.keys(noReason.body.errors ?? {})).toEqual(['invalidReason']);

    const invalid = await call<Body>(quality, 'PATCH', `/survey-responses/${target.id}`, {
      valid: false,
      invalidReason: 'careless',
    });
    expect(invalid.status).toBe(200);
    const valid = await call<Body>(quality, 'PATCH', `/survey-responses/${target.id}`, {
      valid: true,
      invalidReason: null,
    });
    expect(valid.body).toMatchObject({ valid: true, invalidReason: null });

    const me = (await get<{ user: { id: number } }>(quality, '/auth/me')).body.user;
    const log = await audit(target.id);
    expect(log.map((l) => [l.action, l.userId])).toEqual([
      ['update', me.id],
      ['update', me.id],
    ]);
    expect(log.map((l) => JSON.parse(l.changes) as unknown)).toEqual([
      { valid: [true, false], invalidReason: [null, 'careless'] },
      { valid: [false, true], invalidReason: ['careless', null] },
    ]);
  });
});

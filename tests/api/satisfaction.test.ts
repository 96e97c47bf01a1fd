import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DbState } from '../../mock-api/adapter';
import { DEFAULT_SURVEY_TEMPLATE } from '../../src/domain/defaults';
import { demoState } from './demoDb';
import { fixture } from './fixture';
import { call, get, signIn, startApi, type RunningApi } from './harness';

type Body = Record<string, unknown> & { id: number; message?: string; errors?: Record<string, string> };

let api: RunningApi;
afterEach(() => api.close());

/** The contract fixture with the default template (id 1) and one answer to it (so its shape is locked). */
function withSurveys(): DbState {
  const state = fixture();
  state['survey-templates'] = [
    { id: 1, ...DEFAULT_SURVEY_TEMPLATE },
    {
      id: 2,
      name: '到店体验（10 分）',
      scale: 10,
      hasNps: false,
      active: true,
      dimensions: [
        { key: 'waiting', label: '等候时间', weight: 2, required: true },
        { key: 'comfort', label: '舒适度', weight: 1, required: false },
      ],
    },
  ];
  state['survey-responses'] = [
    {
      id: 1,
      templateId: 1,
      branchId: 1,
      customerId: 1,
      staffId: 2,
      serviceItemId: 1,
      channel: 'face_to_face',
      submittedAt: '2026-11-02T03:00:00.000Z',
      scores: { quality: 5, attitude: 4, environment: 4, effect: 5 },
      nps: 9,
      comment: null,
      valid: true,
      invalidReason: null,
    },
  ];
  return state;
}

const answer = (body: Record<string, unknown>) =>
  call<Body>(api, 'POST', '/survey-responses', {
    templateId: 2,
    branchId: 1,
    channel: 'online',
    submittedAt: '2026-11-05T10:00:00+08:00',
    ...body,
  });

describe('survey templates', () => {
  beforeEach(async () => {
    api = await startApi({ state: withSurveys() });
  });

  it('takes a new template with a new dimension; weights need not add up to 1 but must be positive', async () => {
    const dims = [
      { key: 'quality', label: '护理服务质量', weight: 3, required: true },
      { key: 'privacy', label: '隐私保护', weight: 1, required: true },
    ];
    const made = await call<Body>(api, 'POST', '/survey-templates', {
      name: '新模板',
      scale: 5,
      dimensions: dims,
    });
    expect(made.status).toBe(201);
    const zero = await call<Body>(api, 'POST', '/survey-templates', {
      name: '零权重',
      scale: 5,
      dimensions: [{ ...dims[0], weight: 0 }],
    });
    expect(zero.status).toBe(400);
    expect(Object.keys(zero.body.errors ?? {})).toEqual(['dimensions.0.weight']);
  });

  it('lets a template with answers change labels, weights and required flags', async () => {
    const dims = DEFAULT_SURVEY_TEMPLATE.dimensions.map((d, i) => ({
      ...d,
      label: `${d.label}（新）`,
      weight: i + 1,
    }));
    const r = await call<Body>(api, 'PATCH', '/survey-templates/1', { dimensions: dims, hasNps: false });
    expect(r.status).toBe(200);
  });

  it('refuses to change the keys or the scale of a template with answers, and offers a copy', async () => {
    const dims = [
      ...DEFAULT_SURVEY_TEMPLATE.dimensions,
      { key: 'privacy', label: '隐私保护', weight: 0.1, required: false },
    ];
    const added = await call<Body & { copy: string }>(api, 'PATCH', '/survey-templates/1', {
      dimensions: dims,
    });
    expect(added.status).toBe(409);
    expect(added.body.message).toMatch(/已有 1 份答卷.*维度代码/);
    expect(added.body.errors).toEqual({ dimensions: expect.stringContaining('privacy') as string });
    expect(added.body.copy).toBe('/survey-templates/1/copy');
    const scale = await call<Body>(
      api,
      'PATCH',
      '/survey-templates/1',
      { scale: 10 },
      { 'Accept-Language': 'en' },
    );
    expect(scale.status).toBe(409);
    expect(scale.body.errors).toEqual({
      scale: 'Answered responses use the 5-point scale: it cannot change',
    });
    // nothing changed
    const stored = await get<Body>(api, '/survey-templates/1');
    expect(stored.body).toMatchObject({ scale: 5, dimensions: DEFAULT_SURVEY_TEMPLATE.dimensions });

    const copy = await call<Body>(api, 'POST', '/survey-templates/1/copy', { dimensions: dims });
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({
      name: '服务满意度调查表（副本）',
      scale: 5,
      hasNps: true,
      dimensions: dims,
    });
    const again = await call<Body>(api, 'POST', '/survey-templates/1/copy', {});
    expect(again.body.name).toBe('服务满意度调查表（副本 2）');
    // the copy has no answers: its shape may change
    expect((await call(api, 'PATCH', `/survey-templates/${copy.body.id}`, { scale: 10 })).status).toBe(200);
  });

  it('lets a template without answers change its shape', async () => {
    const r = await call<Body>(api, 'PATCH', '/survey-templates/2', { scale: 5 });
    expect(r.status).toBe(200);
  });
});

describe('survey responses', () => {
  beforeEach(async () => {
    api = await startApi({ state: withSurveys() });
  });

  it('checks scores against the template: keys, whole numbers within the scale, the NPS only when asked', async () => {
    // Beyond the declaration's 0–10 (and not whole) is refused before the template is read.
    const beyond = await answer({ scores: { waiting: 11, comfort: 2.5 } });
    expect(Object.keys(beyond.body.errors ?? {})).toEqual(['scores.waiting', 'scores.comfort']);
    const bad = await answer({ scores: { waiting: 10, speed: 3 }, nps: 8 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors).toEqual({
      'scores.speed': '调查表「到店体验（10 分）」没有维度 speed',
      nps: '调查表「到店体验（10 分）」不含推荐意愿题，请留空',
    });
    const offScale = await answer({
      templateId: 1,
      scores: { quality: 7, attitude: 5, environment: 5, effect: 5 },
    });
    expect(offScale.body.errors).toEqual({ 'scores.quality': 'quality 应为 1 到 5 的整数' });
    const good = await answer({ scores: { waiting: 10 } });
    expect(good.status).toBe(201);
    expect(good.body).toMatchObject({ valid: true, invalidReason: null });
  });

  it('keeps a response missing a required answer, as invalid and incomplete, even when sent as valid', async () => {
    const r = await answer({ scores: { comfort: 7 }, valid: true });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ valid: false, invalidReason: 'incomplete', scores: { comfort: 7 } });
    // marking it valid while the answer is missing is refused…
    const refused = await call<Body>(api, 'PATCH', `/survey-responses/${r.body.id}`, {
      valid: true,
      invalidReason: null,
    });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual({ valid: '缺少必答维度（waiting），不能标为有效' });
    // …completing it makes it valid
    const done = await call<Body>(api, 'PATCH', `/survey-responses/${r.body.id}`, {
      scores: { comfort: 7, waiting: 6 },
    });
    expect(done.body).toMatchObject({ valid: true, invalidReason: null });
    // and "incomplete" no longer applies
    const wrong = await call<Body>(api, 'PATCH', `/survey-responses/${r.body.id}`, {
      valid: false,
      invalidReason: 'incomplete',
    });
    expect(wrong.status).toBe(400);
    expect(Object.keys(wrong.body.errors ?? {})).toEqual(['invalidReason']);
  });

  it('marks a response invalid with a reason and valid again', async () => {
    const invalid = await call<Body>(api, 'PATCH', '/survey-responses/1', {
      valid: false,
      invalidReason: 'duplicate',
    });
    expect(invalid.body).toMatchObject({ valid: false, invalidReason: 'duplicate' });
    const noReason = await call<Body>(api, 'PATCH', '/survey-responses/1', {
      valid: false,
      invalidReason: null,
    });
    expect(noReason.status).toBe(400);
    const valid = await call<Body>(api, 'PATCH', '/survey-responses/1', { valid: true, invalidReason: null });
    expect(valid.body).toMatchObject({ valid: true, invalidReason: null });
  });
});

describe('follow-ups', () => {
  const NOW = new Date('2026-11-18T02:00:00.000Z'); // 10:00 on 2026-11-18 in Shanghai

  function withFollowUps(): DbState {
    const state = fixture();
    const f = (id: number, dueOn: string, doneAt: string | null = null, staffId = 2) => ({
      id,
      customerId: 1,
      branchId: 1,
      subjectType: 'contract',
      subjectId: 1,
      staffId,
      dueOn,
      doneAt,
      method: 'phone',
      result: doneAt ? 'reached' : null,
      notes: null,
    });
    state['follow-ups'] = [
      f(1, '2026-11-18'),
      f(2, '2026-11-15'),
      f(3, '2026-11-17', null, 3),
      f(4, '2026-11-18', '2026-11-18T01:00:00.000Z'),
      f(5, '2026-11-19'),
    ];
    return state;
  }

  beforeEach(async () => {
    api = await startApi({ state: withFollowUps(), now: () => NOW });
  });

  it('lists what is due today and overdue, for one caller if asked', async () => {
    const all = await get<{ today: string; dueToday: Body[]; overdue: Body[] }>(api, '/follow-ups/due');
    expect(all.body.today).toBe('2026-11-18');
    expect(all.body.dueToday.map((x) => x.id)).toEqual([1]);
    expect(all.body.overdue.map((x) => x.id)).toEqual([2, 3]);
    const mine = await get<{ overdue: Body[] }>(api, '/follow-ups/due?staffId=3');
    expect(mine.body.overdue.map((x) => x.id)).toEqual([3]);
    const later = await get<{ dueToday: Body[] }>(api, '/follow-ups/due?today=2026-11-19');
    expect(later.body.dueToday.map((x) => x.id)).toEqual([5]);
    const bad = await get<Body>(api, '/follow-ups/due?today=11/19&staffId=x');
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors ?? {})).toEqual(['today', 'staffId']);
  });

  it('records a result with the server’s time, once', async () => {
    const r = await call<Body>(api, 'POST', '/follow-ups/2/record', { result: 'unreachable' });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ result: 'unreachable', doneAt: NOW.toISOString() });
    const twice = await call<Body>(api, 'POST', '/follow-ups/2/record', { result: 'reached' });
    expect(twice.status).toBe(409);
    expect(twice.body.message).toBe('该回访已于 2026-11-18 10:00 记录结果');
    const none = await call<Body>(api, 'POST', '/follow-ups/1/record', {});
    expect(none.status).toBe(400);
    expect(none.body.errors).toEqual({ result: '请选择回访结果' });
    const wrong = await call<Body>(api, 'POST', '/follow-ups/1/record', { result: 'maybe' });
    expect(wrong.status).toBe(400);
    expect((await call(api, 'POST', '/follow-ups/99/record', { result: 'reached' })).status).toBe(404);
  });
});

describe('a resolved complaint', () => {
  beforeEach(async () => {
    api = await startApi({ now: () => new Date('2026-11-18T02:00:00.000Z') });
  });

  it('creates its follow-up visit, due the next day, with its handler calling; once per resolution', async () => {
    const c = await call<Body>(api, 'POST', '/complaints', {
      branchId: 1,
      customerId: 1,
      complainantName: '丁国英',
      channel: 'hotline',
      category: 'service_attitude',
      severity: 'general',
      description: '护理师迟到',
      receivedAt: '2026-11-16T09:00:00+08:00',
      handlerId: 2,
    });
    expect(c.status).toBe(201);
    const step = (body: Record<string, unknown>) =>
      call<Body>(api, 'POST', `/complaints/${c.body.id}/transitions`, body);
    await step({ to: 'acknowledged' });
    await step({ to: 'investigating' });
    const forComplaint = async () =>
      (
        await get<Body[]>(
          api,
          `/follow-ups?subjectType=complaint&subjectId_gte=${c.body.id}&subjectId_lte=${c.body.id}`,
        )
      ).body;
    expect(await forComplaint()).toEqual([]);
    const resolved = await step({ to: 'resolved', rootCause: '排班冲突', resolution: 'apology' });
    expect(resolved.status).toBe(200);
    const made = await forComplaint();
    expect(made).toMatchObject([
      {
        customerId: 1,
        branchId: 1,
        subjectType: 'complaint',
        staffId: 2,
        dueOn: '2026-11-19',
        doneAt: null,
        result: null,
      },
    ]);
    // reopened and resolved again while the first call is still open: no second visit
    await step({ to: 'investigating', note: '顾客仍不满意' });
    await step({ to: 'resolved' });
    expect(await forComplaint()).toHaveLength(1);
  });

  it('creates none for a complainant without a customer file', async () => {
    const step = (body: Record<string, unknown>) =>
      call<Body>(api, 'POST', '/complaints/1/transitions', body);
    await step({ to: 'acknowledged' });
    await step({ to: 'investigating' });
    expect((await step({ to: 'resolved', rootCause: 'x', resolution: 'explanation' })).status).toBe(200);
    expect((await get<Body[]>(api, '/follow-ups')).body).toEqual([]);
  });
});

describe('with sign-in', () => {
  beforeEach(async () => {
    api = await startApi({ state: demoState(), auth: true });
  });

  it('the quality supervisor rules on validity (audited) and on nothing else of a response', async () => {
    const quality = await signIn(api, 'quality');
    const r = (await get<Body[]>(quality, '/survey-responses?valid=true&_start=0&_end=1')).body[0];
    const marked = await call<Body>(quality, 'PATCH', `/survey-responses/${r.id}`, {
      valid: false,
      invalidReason: 'careless',
    });
    expect(marked.status).toBe(200);
    const log = await get<{ action: string; changes: string }[]>(
      await signIn(api, 'admin'),
      `/audit-logs?resource=survey-responses&recordId=${r.id}`,
    );
    expect(log.body).toHaveLength(1);
    expect(JSON.parse(log.body[0].changes)).toMatchObject({
      valid: [true, false],
      invalidReason: [null, 'careless'],
    });
    const scores = await call<Body>(quality, 'PATCH', `/survey-responses/${r.id}`, { comment: '改写' });
    expect(scores.status).toBe(403);
  });
});

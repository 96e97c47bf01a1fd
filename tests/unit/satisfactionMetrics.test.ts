import { describe, expect, it } from 'vitest';
import {
  indexTemplates,
  lowScores,
  matchesFilter,
  monthOf,
  scoreResponses,
  summarise,
  summariseBy,
  wilsonInterval,
  type ResponseRecord,
  type TemplateRecord,
} from '../../src/domain/satisfaction';

/**
 * Expected values are worked out by hand in the comments (the Wilson bounds with a calculator:
 * centre = (p + z²/2n) ÷ (1 + z²/n), half = z·√(p(1−p)/n + z²/4n²) ÷ (1 + z²/n), z = 1.96).
 */

const DEFAULT: TemplateRecord = {
  id: 1,
  scale: 5,
  hasNps: true,
  dimensions: [
    { key: 'quality', label: '护理服务质量', weight: 0.3, required: true },
    { key: 'attitude', label: '服务态度', weight: 0.3, required: true },
    { key: 'environment', label: '环境设施', weight: 0.2, required: true },
    { key: 'effect', label: '产品效果', weight: 0.2, required: true },
  ],
};

/** Weights 2 and 1 (they need not add up to 1); `b` optional. */
const TEN: TemplateRecord = {
  id: 2,
  scale: 10,
  hasNps: false,
  dimensions: [
    { key: 'a', label: 'A', weight: 2, required: true },
    { key: 'b', label: 'B', weight: 1, required: false },
  ],
};

let nextId = 1;
function response(scores: Record<string, number>, extra: Partial<ResponseRecord> = {}): ResponseRecord {
  return {
    id: nextId++,
    templateId: 1,
    branchId: 1,
    channel: 'face_to_face',
    submittedAt: '2026-10-10T02:00:00.000Z',
    scores,
    nps: null,
    comment: null,
    valid: true,
    invalidReason: null,
    ...extra,
  };
}

const q = (quality: number, attitude: number, environment: number, effect: number) => ({
  quality,
  attitude,
  environment,
  effect,
});

const templates = indexTemplates([DEFAULT, TEN]);
const KEYS5 = ['quality', 'attitude', 'environment', 'effect'];

describe('satisfaction metrics on the default 5-point template', () => {
  // overall = .3q + .3a + .2e + .2f
  const r1 = response(q(5, 5, 4, 4), { nps: 10 }); // 1.5 + 1.5 + .8 + .8 = 4.6 → satisfied
  const r2 = response(q(4, 3, 3, 2), { nps: 9 }); // 1.2 + .9 + .6 + .4 = 3.1
  const r3 = response(q(1, 2, 2, 1), {
    nps: 3,
    comment: '等了很久',
    submittedAt: '2026-10-12T02:00:00.000Z',
  }); // 1.5 → low
  // flagged valid, but the required `effect` is missing: excluded all the same
  const sneaky = response({ quality: 5, attitude: 5, environment: 5 }, { nps: 10 });
  const careless = response(q(5, 5, 5, 5), { valid: false, invalidReason: 'careless', nps: 10 });
  // out of range for the scale: not a value, so incomplete
  const outOfScale = response(q(5, 5, 5, 6), { nps: 10 });
  const all = [r1, r2, r3, sneaky, careless, outOfScale];
  const s = summarise(scoreResponses(all, templates), KEYS5);

  it('counts responses, valid ones and the excluded (flag false, or a required answer missing)', () => {
    expect(s).toMatchObject({ responses: 6, valid: 3, excluded: 3, smallSample: true });
  });

  it('scores each dimension 100 × (mean − 1) ÷ (scale − 1) over the valid responses only', () => {
    // quality (5+4+1)/3 = 10/3 → 100 × (7/3) / 4 = 58.33; attitude (5+3+2)/3 the same;
    // environment (4+3+2)/3 = 3 → 50; effect (4+2+1)/3 = 7/3 → 100 × (4/3) / 4 = 33.33
    expect(s.dimensions.quality).toBeCloseTo(58.3333, 3);
    expect(s.dimensions.attitude).toBeCloseTo(58.3333, 3);
    expect(s.dimensions.environment).toBeCloseTo(50, 6);
    expect(s.dimensions.effect).toBeCloseTo(33.3333, 3);
  });

  it('weighs the dimension scores into the composite', () => {
    // .3 × 58.33 + .3 × 58.33 + .2 × 50 + .2 × 33.33 = 17.5 + 17.5 + 10 + 6.667 = 51.667
    expect(s.composite).toBeCloseTo(51.6667, 3);
  });

  it('gives CSAT top-2-box with its Wilson interval', () => {
    // 1 of 3 rated ≥ 4; p = 1/3, n = 3: centre .42692, half .36542
    expect(s.csat).toBeCloseTo(1 / 3, 10);
    expect(s.csatLow).toBeCloseTo(0.061492, 5);
    expect(s.csatHigh).toBeCloseTo(0.79234, 5);
  });

  it('gives NPS as promoters − detractors among the valid answers with an nps', () => {
    // 10 and 9 promote, 3 detracts: (2/3 − 1/3) × 100
    expect(s.nps).toBeCloseTo(33.3333, 3);
    expect(s).toMatchObject({ npsAnswers: 3, passives: 0 });
    expect(s.promoters).toBeCloseTo(2 / 3, 10);
    expect(s.detractors).toBeCloseTo(1 / 3, 10);
  });

  it('lists valid responses rated ≤ 2, newest first, never an excluded one', () => {
    const low1 = response(q(2, 2, 2, 2), { submittedAt: '2026-10-11T02:00:00.000Z', comment: '一般偏差' }); // 2.0
    const lowButInvalid = response(q(1, 1, 1, 1), { valid: false, invalidReason: 'test' });
    const list = lowScores(scoreResponses([...all, low1, lowButInvalid], templates));
    expect(list.map((l) => l.responseId)).toEqual([r3.id, low1.id]);
    expect(list[0]).toMatchObject({ comment: '等了很久', scale: 5, nps: 3 });
    expect(list[0].overall).toBeCloseTo(1.5, 10);
  });

  it('counts an overall rating of exactly 4 as satisfied despite binary rounding', () => {
    // .3 × 4 + .3 × 4 + .2 × 4 + .2 × 4 is 3.9999999999999996 in floating point
    const fours = summarise(scoreResponses([response(q(4, 4, 4, 4))], templates), KEYS5);
    expect(fours.csat).toBe(1);
  });
});

describe('satisfaction metrics on a 10-point template with weights 2 : 1', () => {
  const t = (scores: Record<string, number>) => response(scores, { templateId: 2 });
  const s1 = t({ a: 10, b: 7 }); // (20 + 7) / 3 = 9 → satisfied (≥ 8)
  const s2 = t({ a: 8 }); // b optional: 8 → satisfied on the boundary
  const s3 = t({ a: 3, b: 4 }); // (6 + 4) / 3 = 3.33 → low (≤ 4)
  const s4 = t({ a: 7, b: 9 }); // (14 + 9) / 3 = 7.67
  const scored = scoreResponses([s1, s2, s3, s4], templates);
  const s = summarise(scored, ['a', 'b']);

  it('reads the scale, normalises the weights and uses 0.8 × scale for CSAT', () => {
    // a: mean 7 → 100 × 6 / 9 = 66.667; b: mean 20/3 → 100 × (17/3) / 9 = 62.963
    expect(s.dimensions.a).toBeCloseTo(66.6667, 3);
    expect(s.dimensions.b).toBeCloseTo(62.963, 3);
    // (2 × 66.667 + 1 × 62.963) / 3
    expect(s.composite).toBeCloseTo(65.4321, 3);
    expect(s.csat).toBe(0.5);
    expect(s.csatLow).toBeCloseTo(0.150039, 5);
    expect(s.csatHigh).toBeCloseTo(0.849961, 5);
    expect(s.nps).toBeNull();
    expect(s.npsAnswers).toBe(0);
  });

  it('lists ≤ 0.4 × scale as low', () => {
    const list = lowScores(scored);
    expect(list.map((l) => l.responseId)).toEqual([s3.id]);
    expect(list[0].overall).toBeCloseTo(10 / 3, 10);
  });

  it('averages a dimension shared by templates of different scales on the 0–100 score', () => {
    const mixed = indexTemplates([
      DEFAULT,
      { ...TEN, dimensions: [{ key: 'quality', label: 'Q', weight: 1, required: true }] },
    ]);
    const five = response(q(5, 5, 5, 5)); // quality 100
    const ten = response({ quality: 1 }, { templateId: 2 }); // quality 0
    expect(summarise(scoreResponses([five, ten], mixed), ['quality']).dimensions.quality).toBe(50);
  });
});

describe('satisfaction metrics at the edges', () => {
  it('n = 0: counts 0, every figure null, a small sample', () => {
    const s = summarise([], KEYS5);
    expect(s).toEqual({
      responses: 0,
      valid: 0,
      excluded: 0,
      dimensions: { quality: null, attitude: null, environment: null, effect: null },
      composite: null,
      csat: null,
      csatLow: null,
      csatHigh: null,
      nps: null,
      npsAnswers: 0,
      promoters: null,
      passives: null,
      detractors: null,
      smallSample: true,
    });
  });

  it('n = 0 valid: only excluded responses', () => {
    const s = summarise(
      scoreResponses([response(q(5, 5, 5, 5), { valid: false, invalidReason: 'duplicate' })], templates),
      KEYS5,
    );
    expect(s).toMatchObject({ responses: 1, valid: 0, excluded: 1, composite: null, csat: null, nps: null });
  });

  it('n = 1: a single answer has a wide interval', () => {
    const s = summarise(scoreResponses([response(q(5, 4, 4, 4), { nps: 6 })], templates), KEYS5);
    // overall 4.3 → satisfied; p = 1, n = 1: centre .60332, half .39668 → [.20655, 1]
    expect(s.csat).toBe(1);
    expect(s.csatLow).toBeCloseTo(0.206549, 5);
    expect(s.csatHigh).toBe(1);
    // .3 × 100 + .3 × 75 + .2 × 75 + .2 × 75 = 82.5
    expect(s.composite).toBeCloseTo(82.5, 10);
    expect(s.nps).toBe(-100);
    expect(s.smallSample).toBe(true);
  });

  it('all 5s: 100 everywhere, and 30 valid responses are no longer a small sample', () => {
    const fives = Array.from({ length: 30 }, () => response(q(5, 5, 5, 5), { nps: 10 }));
    const s = summarise(scoreResponses(fives, templates), KEYS5);
    expect(s.dimensions).toEqual({ quality: 100, attitude: 100, environment: 100, effect: 100 });
    expect(s.composite).toBe(100);
    expect(s.csat).toBe(1);
    // p = 1, n = 30: (1 + z²/60 − z·√(z²/3600)) ÷ (1 + z²/30) = .88649
    expect(s.csatLow).toBeCloseTo(0.886487, 5);
    expect(s.csatHigh).toBeCloseTo(1, 10);
    expect(s.nps).toBe(100);
    expect(s.smallSample).toBe(false);
    expect(summarise(scoreResponses(fives.slice(1), templates), KEYS5).smallSample).toBe(true);
    expect(lowScores(scoreResponses(fives, templates))).toEqual([]);
  });

  it('a response of an unknown template is excluded, never counted', () => {
    const s = summarise(scoreResponses([response(q(5, 5, 5, 5), { templateId: 99 })], templates), KEYS5);
    expect(s).toMatchObject({ responses: 1, valid: 0, excluded: 1 });
  });

  it('Wilson interval: 0 of 1, and none for n = 0', () => {
    expect(wilsonInterval(0, 1)).toEqual({ low: 0, high: expect.closeTo(0.793451, 5) as number });
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe('satisfaction filters and breakdowns', () => {
  // 2026-10-31 23:59:59.999 and 2026-11-01 00:00 in Shanghai
  const lateOct = response(q(5, 5, 5, 5), {
    submittedAt: '2026-10-31T15:59:59.999Z',
    branchId: 1,
    staffId: 7,
  });
  const earlyNov = response(q(3, 3, 3, 3), {
    submittedAt: '2026-10-31T16:00:00.000Z',
    branchId: 2,
    channel: 'online',
  });

  it('cuts periods and months on Shanghai days', () => {
    expect(matchesFilter(lateOct, { from: '2026-10-01', to: '2026-10-31' })).toBe(true);
    expect(matchesFilter(earlyNov, { from: '2026-10-01', to: '2026-10-31' })).toBe(false);
    expect(monthOf(earlyNov)).toBe('2026-11');
    expect(monthOf(lateOct)).toBe('2026-10');
  });

  it('filters by branch, staff, service item and channel', () => {
    expect(matchesFilter(lateOct, { branchIds: [2] })).toBe(false);
    expect(matchesFilter(lateOct, { staffId: 7 })).toBe(true);
    expect(matchesFilter(earlyNov, { staffId: 7 })).toBe(false);
    expect(matchesFilter(earlyNov, { channel: 'online', branchIds: [1, 2] })).toBe(true);
    expect(matchesFilter(earlyNov, { serviceItemId: 3 })).toBe(false);
  });

  it('summarises by group in one pass, each group on its own', () => {
    const by = summariseBy(scoreResponses([lateOct, earlyNov], templates), KEYS5, (r) => r.branchId);
    expect(by.get(1)).toMatchObject({ valid: 1, composite: 100, csat: 1 });
    expect(by.get(2)).toMatchObject({ valid: 1, composite: 50, csat: 0 });
    const byStaff = summariseBy(scoreResponses([lateOct, earlyNov], templates), KEYS5, (r) => r.staffId);
    expect([...byStaff.keys()]).toEqual([7]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  copyName,
  missingRequired,
  normaliseTemplate,
  overallRating,
  scoreProblems,
  shapeChange,
  type TemplateRecord,
} from '../../src/domain/satisfaction';

const template: TemplateRecord = {
  id: 1,
  scale: 5,
  hasNps: false,
  dimensions: [
    { key: 'quality', label: '质量', weight: 3, required: true },
    { key: 'attitude', label: '态度', weight: 1, required: true },
    { key: 'extra', label: '其他', weight: 1, required: false },
  ],
};

describe('survey templates', () => {
  it('normalise weights into shares and set the thresholds of the scale', () => {
    const t = normaliseTemplate(template);
    expect(t.dimensions.map((d) => d.share)).toEqual([0.6, 0.2, 0.2]);
    expect(t).toMatchObject({ satisfiedFrom: 4, lowUpTo: 2 });
    expect(normaliseTemplate({ ...template, scale: 10 })).toMatchObject({ satisfiedFrom: 8, lowUpTo: 4 });
  });

  it('refuse a weight that is not positive', () => {
    const bad = { ...template, dimensions: [{ key: 'a', label: 'A', weight: 0, required: true }] };
    expect(() => normaliseTemplate(bad)).toThrow(/not positive/);
  });

  it('see a change of keys or scale, and nothing else, as a change of shape', () => {
    const relabelled = {
      scale: 5,
      dimensions: [...template.dimensions]
        .reverse()
        .map((d) => ({ ...d, label: `${d.label}!`, weight: 9, required: !d.required })),
    };
    expect(shapeChange(template, relabelled)).toBeNull();
    const added = {
      scale: 5,
      dimensions: [...template.dimensions, { key: 'wait', label: '等候', weight: 1, required: false }],
    };
    expect(shapeChange(template, added)).toEqual({ scale: false, addedKeys: ['wait'], removedKeys: [] });
    const renamed = {
      scale: 10,
      dimensions: template.dimensions.map((d) => (d.key === 'extra' ? { ...d, key: 'other' } : d)),
    };
    expect(shapeChange(template, renamed)).toEqual({
      scale: true,
      addedKeys: ['other'],
      removedKeys: ['extra'],
    });
  });

  it('name a copy so that it does not clash', () => {
    expect(copyName('服务满意度调查表', new Set())).toBe('服务满意度调查表（副本）');
    expect(copyName('T', new Set(['T（副本）', 'T（副本 2）']))).toBe('T（副本 3）');
  });
});

describe('survey response checks', () => {
  it('name unknown keys, values off the scale and an NPS the template does not ask', () => {
    expect(scoreProblems(template, { quality: 5, attitude: 0, extra: 4.5, speed: 3 }, 8)).toEqual([
      { field: 'scores.attitude', kind: 'outOfScale', scale: 5 },
      { field: 'scores.extra', kind: 'outOfScale', scale: 5 },
      { field: 'scores.speed', kind: 'unknownDimension' },
      { field: 'nps', kind: 'noNpsQuestion' },
    ]);
    expect(scoreProblems(template, { quality: 1, attitude: 5 }, null)).toEqual([]);
  });

  it('list the required dimensions without a value on the scale', () => {
    expect(missingRequired(template, { quality: 5, extra: 3 })).toEqual(['attitude']);
    expect(missingRequired(template, { quality: 6, attitude: 2 })).toEqual(['quality']);
    expect(missingRequired(template, null)).toEqual(['quality', 'attitude']);
    expect(missingRequired(template, { quality: 2, attitude: 2 })).toEqual([]);
  });

  it('rate a response over its answered dimensions only', () => {
    const t = normaliseTemplate(template);
    const base = {
      id: 1,
      templateId: 1,
      branchId: 1,
      channel: 'online',
      submittedAt: '2026-11-01T00:00:00.000Z',
    };
    // (3 × 5 + 1 × 1) / 4 = 4; `extra` unanswered
    expect(overallRating({ ...base, scores: { quality: 5, attitude: 1 } }, t)).toBeCloseTo(4, 10);
    // (3 × 5 + 1 × 1 + 1 × 3) / 5 = 3.8
    expect(overallRating({ ...base, scores: { quality: 5, attitude: 1, extra: 3 } }, t)).toBeCloseTo(3.8, 10);
    expect(overallRating({ ...base, scores: {} }, t)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import {
  annualResult,
  bonusCoefficientOf,
  gradeOf,
  manualScore,
  metricScore,
  scoreAppraisal,
  type ScoringTemplate,
} from '../../src/domain/kpi';
import { DEFAULT_APPRAISAL_TEMPLATES } from '../../src/domain/defaults';

const GRADES = [
  { grade: 'A', min: 90 },
  { grade: 'B', min: 80 },
  { grade: 'C', min: 70 },
  { grade: 'D', min: 0 },
];
const COEFFICIENTS = { A: 1.2, B: 1.0, C: 0.8, D: 0 };

function template(indicators: ScoringTemplate['indicators']): ScoringTemplate {
  return {
    indicators,
    selfWeight: 0.3,
    supervisorWeight: 0.7,
    grades: GRADES,
    bonusCoefficients: COEFFICIENTS,
  };
}

const SALES = template([
  { key: 'contractAmount', weight: 30, source: 'contractAmount', target: 100000 },
  { key: 'contractCount', weight: 15, source: 'contractCount', target: 10 },
  { key: 'attendance', weight: 10, source: 'attendance', target: 100 },
  { key: 'discipline', weight: 5, source: 'manual' },
  { key: 'teamwork', weight: 5, source: 'manual' },
]);

const CS = template([
  { key: 'complaintHandlingRate', weight: 20, source: 'complaintHandlingRate', target: 95 },
  { key: 'satisfaction', weight: 20, source: 'satisfaction', target: 90 },
  { key: 'followUpSuccessRate', weight: 20, source: 'followUpSuccessRate', target: 85 },
  { key: 'attendance', weight: 10, source: 'attendance', target: 100 },
  { key: 'discipline', weight: 5, source: 'manual' },
  { key: 'teamwork', weight: 5, source: 'manual' },
]);

describe('indicator scores', () => {
  it('manual: 0.3 × self + 0.7 × supervisor', () => {
    // 0.3 × 90 + 0.7 × 80 = 27 + 56 = 83
    expect(manualScore(SALES, 90, 80)).toBeCloseTo(83, 10);
    expect(manualScore(SALES, 90, null)).toBeNull();
  });

  it('metric: min(100, 100 × actual ÷ target), a rate target of 95 %', () => {
    // 100 × 90 ÷ 95 = 94.736842…
    expect(metricScore(90, 95)).toBeCloseTo(94.7368421, 6);
    expect(metricScore(97, 95)).toBe(100);
    expect(metricScore(95, 95)).toBe(100);
    expect(metricScore(0, 95)).toBe(0);
  });

  it('metric without a measurable actual (zero denominator) is null, not 0', () => {
    expect(metricScore(null, 95)).toBeNull();
    expect(metricScore(50, 0)).toBeNull();
    expect(metricScore(50, null)).toBeNull();
  });
});

describe('final score, grade and coefficient', () => {
  it('a sales month computed by hand', () => {
    // amount 80 000 / 100 000 → 80; count 12 / 10 → 100 (capped); attendance 90 → 90;
    // discipline 0.3×90 + 0.7×80 = 83; teamwork 0.3×100 + 0.7×70 = 79.
    // (30×80 + 15×100 + 10×90 + 5×83 + 5×79) ÷ 65 = 5610 ÷ 65 = 86.3077 → 86.31, B, 1.0
    const r = scoreAppraisal(SALES, {
      selfScores: { discipline: 90, teamwork: 100 },
      supervisorScores: { discipline: 80, teamwork: 70 },
      autoValues: { contractAmount: 80000, contractCount: 12, attendance: 90 },
    });
    expect(r.indicators.map((i) => i.score)).toEqual([80, 100, 90, 83, 79]);
    expect(r.finalScore).toBe(86.31);
    expect(r.grade).toBe('B');
    expect(r.bonusCoefficient).toBe(1.0);
  });

  it('weights that do not add up to 1 (or 100) are divided by their sum', () => {
    const scores = { selfScores: { m: 100 }, supervisorScores: { m: 85 }, autoValues: { attendance: 80 } };
    const t = (a: number, b: number) =>
      template([
        { key: 'attendance', weight: a, source: 'attendance', target: 100 },
        { key: 'm', weight: b, source: 'manual' },
      ]);
    // m = 0.3×100 + 0.7×85 = 89.5; (2×80 + 3×89.5) ÷ 5 = (160 + 268.5) ÷ 5 = 85.7
    expect(scoreAppraisal(t(2, 3), scores).finalScore).toBe(85.7);
    expect(scoreAppraisal(t(0.4, 0.6), scores).finalScore).toBe(85.7);
    expect(scoreAppraisal(t(40, 60), scores).finalScore).toBe(85.7);
  });

  it('self and supervisor weights are divided by their sum too', () => {
    const odd = {
      ...template([{ key: 'm', weight: 1, source: 'manual' }]),
      selfWeight: 1,
      supervisorWeight: 3,
    };
    // (1×60 + 3×80) ÷ 4 = 75
    expect(scoreAppraisal(odd, { selfScores: { m: 60 }, supervisorScores: { m: 80 } }).finalScore).toBe(75);
  });

  it('an unmeasurable metric is null and left out of the final score (its weight goes to the rest)', () => {
    // No complaint handled this month: complaintHandlingRate absent.
    // satisfaction 81/90 → 90; follow-ups 68/85 → 80; attendance 100; discipline 0.3×80+0.7×90 = 87;
    // teamwork 80. (20×90 + 20×80 + 10×100 + 5×87 + 5×80) ÷ 60 = 5235 ÷ 60 = 87.25 → B.
    // Counted as 0 it would have been 5235 ÷ 80 = 65.44 → D.
    const r = scoreAppraisal(CS, {
      selfScores: { discipline: 80, teamwork: 80 },
      supervisorScores: { discipline: 90, teamwork: 80 },
      autoValues: { satisfaction: 81, followUpSuccessRate: 68, attendance: 100 },
    });
    expect(r.indicators[0]).toMatchObject({ key: 'complaintHandlingRate', actual: null, score: null });
    expect(r.finalScore).toBe(87.25);
    expect(r.grade).toBe('B');
  });

  it('a rate target of 95 % inside the final score', () => {
    // handling 90/95 → 94.7368…; the rest as above: (20×94.7368… + 5235) ÷ 80 = 7129.7368… ÷ 80 = 89.1217 → 89.12, B
    const r = scoreAppraisal(CS, {
      selfScores: { discipline: 80, teamwork: 80 },
      supervisorScores: { discipline: 90, teamwork: 80 },
      autoValues: { complaintHandlingRate: 90, satisfaction: 81, followUpSuccessRate: 68, attendance: 100 },
    });
    expect(r.indicators[0].score).toBe(94.74);
    expect(r.finalScore).toBe(89.12);
    expect(r.grade).toBe('B');
  });

  it('a manual indicator without both scores leaves the final score null (cannot be confirmed)', () => {
    const r = scoreAppraisal(SALES, {
      selfScores: { discipline: 90, teamwork: 100 },
      supervisorScores: { discipline: 80 },
      autoValues: { contractAmount: 0, contractCount: 0, attendance: 100 },
    });
    expect(r.finalScore).toBeNull();
    expect(r.grade).toBeNull();
    expect(r.bonusCoefficient).toBeNull();
    expect(r.missingSupervisor).toEqual(['teamwork']);
    expect(r.missingSelf).toEqual([]);
  });

  it('nothing scorable at all: null', () => {
    const only = template([
      { key: 'followUpSuccessRate', weight: 1, source: 'followUpSuccessRate', target: 85 },
    ]);
    expect(scoreAppraisal(only, { autoValues: {} }).finalScore).toBeNull();
  });

  it('grades from thresholds in any order, edges included', () => {
    const shuffled = [GRADES[2], GRADES[0], GRADES[3], GRADES[1]];
    expect(gradeOf(shuffled, 90)).toBe('A');
    expect(gradeOf(shuffled, 89.99)).toBe('B');
    expect(gradeOf(shuffled, 70)).toBe('C');
    expect(gradeOf(shuffled, 0)).toBe('D');
    expect(gradeOf(shuffled, null)).toBeNull();
    expect(bonusCoefficientOf(COEFFICIENTS, 'A')).toBe(1.2);
    expect(bonusCoefficientOf(COEFFICIENTS, 'D')).toBe(0);
    expect(bonusCoefficientOf(COEFFICIENTS, null)).toBeNull();
  });

  it('every default template scores 100 when every indicator is perfect', () => {
    for (const t of DEFAULT_APPRAISAL_TEMPLATES) {
      const manual = Object.fromEntries(
        t.indicators.filter((i) => i.source === 'manual').map((i) => [i.key, 100]),
      );
      const auto = Object.fromEntries(
        t.indicators.filter((i) => i.source !== 'manual').map((i) => [i.source, i.target as number]),
      );
      const r = scoreAppraisal(t, { selfScores: manual, supervisorScores: manual, autoValues: auto });
      expect(r.finalScore, t.roleGroup).toBe(100);
      expect(r.grade).toBe('A');
    }
  });
});

describe('annual result', () => {
  const m = (month: string, finalScore: number | null, status = 'confirmed') => ({
    month,
    finalScore,
    status,
  });

  it('mean of the confirmed months only: a missing month is not a zero', () => {
    // 2025-02 missing; 2025-04 not confirmed; 2024-12 another year. (80 + 91) ÷ 2 = 85.5
    const r = annualResult(
      2025,
      [m('2025-01', 80), m('2025-03', 91), m('2025-04', 40, 'supervisor_pending'), m('2024-12', 10)],
      0,
      { grades: GRADES, bonusCoefficients: COEFFICIENTS },
    );
    expect(r).toMatchObject({
      months: 2,
      monthlyMean: 85.5,
      finalScore: 85.5,
      grade: 'B',
      bonusCoefficient: 1.0,
    });
  });

  it('adds the adjustment and keeps within 0–100', () => {
    const tmpl = { grades: GRADES, bonusCoefficients: COEFFICIENTS };
    // (88.33 + 89.17 + 90) ÷ 3 = 89.1666… → 89.17; + 1 = 90.17 → A
    expect(
      annualResult(2025, [m('2025-01', 88.33), m('2025-02', 89.17), m('2025-03', 90)], 1, tmpl),
    ).toMatchObject({
      monthlyMean: 89.17,
      finalScore: 90.17,
      grade: 'A',
      bonusCoefficient: 1.2,
    });
    expect(annualResult(2025, [m('2025-01', 95)], 10, tmpl).finalScore).toBe(100);
    expect(annualResult(2025, [m('2025-01', 5)], -10, tmpl).finalScore).toBe(0);
  });

  it('no confirmed month: no result', () => {
    const r = annualResult(2025, [m('2025-01', null, 'self_pending')], 3, {
      grades: GRADES,
      bonusCoefficients: COEFFICIENTS,
    });
    expect(r).toMatchObject({ months: 0, monthlyMean: null, finalScore: null, grade: null });
  });
});

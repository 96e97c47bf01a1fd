import { describe, expect, it } from 'vitest';
import {
  assessmentTotal,
  passes,
  retakeProblem,
  retakesOwed,
  trainingPassRateByBranch,
  type AssessmentRecord,
} from '../../src/domain/training';

const a = (
  id: number,
  sessionId: number,
  employeeId: number,
  total: number,
  retakeOfId: number | null = null,
): AssessmentRecord => ({
  id,
  sessionId,
  employeeId,
  total,
  passed: total >= 60,
  retakeOfId,
});

const SESSIONS = [
  { id: 1, branchId: 1, heldOn: '2026-10-05' },
  { id: 2, branchId: 2, heldOn: '2026-10-12' },
  { id: 3, branchId: 1, heldOn: '2026-09-20' },
];

// Session 1 (branch 1): employee 10 passes; 11 fails, retakes and passes; 12 fails twice (owes a
// second retake); 13 fails and has not retaken. Session 2 (branch 2): 20 passes. Session 3 is September.
const ASSESSMENTS = [
  a(1, 1, 10, 80),
  a(2, 1, 11, 50),
  a(3, 1, 12, 40),
  a(4, 1, 13, 59.9),
  a(5, 1, 11, 70, 2),
  a(6, 1, 12, 55, 3),
  a(7, 2, 20, 60),
  a(8, 3, 10, 30),
];

describe('training assessments', () => {
  it('total is the mean of the three parts, 1 decimal; 60 passes', () => {
    // (70 + 55 + 56) ÷ 3 = 60.333… → 60.3
    expect(assessmentTotal(70, 55, 56)).toBe(60.3);
    // (59 + 60 + 60) ÷ 3 = 59.666… → 59.7: a fail
    expect(assessmentTotal(59, 60, 60)).toBe(59.7);
    expect(passes(60)).toBe(true);
    expect(passes(59.9)).toBe(false);
  });

  it('retakes owed: failed attempts not retaken, with their attempt number', () => {
    const owed = retakesOwed(ASSESSMENTS, SESSIONS);
    expect(owed.map((o) => [o.assessmentId, o.employeeId, o.attempt])).toEqual([
      [8, 10, 1], // September first
      [4, 13, 1],
      [6, 12, 2],
    ]);
  });

  it('a retake must repeat a failed, not yet retaken attempt of the same employee and session', () => {
    const find = (id: number) => ASSESSMENTS.find((x) => x.id === id);
    expect(retakeProblem({ employeeId: 13, sessionId: 1 }, find(4), ASSESSMENTS)).toBeNull();
    expect(retakeProblem({ employeeId: 12, sessionId: 1 }, find(4), ASSESSMENTS)).toBe('otherEmployee');
    expect(retakeProblem({ employeeId: 13, sessionId: 2 }, find(4), ASSESSMENTS)).toBe('otherSession');
    expect(retakeProblem({ employeeId: 10, sessionId: 1 }, find(1), ASSESSMENTS)).toBe('passed');
    expect(retakeProblem({ employeeId: 11, sessionId: 1 }, find(2), ASSESSMENTS)).toBe('alreadyRetaken');
    // Editing the retake itself is not "already retaken".
    expect(retakeProblem({ id: 5, employeeId: 11, sessionId: 1 }, find(2), ASSESSMENTS)).toBeNull();
    expect(retakeProblem({ employeeId: 11, sessionId: 1 }, undefined, ASSESSMENTS)).toBe('notFound');
  });

  it('pass rate by branch: first attempts of the period; a branch without any is null', () => {
    const rows = trainingPassRateByBranch(
      ASSESSMENTS,
      SESSIONS,
      { from: '2026-10-01', to: '2026-10-31' },
      [1, 2, 3],
    );
    expect(rows).toEqual([
      // branch 1: 4 first attempts, 1 passed → 0.25; 2 retakes; 10 and 11 passed eventually; 4 and 6 owed
      {
        branchId: 1,
        assessed: 4,
        passedFirstTime: 1,
        passRate: 0.25,
        retakes: 2,
        passedEventually: 2,
        retakesOwed: 2,
      },
      {
        branchId: 2,
        assessed: 1,
        passedFirstTime: 1,
        passRate: 1,
        retakes: 0,
        passedEventually: 1,
        retakesOwed: 0,
      },
      {
        branchId: 3,
        assessed: 0,
        passedFirstTime: 0,
        passRate: null,
        retakes: 0,
        passedEventually: 0,
        retakesOwed: 0,
      },
    ]);
  });
});

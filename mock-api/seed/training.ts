import { addDays } from '../../src/schema/time';
import { EXTERNAL_TRAINERS } from './content/services';
import { INTERNAL_TRAINER_TITLES, TRAINING_TOPICS, type TrainingCategory } from './content/training';
import type { SeedContext } from './context';
import { isActiveOn, type Organisation } from './organisation';
import { Weighted, type Rng } from './prng';
import type { TrainingAssessment, TrainingSession } from './types';

const CATEGORIES = new Weighted<TrainingCategory>([
  ['skills', 40],
  ['service_awareness', 35],
  ['management', 12],
  ['safety', 13],
]);

const METHODS = new Weighted<TrainingSession['method']>([
  ['internal', 65],
  ['external', 15],
  ['online', 20],
]);

/** How an assessment's total is made from its three parts (theory, practical, performance). */
export interface AssessmentScoring {
  total(theory: number, practical: number, performance: number): number;
  passMark: number;
}

function score(rng: Rng, mean: number): number {
  return Math.max(0, Math.min(100, Math.round(rng.normal(mean, 11))));
}

/**
 * 培训 (seeds 000/001): sessions per branch by the annual plan — skills, service awareness,
 * management, safety; internal, external or online — with their attendees from the role groups
 * a topic is for, and an assessment each (theory, practical, performance). Whoever fails
 * retakes, linked by retakeOfId, until passed; the most recent failures still owe their retake.
 */
export function generateTraining(
  ctx: SeedContext,
  org: Organisation,
  scoring: AssessmentScoring,
): { sessions: TrainingSession[]; assessments: TrainingAssessment[] } {
  const rng = ctx.rng.fork('training');
  const { cal, size } = ctx;
  const sessions: TrainingSession[] = [];
  for (const month of cal.months) {
    const lastDay = month === cal.currentMonth ? cal.today : `${month}-28`;
    const days = Number(lastDay.slice(8, 10));
    for (const branch of org.branches) {
      const n = rng.poisson(size.trainingPerBranchMonth * (days / 28));
      for (let k = 0; k < n; k++) {
        const category = CATEGORIES.pick(rng);
        const [topic, groups] = rng.pick(TRAINING_TOPICS[category]);
        const heldOn = `${month}-${String(rng.int(1, days)).padStart(2, '0')}`;
        const eligible = org.employees.filter(
          (e) => e.branchId === branch.id && groups.includes(e.roleGroup) && isActiveOn(e, heldOn),
        );
        if (eligible.length === 0) continue;
        const attendees = rng.sample(
          eligible,
          Math.max(1, Math.round(eligible.length * (0.5 + rng.next() * 0.5))),
        );
        const method = category === 'safety' ? 'internal' : METHODS.pick(rng);
        let trainerName: string;
        if (method === 'internal') {
          trainerName = `${ctx.pools.name(rng, 'female')}（${rng.pick(INTERNAL_TRAINER_TITLES)}）`;
        } else if (method === 'external') {
          trainerName = `${ctx.pools.name(rng, rng.chance(0.6) ? 'female' : 'male')}（${rng.pick(EXTERNAL_TRAINERS)}）`;
        } else trainerName = '集团在线学习平台';
        sessions.push({
          id: 0,
          branchId: branch.id,
          topic,
          category,
          method,
          trainerName,
          heldOn,
          hours: method === 'external' ? rng.pick([4, 6, 8]) : rng.pick([1, 1.5, 2, 3]),
          attendeeIds: attendees.map((e) => e.id),
        });
      }
    }
  }
  sessions.sort((a, b) => (a.heldOn < b.heldOn ? -1 : a.heldOn > b.heldOn ? 1 : 0));
  sessions.forEach((s, i) => (s.id = i + 1));

  const assessments: TrainingAssessment[] = [];
  const assess = (
    sessionId: number,
    employeeId: number,
    mean: number,
    retakeOfId: number | null,
  ): TrainingAssessment => {
    const theoryScore = score(rng, mean);
    const practicalScore = score(rng, mean - 2);
    const performanceScore = score(rng, mean + 4);
    const total = scoring.total(theoryScore, practicalScore, performanceScore);
    const a: TrainingAssessment = {
      id: assessments.length + 1,
      sessionId,
      employeeId,
      theoryScore,
      practicalScore,
      performanceScore,
      total,
      passed: total >= scoring.passMark,
      retakeOfId,
    };
    assessments.push(a);
    return a;
  };
  const retakes: { of: TrainingAssessment; heldOn: string }[] = [];
  for (const s of sessions) {
    if (s.heldOn >= cal.today) continue; // assessed after the session
    for (const employeeId of s.attendeeIds) {
      // A few struggle: their first attempt is likely to fail.
      const a = assess(s.id, employeeId, rng.chance(0.1) ? 55 : 80, null);
      if (!a.passed) retakes.push({ of: a, heldOn: s.heldOn });
    }
  }
  // Retakes two weeks to two months later, until passed — unless that is still ahead.
  for (let i = 0; i < retakes.length; i++) {
    const { of, heldOn } = retakes[i];
    const retakeOn = addDays(heldOn, rng.int(14, 60));
    const employee = org.employee(of.employeeId);
    if (retakeOn >= cal.today || !isActiveOn(employee, retakeOn)) continue;
    const a = assess(of.sessionId, of.employeeId, 74, of.id);
    if (!a.passed) retakes.push({ of: a, heldOn: retakeOn });
  }
  return { sessions, assessments };
}

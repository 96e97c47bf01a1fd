import type { Router } from 'express';
import {
  assessmentTotal,
  passes,
  retakeProblem,
  retakesOwed,
  trainingPassRateByBranch,
  type AssessmentRecord,
  type SessionRecord,
} from '../../../src/domain/training';
import { isDate, shanghaiDate } from '../../../src/schema/time';
import { ApiError, fieldErrors, langOf } from '../../errors';
import type { HookContext, ResourceHooks } from '../../hooks';
import { visibleRows } from '../../visibility';
import type { WriteDeps } from '../../writes';
import { kpiMessage, type KpiMessageKey } from './messages';

/**
 * 培训考核 in the mock API: total and pass are the domain's (never a client's); the employee must
 * have attended the session; a retake must repeat a failed, not yet retaken attempt of the same
 * employee and session. `GET /training-assessments/summary` gives the retakes owed and the pass
 * rate by branch of what the user sees.
 */

function fill(record: Record<string, unknown>, ctx: HookContext, id?: number): Record<string, unknown> {
  const session = ctx.store.find('training-sessions', Number(record.sessionId));
  const attendees = Array.isArray(session?.attendeeIds) ? (session.attendeeIds as number[]) : [];
  if (!attendees.includes(Number(record.employeeId)))
    throw fieldErrors({ employeeId: kpiMessage('notAttendee', ctx.lang) }, ctx.lang);
  if (record.retakeOfId != null) {
    const all = ctx.store.rows('training-assessments') as unknown as AssessmentRecord[];
    const of = all.find((a) => a.id === Number(record.retakeOfId));
    const problem = retakeProblem(
      { id, employeeId: Number(record.employeeId), sessionId: Number(record.sessionId) },
      of,
      all,
    );
    if (problem) {
      const message = kpiMessage(`retake_${problem}` as KpiMessageKey, ctx.lang);
      throw new ApiError(422, message, { errors: { retakeOfId: message } });
    }
  }
  const total = assessmentTotal(
    Number(record.theoryScore),
    Number(record.practicalScore),
    Number(record.performanceScore),
  );
  return { ...record, total, passed: passes(total) };
}

export const assessmentHooks: ResourceHooks = {
  beforeCreate: (record, ctx) => fill(record, ctx),
  beforeUpdate: (record, existing, ctx) => fill(record, ctx, existing.id),
};

export function registerTrainingRoutes(router: Router, deps: WriteDeps): void {
  router.get('/training-assessments/summary', (req, res) => {
    const lang = langOf(res);
    const today = shanghaiDate(deps.now().getTime());
    const from = typeof req.query.from === 'string' ? req.query.from : `${today.slice(0, 4)}-01-01`;
    const to = typeof req.query.to === 'string' ? req.query.to : today;
    const errors: Record<string, string> = {};
    if (!isDate(from)) errors.from = kpiMessage('monthRequired', lang).replace('YYYY-MM', 'YYYY-MM-DD');
    if (!isDate(to)) errors.to = kpiMessage('monthRequired', lang).replace('YYYY-MM', 'YYYY-MM-DD');
    if (Object.keys(errors).length > 0) throw fieldErrors(errors, lang);
    const sessions = visibleRows(deps.store, 'training-sessions') as unknown as SessionRecord[];
    const assessments = visibleRows(deps.store, 'training-assessments') as unknown as AssessmentRecord[];
    const branches = visibleRows(deps.store, 'branches');
    res.json({
      period: { from, to },
      byBranch: trainingPassRateByBranch(
        assessments,
        sessions,
        { from, to },
        branches.map((b) => b.id),
      ).map((r) => ({
        ...r,
        code: branches.find((b) => b.id === r.branchId)?.code ?? null,
        name: branches.find((b) => b.id === r.branchId)?.name ?? null,
      })),
      retakesOwed: retakesOwed(assessments, sessions),
    });
  });
}

import { activeInMonth } from '../../../src/domain/kpi';
import { ApiError, fieldErrors } from '../../errors';
import type { ResourceHooks } from '../../hooks';
import { kpiMessage } from './messages';
import { liveAutoValues, templateFor, type EmployeeRow } from './records';

/**
 * The generic writes of `monthly-appraisals` cannot bypass the cycle: a record created by hand
 * starts `self_pending` with no scores (as "open month" makes it); an edit may change the
 * comments only, and nothing once confirmed; status and scores move through the steps route;
 * only an appraisal nobody has scored yet may be deleted.
 */

const CYCLE_FIELDS = ['status', 'selfScores', 'supervisorScores'];
const COMPUTED = ['autoValues', 'finalScore', 'grade'];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export const monthlyHooks: ResourceHooks = {
  beforeCreate(record, ctx) {
    const employee = ctx.store.find('employees', Number(record.employeeId)) as EmployeeRow | undefined;
    const month = String(record.month);
    if (employee && !activeInMonth(employee, month)) {
      const message = kpiMessage('notActive', ctx.lang, {
        month,
        hiredOn: employee.hiredOn,
        leftOn: employee.leftOn ?? '—',
      });
      throw new ApiError(422, message, { errors: { employeeId: message } });
    }
    // Without a template yet the record may still be made; its steps wait for one (422 there).
    const template = employee ? templateFor(ctx.store, employee.roleGroup) : undefined;
    return {
      ...record,
      selfScores: {},
      supervisorScores: {},
      autoValues: employee && template ? liveAutoValues(ctx.store, employee, month, template) : {},
      finalScore: null,
      grade: null,
      status: 'self_pending',
    };
  },

  beforeUpdate(record, existing, ctx) {
    if (existing.status === 'confirmed') throw new ApiError(409, kpiMessage('confirmedFrozen', ctx.lang));
    const errors: Record<string, string> = {};
    for (const f of ['employeeId', 'month'])
      if (!same(record[f], existing[f])) errors[f] = kpiMessage('fixedField', ctx.lang);
    if (Object.keys(errors).length > 0) throw fieldErrors(errors, ctx.lang);
    const moved = CYCLE_FIELDS.filter((f) => !same(record[f], existing[f]));
    if (moved.length > 0) throw new ApiError(409, kpiMessage('useSteps', ctx.lang, { id: existing.id }));
    const kept: Record<string, unknown> = { ...record };
    for (const f of COMPUTED) kept[f] = existing[f];
    return kept;
  },

  beforeDelete(existing, ctx) {
    const scored =
      Object.keys((existing.selfScores as object | null) ?? {}).length > 0 ||
      Object.keys((existing.supervisorScores as object | null) ?? {}).length > 0;
    if (existing.status !== 'self_pending' || scored)
      throw new ApiError(409, kpiMessage('deleteOnlyPending', ctx.lang));
  },
};

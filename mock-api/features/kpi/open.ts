import type { Router } from 'express';
import { activeInMonth } from '../../../src/domain/kpi';
import { monthlyAppraisals } from '../../../src/resources/monthly-appraisals';
import { isMonth } from '../../../src/schema/time';
import { ApiError, fieldErrors, langOf } from '../../errors';
import { toRow } from '../../records';
import { visibleRows } from '../../visibility';
import type { WriteDeps } from '../../writes';
import { kpiMessage } from './messages';
import { currentMonth, liveAutoValues, metricsOf, MONTHLY, templateFor, type EmployeeRow } from './records';

/**
 * `POST /monthly-appraisals/open {month}` ("open month"): a `self_pending` appraisal for every
 * employee the user sees who is active in the month and has none yet. Idempotent: a second
 * call creates nothing. Employees whose role group has no template are listed, not created.
 * The month may be the current one or earlier, never later.
 */
export function registerOpenMonth(router: Router, deps: WriteDeps): void {
  router.post('/monthly-appraisals/open', (req, res) => {
    const lang = langOf(res);
    const month = (req.body as Record<string, unknown> | undefined)?.month;
    if (typeof month !== 'string' || !isMonth(month))
      throw fieldErrors({ month: kpiMessage('monthRequired', lang) }, lang);
    const current = currentMonth(deps.now());
    if (month > current)
      throw new ApiError(422, kpiMessage('futureMonth', lang, { current }), {
        errors: { month: kpiMessage('futureMonth', lang, { current }) },
      });
    const { store } = deps;
    const taken = new Set(
      store
        .rows(MONTHLY)
        .filter((m) => m.month === month)
        .map((m) => m.employeeId as number),
    );
    const employees = (visibleRows(store, 'employees') as EmployeeRow[]).filter((e) =>
      activeInMonth(e, month),
    );
    const metrics = metricsOf(store, [month]);
    const skipped: { employeeId: number; name: string; roleGroup: string }[] = [];
    let created = 0;
    store.transaction(() => {
      for (const e of employees) {
        if (taken.has(e.id)) continue;
        const template = templateFor(store, e.roleGroup);
        if (!template) {
          skipped.push({ employeeId: e.id, name: e.name, roleGroup: e.roleGroup });
          continue;
        }
        store.insert(
          MONTHLY,
          toRow(monthlyAppraisals, store.allocateId(MONTHLY), {
            employeeId: e.id,
            month,
            selfScores: {},
            supervisorScores: {},
            autoValues: liveAutoValues(store, e, month, template, metrics),
            finalScore: null,
            grade: null,
            status: 'self_pending',
            comments: null,
          }),
        );
        created++;
      }
    });
    res.status(created > 0 ? 201 : 200).json({
      month,
      active: employees.length,
      created,
      existing: employees.filter((e) => taken.has(e.id)).length,
      skipped,
    });
  });
}

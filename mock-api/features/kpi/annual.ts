import type { Router } from 'express';
import { annualResult } from '../../../src/domain/kpi';
import { annualAppraisals } from '../../../src/resources/annual-appraisals';
import { ApiError, fieldErrors, langOf } from '../../errors';
import type { HookContext, ResourceHooks } from '../../hooks';
import { toRow } from '../../records';
import type { Store } from '../../store';
import { visibleRows } from '../../visibility';
import type { WriteDeps } from '../../writes';
import { kpiMessage } from './messages';
import { ANNUAL, MONTHLY, templateFor, type EmployeeRow, type MonthlyRow } from './records';

/**
 * 年度考核: monthlyMean, finalScore and grade are always the domain's annualResult over the
 * employee's confirmed months of the year (never a client's), with the stored adjustment.
 */

function computed(store: Store, employee: EmployeeRow, year: number, adjustment: unknown) {
  const template = templateFor(store, employee.roleGroup);
  const months = (store.rows(MONTHLY) as MonthlyRow[]).filter((m) => m.employeeId === employee.id);
  if (!template) return null;
  return annualResult(year, months, typeof adjustment === 'number' ? adjustment : 0, template);
}

/** Recomputes the stored annual appraisal of (employee, year), when there is one. */
export function refreshAnnual(store: Store, employee: EmployeeRow, year: number): void {
  const row = store.rows(ANNUAL).find((a) => a.employeeId === employee.id && a.year === year);
  if (!row) return;
  const r = computed(store, employee, year, row.adjustment);
  store.replace(ANNUAL, {
    ...row,
    monthlyMean: r?.monthlyMean ?? null,
    finalScore: r?.finalScore ?? null,
    grade: r?.grade ?? null,
  });
}

function fill(record: Record<string, unknown>, ctx: HookContext): Record<string, unknown> {
  const employee = ctx.store.find('employees', Number(record.employeeId)) as EmployeeRow | undefined;
  const year = Number(record.year);
  const r = employee ? computed(ctx.store, employee, year, record.adjustment) : null;
  if (!r || r.monthlyMean === null)
    throw fieldErrors({ year: kpiMessage('noConfirmedMonths', ctx.lang, { year }) }, ctx.lang);
  return { ...record, monthlyMean: r.monthlyMean, finalScore: r.finalScore, grade: r.grade };
}

export const annualHooks: ResourceHooks = {
  beforeCreate: (record, ctx) => fill(record, ctx),
  beforeUpdate: (record, _existing, ctx) => fill(record, ctx),
};

/**
 * `POST /annual-appraisals/compute {year}`: creates or refreshes the annual appraisal of every
 * employee the user sees who has a confirmed month in the year (adjustments kept). Idempotent.
 */
export function registerAnnualRoutes(router: Router, deps: WriteDeps): void {
  router.post('/annual-appraisals/compute', (req, res) => {
    const lang = langOf(res);
    const raw = (req.body as Record<string, unknown> | undefined)?.year;
    const year = typeof raw === 'string' && /^\d{4}$/.test(raw) ? Number(raw) : raw;
    if (typeof year !== 'number' || !Number.isInteger(year) || year < 2000 || year > 2100)
      throw fieldErrors({ year: kpiMessage('yearRequired', lang) }, lang);
    const { store } = deps;
    let created = 0;
    let updated = 0;
    store.transaction(() => {
      for (const e of visibleRows(store, 'employees') as EmployeeRow[]) {
        const existing = store.rows(ANNUAL).find((a) => a.employeeId === e.id && a.year === year);
        const r = computed(store, e, year, existing?.adjustment ?? 0);
        if (!r || r.monthlyMean === null) continue;
        const values = { monthlyMean: r.monthlyMean, finalScore: r.finalScore, grade: r.grade };
        if (existing) {
          if (
            existing.monthlyMean === values.monthlyMean &&
            existing.finalScore === values.finalScore &&
            existing.grade === values.grade
          )
            continue;
          store.replace(ANNUAL, { ...existing, ...values });
          updated++;
        } else {
          store.insert(
            ANNUAL,
            toRow(annualAppraisals, store.allocateId(ANNUAL), {
              employeeId: e.id,
              year,
              adjustment: 0,
              ...values,
            }),
          );
          created++;
        }
      }
    });
    if (created === 0 && updated === 0 && store.rows(ANNUAL).every((a) => a.year !== year))
      throw new ApiError(422, kpiMessage('noConfirmedMonths', lang, { year }));
    res.status(created > 0 ? 201 : 200).json({ year, created, updated });
  });
}

import type { Response } from 'express';
import { availableSteps, scoreAppraisal, type CycleStep, type KpiResult } from '../../../src/domain/kpi';
import { monthlyAppraisals } from '../../../src/resources/monthly-appraisals';
import { viewFor } from '../../access/fields';
import type { Store } from '../../store';
import { actorFor } from './access';
import { liveAutoValues, templateFor, type EmployeeRow, type MonthlyRow, type TemplateRow } from './records';

/** One appraisal with everything its page shows: the record, its template, the scoring, the steps. */
export interface Breakdown {
  appraisal: Record<string, unknown>;
  employee: { id: number; name: string; employeeNo: string; branchId: number; roleGroup: string } | null;
  template: Omit<TemplateRow, 'version'> | null;
  /** The metrics as they are now (not yet confirmed) or as frozen at confirmation. */
  live: boolean;
  result: KpiResult | null;
  steps: CycleStep[];
  /** The user's relation to it, so the console can label the forms. */
  isOwner: boolean;
}

export function breakdownOf(store: Store, res: Response, row: MonthlyRow): Breakdown {
  const employee = store.find('employees', row.employeeId) as EmployeeRow | undefined;
  const template = employee ? templateFor(store, employee.roleGroup) : undefined;
  const live = row.status !== 'confirmed';
  const autoValues =
    live && employee && template
      ? liveAutoValues(store, employee, row.month, template)
      : (row.autoValues ?? {});
  const actor = actorFor(res, store, row);
  return {
    appraisal: { ...viewFor(res, monthlyAppraisals, row), autoValues },
    employee: employee
      ? {
          id: employee.id,
          name: employee.name,
          employeeNo: employee.employeeNo,
          branchId: employee.branchId,
          roleGroup: employee.roleGroup,
        }
      : null,
    template: template ?? null,
    live,
    result: template ? scoreAppraisal(template, { ...row, autoValues }) : null,
    steps: availableSteps(row.status, actor),
    isOwner: actor.isOwner,
  };
}

import type { Row } from '../../database';
import type { Store } from '../../store';
import type { ScoringRule } from '../../../src/domain/appraisal';

/** Typed reads of the tables the appraisal rules look at. */

export interface EmployeeRow extends Row {
  name: string;
  teamId: number | null;
  hiredOn: string;
  leftOn: string | null;
}

export interface TeamRow extends Row {
  name: string;
  leaderId: number | null;
  branchId: number;
}

export type RuleRow = Row & ScoringRule;

export const employeeOf = (store: Store, id: unknown) =>
  typeof id === 'number' ? (store.find('employees', id) as EmployeeRow | undefined) : undefined;

export const teamOf = (store: Store, id: unknown) =>
  typeof id === 'number' ? (store.find('teams', id) as TeamRow | undefined) : undefined;

export const ruleOf = (store: Store, id: unknown) =>
  typeof id === 'number' ? (store.find('appraisal-rules', id) as RuleRow | undefined) : undefined;

export const ruleByCode = (store: Store, code: string) =>
  (store.rows('appraisal-rules') as RuleRow[]).find((r) => r.code === code);

/** Whether the employee is the leader of their team. */
export function isTeamLeader(store: Store, employee: EmployeeRow): boolean {
  return teamOf(store, employee.teamId)?.leaderId === employee.id;
}

import type { Request, Router } from 'express';
import {
  needsFee,
  ruleAppliesTo,
  valuesForMonth,
  type DailyGrid,
  type GridRule,
} from '../../../src/domain/appraisal';
import { appraisalEvents } from '../../../src/resources/appraisal-events';
import type { Lang } from '../../../src/schema/labels';
import { isDate, shanghaiDate } from '../../../src/schema/time';
import type { FieldErrors } from '../../../src/schema/validate';
import type { Row } from '../../database';
import { accessError } from '../../access/messages';
import { currentIdentity } from '../../auth/context';
import { fieldErrors, langOf } from '../../errors';
import { toRow } from '../../records';
import type { Store } from '../../store';
import type { WriteDeps } from '../../writes';
import { eventErrors } from './events';
import { appraisalMessage as msg } from './messages';
import { teamOf, type EmployeeRow, type RuleRow, type TeamRow } from './records';

/**
 * The daily team entry (日考核表): one team, one day, its members × the rules that can be
 * counted by hand (active, not conversions — those come from consultations — and not paid on a
 * fee). GET gives the grid with the day's counts; POST sets the counts of the cells it sends,
 * all or nothing, in one atomic write, and answers the grid as saved.
 */

const EVENTS = appraisalEvents.name;
export const DAILY_ENTRY_PATH = '/appraisal-events/daily-entry';

function membersOn(store: Store, team: TeamRow, date: string): EmployeeRow[] {
  return (store.rows('employees') as EmployeeRow[])
    .filter((e) => e.teamId === team.id && e.hiredOn <= date && (e.leftOn === null || e.leftOn >= date))
    .sort((a, b) => Number(b.id === team.leaderId) - Number(a.id === team.leaderId) || a.id - b.id);
}

function gridRules(store: Store, date: string): GridRule[] {
  return (store.rows('appraisal-rules') as RuleRow[])
    .filter((r) => r.active !== false && r.category !== 'conversion')
    .map((r) => ({ r, values: valuesForMonth(r, date.slice(0, 7)).values }))
    .filter(({ values }) => !needsFee(values))
    .sort((a, b) => a.r.code.localeCompare(b.r.code))
    .map(({ r, values }) => ({
      id: r.id,
      code: r.code,
      name: r.name,
      category: r.category,
      appliesTo: r.appliesTo,
      ...values,
    }));
}

/** The day's hand-entered events of one cell (conversion events from consultations excluded). */
function cellEvents(store: Store, employeeId: number, ruleId: number, date: string): Row[] {
  return (store.rows(EVENTS) as Row[])
    .filter(
      (e) =>
        e.employeeId === employeeId &&
        e.ruleId === ruleId &&
        e.occurredOn === date &&
        e.consultationId == null,
    )
    .sort((a, b) => a.id - b.id);
}

export function dailyGrid(store: Store, team: TeamRow, date: string): DailyGrid {
  const members = membersOn(store, team, date);
  const rules = gridRules(store, date);
  const applicable: Record<string, number[]> = {};
  const cells: DailyGrid['cells'] = [];
  for (const m of members) {
    const isLeader = m.id === team.leaderId;
    applicable[m.id] = rules.filter((r) => ruleAppliesTo(r.appliesTo, isLeader)).map((r) => r.id);
    for (const ruleId of applicable[m.id]) {
      const events = cellEvents(store, m.id, ruleId, date);
      const count = events.reduce((n, e) => n + (e.count as number), 0);
      if (count > 0) cells.push({ employeeId: m.id, ruleId, count, eventIds: events.map((e) => e.id) });
    }
  }
  return {
    teamId: team.id,
    teamName: team.name,
    date,
    members: members.map((m) => ({
      employeeId: m.id,
      employeeNo: String(m.employeeNo ?? ''),
      name: m.name,
      isLeader: m.id === team.leaderId,
    })),
    rules,
    applicable,
    cells,
  };
}

interface Target {
  team: TeamRow;
  date: string;
}

function target(store: Store, teamId: unknown, date: unknown, today: string, lang: Lang): Target {
  const errors: FieldErrors = {};
  const id = typeof teamId === 'string' ? Number(teamId) : teamId;
  const team = Number.isInteger(id) ? teamOf(store, id) : undefined;
  if (teamId === undefined || teamId === null || teamId === '') errors.teamId = msg('teamRequired', lang);
  else if (!team) errors.teamId = msg('teamNotFound', lang);
  if (typeof date !== 'string' || !isDate(date)) errors.date = msg('dateRequired', lang);
  else if (date > today) errors.date = msg('futureDate', lang, { today });
  if (Object.keys(errors).length > 0) throw fieldErrors(errors, lang);
  // A user limited to some branches neither sees nor enters another branch's team (DOMAIN §9);
  // the store's scope guard would refuse the writes, this also keeps the names from being read.
  const identity = currentIdentity();
  if (identity && identity.branchIds.length > 0 && !identity.branchIds.includes((team as TeamRow).branchId))
    throw accessError(403, 'outOfScope', undefined, lang);
  return { team: team as TeamRow, date: date as string };
}

interface Cell {
  employeeId: number;
  ruleId: number;
  count: number;
}

function parseCells(
  store: Store,
  body: Record<string, unknown>,
  t: Target,
  today: string,
  lang: Lang,
): Cell[] {
  if (!Array.isArray(body.cells)) throw fieldErrors({ cells: msg('cellsRequired', lang) }, lang);
  const members = new Set(membersOn(store, t.team, t.date).map((m) => m.id));
  const rules = new Map(gridRules(store, t.date).map((r) => [r.id, r]));
  const errors: FieldErrors = {};
  const seen = new Set<string>();
  const cells: Cell[] = [];
  body.cells.forEach((raw: unknown, i: number) => {
    const at = (field: string) => `cells.${i}.${field}`;
    const cell = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const { employeeId, ruleId, count } = cell;
    if (typeof employeeId !== 'number' || !members.has(employeeId))
      errors[at('employeeId')] = msg('notInTeam', lang);
    const stored =
      typeof ruleId === 'number' ? (store.find('appraisal-rules', ruleId) as RuleRow | undefined) : undefined;
    if (!stored) errors[at('ruleId')] = msg('ruleNotFound', lang);
    else if (!rules.has(stored.id) && stored.active !== false)
      errors[at('ruleId')] = msg('conversionInGrid', lang);
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > 999)
      errors[at('count')] = msg('countInvalid', lang);
    const key = `${String(employeeId)}|${String(ruleId)}`;
    if (seen.has(key)) errors[at('ruleId')] ??= msg('duplicateCell', lang);
    seen.add(key);
    if (Object.keys(errors).some((k) => k.startsWith(`cells.${i}.`))) return;
    const c: Cell = { employeeId: employeeId as number, ruleId: ruleId as number, count: count as number };
    const current = cellEvents(store, c.employeeId, c.ruleId, t.date).reduce(
      (n, e) => n + (e.count as number),
      0,
    );
    // Rules (active, applicable) are checked for what changes; an unchanged count stands as it is.
    if (c.count > 0 && c.count !== current) {
      const draft = { employeeId: c.employeeId, ruleId: c.ruleId, occurredOn: t.date };
      const problems = eventErrors(store, draft, today, lang, { ruleChanged: current === 0 });
      for (const [field, text] of Object.entries(problems)) errors[at(field)] ??= text;
    }
    cells.push(c);
  });
  if (Object.keys(errors).length > 0) throw fieldErrors(errors, lang);
  return cells;
}

/** Makes the day's stored counts equal the cells'; returns how many cells changed. */
function applyCells(store: Store, cells: Cell[], date: string, recordedById: number | null): number {
  let changed = 0;
  for (const c of cells) {
    const events = cellEvents(store, c.employeeId, c.ruleId, date);
    const current = events.reduce((n, e) => n + (e.count as number), 0);
    if (current === c.count) continue;
    changed++;
    const [first, ...rest] = events;
    for (const e of rest) store.remove(EVENTS, e.id);
    if (c.count === 0) {
      if (first) store.remove(EVENTS, first.id);
    } else if (first) store.replace(EVENTS, { ...first, count: c.count });
    else
      store.insert(
        EVENTS,
        toRow(appraisalEvents, store.allocateId(EVENTS), {
          employeeId: c.employeeId,
          ruleId: c.ruleId,
          occurredOn: date,
          count: c.count,
          fee: null,
          note: null,
          recordedById,
          consultationId: null,
        }),
      );
  }
  return changed;
}

function todayOf(deps: WriteDeps): string {
  return shanghaiDate(deps.now().getTime());
}

export function registerDailyEntry(router: Router, deps: WriteDeps): void {
  router.get(DAILY_ENTRY_PATH, (req: Request, res) => {
    const lang = langOf(res);
    const t = target(deps.store, req.query.teamId, req.query.date, todayOf(deps), lang);
    res.json(dailyGrid(deps.store, t.team, t.date));
  });
  router.post(DAILY_ENTRY_PATH, (req: Request, res) => {
    const lang = langOf(res);
    const today = todayOf(deps);
    const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<
      string,
      unknown
    >;
    const t = target(deps.store, body.teamId, body.date, today, lang);
    const cells = parseCells(deps.store, body, t, today, lang);
    // The events name who recorded them: the signed-in user (none in contract mode).
    const recordedById = currentIdentity()?.userId ?? null;
    const changed = deps.store.transaction(() => applyCells(deps.store, cells, t.date, recordedById));
    res.json({ changed, grid: dailyGrid(deps.store, t.team, t.date) });
  });
}

import { dayTotals, type DailyGrid, type DayCell, type DayTotal } from '../../../domain/appraisal';

/** Counts being typed, by `employeeId|ruleId`. */
export type Counts = Record<string, number>;

export const cellKey = (employeeId: number, ruleId: number) => `${employeeId}|${ruleId}`;

export function countsOf(grid: DailyGrid): Counts {
  const out: Counts = {};
  for (const c of grid.cells) out[cellKey(c.employeeId, c.ruleId)] = c.count;
  return out;
}

export function applies(grid: DailyGrid, employeeId: number, ruleId: number): boolean {
  return (grid.applicable[String(employeeId)] ?? []).includes(ruleId);
}

/** Every applicable cell with its count (0 included, so a cleared cell removes its events). */
export function cellsToSave(grid: DailyGrid, counts: Counts): DayCell[] {
  const out: DayCell[] = [];
  for (const m of grid.members)
    for (const ruleId of grid.applicable[String(m.employeeId)] ?? [])
      out.push({ employeeId: m.employeeId, ruleId, count: counts[cellKey(m.employeeId, ruleId)] ?? 0 });
  return out;
}

/** The running points of the day per member, with the same function the month uses. */
export function runningTotals(grid: DailyGrid, counts: Counts): Map<number, DayTotal> {
  return dayTotals(cellsToSave(grid, counts), new Map(grid.rules.map((r) => [r.id, r])));
}

export function isDirty(grid: DailyGrid, counts: Counts): boolean {
  const stored = countsOf(grid);
  return cellsToSave(grid, counts).some((c) => (stored[cellKey(c.employeeId, c.ruleId)] ?? 0) !== c.count);
}

/** The cell a `cells.3.count` field error of the save points at. */
export function cellOfError(cells: DayCell[], path: string): string | null {
  const m = /^cells\.(\d+)\./.exec(path);
  const cell = m ? cells[Number(m[1])] : undefined;
  return cell ? cellKey(cell.employeeId, cell.ruleId) : null;
}

import { addDays } from '../../src/schema/time';
import { atShanghai, lastDayOf } from './calendar';
import { INSPECTION_FAILURE_NOTES, INSPECTION_ITEMS, type InspectionKind } from './content/quality';
import { iso, type SeedContext } from './context';
import type { Organisation } from './organisation';
import { Weighted } from './prng';
import type { Branch, Employee, Inspection, InspectionItem } from './types';

const KINDS = new Weighted<InspectionKind>([
  ['self_check', 55],
  ['quality_team', 30],
  ['admin_rounds', 15],
]);

/** Who inspects: the branch's own customer-service lead, a quality team from another branch, or administration. */
function inspector(
  org: Organisation,
  branch: Branch,
  kind: InspectionKind,
  date: string,
  other: Branch,
): Employee | undefined {
  if (kind === 'self_check') return org.staffOn(branch.id, ['客服主管', '客服主任'], date)[0];
  if (kind === 'quality_team') return org.staffOn(other.id, ['客服主任', '客服主管'], date)[0];
  return org.staffOn(branch.id, ['行政经理'], date)[0];
}

/**
 * 服务质量检查 (seed 004): branch self-checks, quality-team checks and group administration
 * rounds, each a checklist with pass/fail, a score, findings, a rectification deadline when
 * something failed and, for most past ones, the day it was put right.
 */
export function generateInspections(ctx: SeedContext, org: Organisation): Inspection[] {
  const rng = ctx.rng.fork('inspections');
  const { cal, size } = ctx;
  const out: Inspection[] = [];
  for (const month of cal.months) {
    // Inspections are done during the day: this month's run up to yesterday.
    const last = month === cal.currentMonth ? addDays(cal.today, -1) : lastDayOf(month);
    if (last < `${month}-01`) continue;
    const daysInMonth = Number(last.slice(8, 10));
    for (const [bi, branch] of org.branches.entries()) {
      const n = rng.poisson(size.inspectionsPerBranchMonth * (daysInMonth / 30));
      for (let k = 0; k < n; k++) {
        const kind = KINDS.pick(rng);
        const inspectedOn = `${month}-${String(rng.int(1, daysInMonth)).padStart(2, '0')}`;
        const other = org.branches[(bi + 1) % org.branches.length];
        const who = inspector(org, branch, kind, inspectedOn, other);
        if (!who) continue;
        const checklist = rng.sample(INSPECTION_ITEMS[kind], rng.int(6, INSPECTION_ITEMS[kind].length));
        const strictness = rng.next() * 0.2;
        const items: InspectionItem[] = checklist.map((item) => {
          const passed = !rng.chance(0.04 + strictness);
          return { item, passed, note: passed ? null : rng.pick(INSPECTION_FAILURE_NOTES) };
        });
        const failed = items.filter((i) => !i.passed);
        const rectifyBy = failed.length ? addDays(inspectedOn, 7) : null;
        let rectifiedAt: string | null = null;
        if (rectifyBy) {
          const done = addDays(inspectedOn, rng.int(2, 10));
          const ms = atShanghai(done, rng.int(9, 17), rng.int(0, 59));
          if (ms <= cal.nowMs && rng.chance(0.9)) rectifiedAt = iso(ms);
        }
        out.push({
          id: 0,
          branchId: branch.id,
          kind,
          inspectorId: who.id,
          inspectedOn,
          items,
          score: Math.round((100 * (items.length - failed.length)) / items.length),
          findings: failed.length
            ? `共检查${items.length}项，${failed.length}项不合格：${failed.map((f) => f.item).join('；')}`
            : `共检查${items.length}项，全部合格`,
          rectifyBy,
          rectifiedAt,
        });
      }
    }
  }
  out.sort((a, b) => (a.inspectedOn < b.inspectedOn ? -1 : a.inspectedOn > b.inspectedOn ? 1 : 0));
  out.forEach((s, i) => (s.id = i + 1));
  return out;
}

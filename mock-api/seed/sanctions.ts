import { addDays, shanghaiDate } from '../../src/schema/time';
import { SANCTION_REASONS } from './content/complaints';
import type { SeedContext } from './context';
import { isActiveOn, type Organisation } from './organisation';
import type { Complaint, Id, Sanction } from './types';

const PENALTY: Record<Complaint['severity'], { level: Sanction['level']; fine: [number, number] } | null> = {
  minor: null,
  general: { level: 'warning', fine: [50, 100] },
  serious: { level: 'minor_demerit', fine: [200, 500] },
  critical: { level: 'major_demerit', fine: [500, 1000] },
};

/**
 * 员工过失处罚单 and commendations: penalties for staff found responsible in a complaint (by
 * its severity), and rewards — for handling a serious complaint well, or for a customer's praise.
 * Each is approved by a manager user of the branch (the administrator where there is none).
 */
export function generateSanctions(
  ctx: SeedContext,
  org: Organisation,
  complaints: Complaint[],
  approverOf: (branchId: Id) => Id,
): Sanction[] {
  const rng = ctx.rng.fork('sanctions');
  const { cal } = ctx;
  const out: Sanction[] = [];

  for (const c of complaints) {
    if (!c.resolvedAt) continue;
    const decidedOn = addDays(shanghaiDate(c.resolvedAt), rng.int(1, 5));
    if (decidedOn > cal.today) continue;
    const boss = approverOf(c.branchId);
    const penalty = PENALTY[c.severity];
    if (penalty && c.responsibleStaffIds.length && rng.chance(0.7)) {
      for (const employeeId of c.responsibleStaffIds) {
        if (!isActiveOn(org.employee(employeeId), decidedOn)) continue; // left before the decision
        const [lo, hi] = penalty.fine;
        out.push({
          id: 0,
          employeeId,
          kind: 'penalty',
          level: penalty.level,
          reason: rng.pick(SANCTION_REASONS.penalty),
          complaintId: c.id,
          amount: rng.int(lo / 10, hi / 10) * 10,
          decidedOn,
          approvedById: boss,
        });
      }
    }
    if (
      (c.severity === 'serious' || c.severity === 'critical') &&
      c.handlingSatisfaction === 5 &&
      isActiveOn(org.employee(c.handlerId), decidedOn) &&
      rng.chance(0.5)
    ) {
      out.push({
        id: 0,
        employeeId: c.handlerId,
        kind: 'reward',
        level: 'commendation',
        reason: SANCTION_REASONS.reward[1],
        complaintId: c.id,
        amount: 200,
        decidedOn,
        approvedById: boss,
      });
    }
  }

  // Monthly commendations (服务之星 and customers' praise), about one per branch a month.
  for (const month of cal.months.slice(0, -1)) {
    for (const branch of org.branches) {
      if (!rng.chance(0.8)) continue;
      const decidedOn = `${month}-${String(rng.int(25, 28)).padStart(2, '0')}`;
      const staff = org.employees.filter((e) => e.branchId === branch.id && isActiveOn(e, decidedOn));
      if (!staff.length) continue;
      const boss = approverOf(branch.id);
      out.push({
        id: 0,
        employeeId: rng.pick(staff).id,
        kind: 'reward',
        level: 'commendation',
        reason: rng.pick(SANCTION_REASONS.reward),
        complaintId: null,
        amount: rng.int(1, 5) * 100,
        decidedOn,
        approvedById: boss,
      });
    }
  }
  // A dismissal for repeated misconduct: someone who left during the year.
  const leaver = org.employees.find((e) => e.leftOn !== null && e.leftOn > cal.firstDay);
  if (leaver?.leftOn) {
    const boss = approverOf(leaver.branchId);
    out.push({
      id: 0,
      employeeId: leaver.id,
      kind: 'penalty',
      level: 'dismissal',
      reason: SANCTION_REASONS.penalty[4],
      complaintId: null,
      amount: null,
      decidedOn: leaver.leftOn,
      approvedById: boss,
    });
  }

  out.sort((a, b) => (a.decidedOn < b.decidedOn ? -1 : a.decidedOn > b.decidedOn ? 1 : 0));
  out.forEach((s, i) => (s.id = i + 1));
  return out;
}

import { addDays } from '../../src/schema/time';
import { atShanghai, daysBetween, MINUTE_MS } from './calendar';
import { CARE_TEXTS, ROOMS, type ServiceCategory } from './content/services';
import { iso, type SeedContext } from './context';
import type { ContractUsage } from './contracts';
import type { CustomerBase } from './customers';
import type { Organisation } from './organisation';
import type { Rng } from './prng';
import type { Appointment, Branch, CareRecord, Employee, Id, ServiceItem } from './types';

const THERAPISTS = ['产后修复师', '技术主管'];

/** Walk-in first visits take one of these (by branch type) without an appointment. */
const FIRST_VISIT_ITEM: Record<Branch['type'], string> = {
  postpartum_center: 'CS03',
  beauty_salon: 'CS02',
  aesthetic_clinic: 'CS01',
};

export interface Visits {
  appointments: Appointment[];
  careRecords: CareRecord[];
}

interface Draft {
  appointment: Appointment | null;
  care: CareRecord | null;
  startMs: number;
}

function careTexts(rng: Rng, category: ServiceCategory): Pick<CareRecord, 'effect' | 'reaction' | 'advice'> {
  const t = CARE_TEXTS[category];
  return { effect: rng.pick(t.effect), reaction: rng.pick(t.reaction), advice: rng.pick(t.advice) };
}

export function generateVisits(
  ctx: SeedContext,
  org: Organisation,
  base: CustomerBase,
  usages: ContractUsage[],
  items: ServiceItem[],
): Visits {
  const rng = ctx.rng.fork('visits');
  const { cal } = ctx;
  const itemById = new Map<Id, ServiceItem>(items.map((i) => [i.id, i]));
  const branchById = new Map<Id, Branch>(org.branches.map((b) => [b.id, b]));
  const drafts: Draft[] = [];

  const therapist = (branchId: Id, date: string, preferred: Employee | undefined): Employee | undefined => {
    if (preferred && preferred.hiredOn <= date && (preferred.leftOn === null || preferred.leftOn >= date))
      return preferred;
    const staff = org.staffOn(branchId, THERAPISTS, date);
    return staff.length ? rng.pick(staff) : undefined;
  };

  const visit = (
    branch: Branch,
    customerId: Id,
    item: ServiceItem,
    date: string,
    preferred: Employee | undefined,
    future: boolean,
  ): Employee | undefined => {
    const staff = therapist(branch.id, date, preferred);
    if (!staff) return undefined;
    const startMs = atShanghai(date, rng.int(9, 19), rng.chance(0.5) ? 0 : 30);
    const endMs = startMs + item.durationMin * MINUTE_MS;
    let status: Appointment['status'];
    let confirmedAt: string | null = null;
    const dayBefore = addDays(date, -1);
    const callMs = atShanghai(dayBefore, rng.int(10, 17), rng.int(0, 59));
    if (future || startMs > cal.nowMs) {
      // Confirmation calls are made the day before (seed 000): tomorrow's visits were called this morning.
      const canConfirm = callMs <= cal.nowMs;
      status = canConfirm && rng.chance(0.8) ? 'confirmed' : 'booked';
      if (status === 'confirmed')
        confirmedAt = iso(Math.min(callMs, cal.nowMs - rng.int(5, 120) * MINUTE_MS));
    } else {
      const roll = rng.next();
      status =
        roll < 0.06 ? 'cancelled' : roll < 0.09 ? 'no_show' : endMs > cal.nowMs ? 'arrived' : 'completed';
      if (status !== 'cancelled' && rng.chance(0.88)) confirmedAt = iso(callMs);
    }
    const appointment: Appointment = {
      id: 0,
      customerId,
      branchId: branch.id,
      serviceItemId: item.id,
      staffId: staff.id,
      room: rng.pick(ROOMS[branch.type]),
      startAt: iso(startMs),
      endAt: iso(endMs),
      status,
      confirmedAt,
    };
    const care: CareRecord | null =
      status === 'completed'
        ? {
            id: 0,
            customerId,
            branchId: branch.id,
            appointmentId: null,
            serviceItemId: item.id,
            staffId: staff.id,
            performedAt: iso(startMs + rng.int(0, 10) * MINUTE_MS),
            ...careTexts(rng, item.category),
          }
        : null;
    drafts.push({ appointment, care, startMs });
    return staff;
  };

  for (const { contract, unused, pace, lastDay } of usages) {
    if (lastDay === null) continue;
    const branch = branchById.get(contract.branchId) as Branch;
    let preferred = therapist(
      branch.id,
      contract.startsOn < cal.firstDay ? cal.firstDay : contract.startsOn,
      undefined,
    );
    contract.lines.forEach((line, li) => {
      const item = itemById.get(line.serviceItemId) as ServiceItem;
      // Sessions at a steady pace from the start; past ones took place, the next one is booked.
      const n = line.sessions - unused[li];
      const step = (daysBetween(contract.startsOn, contract.endsOn) * pace) / line.sessions;
      for (let k = 0; k < n; k++) {
        const date = addDays(contract.startsOn, Math.max(0, Math.round((k + 0.5) * step) + rng.int(-2, 2)));
        if (date > lastDay) break;
        if (date < cal.firstDay) continue;
        if (date <= cal.today) {
          preferred = visit(branch, contract.customerId, item, date, preferred, false) ?? preferred;
          continue;
        }
        // The next visit is booked when it is near (and kept clear of today's finished ones).
        if (daysBetween(cal.today, date) <= 10)
          visit(branch, contract.customerId, item, date, preferred, true);
        break;
      }
    });
  }

  // First visits of new customers: an assessment without an appointment.
  const itemByCode = new Map(items.map((i) => [i.code, i]));
  base.customers.forEach((customer, index) => {
    const day = base.since[index];
    if (day < cal.firstDay || day >= cal.today || !rng.chance(0.5)) return;
    const branch = branchById.get(customer.branchId) as Branch;
    const item = itemByCode.get(FIRST_VISIT_ITEM[branch.type]) as ServiceItem;
    const staff = org.staffOn(branch.id, THERAPISTS, day);
    if (!staff.length) return;
    const startMs = atShanghai(day, rng.int(10, 18), rng.int(0, 59));
    drafts.push({
      appointment: null,
      startMs,
      care: {
        id: 0,
        customerId: customer.id,
        branchId: branch.id,
        appointmentId: null,
        serviceItemId: item.id,
        staffId: rng.pick(staff).id,
        performedAt: iso(startMs),
        ...careTexts(rng, item.category),
      },
    });
  });

  drafts.sort((a, b) => a.startMs - b.startMs);
  const appointments: Appointment[] = [];
  const careRecords: CareRecord[] = [];
  for (const d of drafts) {
    if (d.appointment) {
      d.appointment.id = appointments.length + 1;
      appointments.push(d.appointment);
    }
    if (d.care) {
      d.care.id = careRecords.length + 1;
      d.care.appointmentId = d.appointment ? d.appointment.id : null;
      careRecords.push(d.care);
    }
  }
  return { appointments, careRecords };
}

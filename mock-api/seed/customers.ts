import { addDays } from '../../src/schema/time';
import { daysBetween } from './calendar';
import { CUSTOMER_NOTES } from './content/people';
import { CITIES } from './content/places';
import { SERVICE_CATALOGUE, type BranchType, type ServiceCategory } from './content/services';
import type { SeedContext } from './context';
import type { Organisation } from './organisation';
import { Weighted } from './prng';
import type { Customer, Id, ServiceItem } from './types';

const SOURCES = new Weighted<Customer['source']>([
  ['walk_in', 25],
  ['referral', 25],
  ['online', 25],
  ['phone', 10],
  ['event', 15],
]);

const MEMBER_LEVELS = new Weighted<Customer['memberLevel']>([
  ['none', 50],
  ['silver', 25],
  ['gold', 17],
  ['vip', 8],
]);

/** Age range of the customers of each kind of branch. */
const AGES: Record<BranchType, [number, number]> = {
  postpartum_center: [23, 41],
  beauty_salon: [20, 56],
  aesthetic_clinic: [19, 52],
};

export interface CustomerBase {
  customers: Customer[];
  /** The day each customer first came (before the frame for regulars), by customer index. */
  since: string[];
  byBranch: Map<Id, Customer[]>;
}

export function generateServiceItems(): ServiceItem[] {
  const items: ServiceItem[] = [];
  for (const [category, { prefix, items: rows }] of Object.entries(SERVICE_CATALOGUE) as [
    ServiceCategory,
    (typeof SERVICE_CATALOGUE)[ServiceCategory],
  ][]) {
    rows.forEach(([name, price, durationMin], i) => {
      items.push({
        id: items.length + 1,
        code: `${prefix}${String(i + 1).padStart(2, '0')}`,
        name,
        category,
        price,
        durationMin,
        active: true,
      });
    });
  }
  // One discontinued item, so that the catalogue shows what an inactive item looks like.
  items.push({
    id: items.length + 1,
    code: 'BC99',
    name: '拔罐刮痧（已停售）',
    category: 'body_care',
    price: 128,
    durationMin: 45,
    active: false,
  });
  return items;
}

export function generateCustomers(ctx: SeedContext, org: Organisation): CustomerBase {
  const rng = ctx.rng.fork('customers');
  const { cal, pools } = ctx;
  const customers: Customer[] = [];
  const since: string[] = [];
  const byBranch = new Map<Id, Customer[]>();
  const counters = new Map<Id, number>();
  const periodDays = daysBetween(cal.firstDay, cal.today);
  // Branches are not all the same size: the first ones are the flagships.
  const branchPick = new Weighted(
    org.branches.map((b, i) => [b, i === 0 ? 1.4 : 1 - (i % 4) * 0.1] as const),
  );
  const usedPhones = new Set<string>();

  for (let i = 0; i < ctx.size.customers; i++) {
    const branch = branchPick.pick(rng);
    const city = CITIES.find((c) => c.name === branch.city) ?? CITIES[0];
    const seq = (counters.get(branch.id) ?? 0) + 1;
    counters.set(branch.id, seq);
    const gender = branch.type === 'postpartum_center' || rng.chance(0.93) ? 'female' : 'male';
    const [minAge, maxAge] = AGES[branch.type];
    const age = rng.int(minAge, maxAge);
    let phone = pools.mobile(rng);
    while (usedPhones.has(phone)) phone = pools.mobile(rng);
    usedPhones.add(phone);
    const c: Customer = {
      id: i + 1,
      customerNo: `KH-${branch.code}-${String(seq).padStart(5, '0')}`,
      name: pools.name(rng, gender),
      gender,
      birthDate: addDays(cal.today, -(age * 365 + rng.int(0, 364))),
      phone,
      occupation: pools.occupations.pick(rng),
      address: pools.address(rng, city.name, city.districts),
      branchId: branch.id,
      source: SOURCES.pick(rng),
      memberLevel: MEMBER_LEVELS.pick(rng),
      consentToContact: rng.chance(0.9),
      notes: rng.chance(0.15) ? rng.pick(CUSTOMER_NOTES) : null,
    };
    customers.push(c);
    // Six in ten are regulars from before the frame; the rest arrive during it.
    since.push(
      rng.chance(0.6)
        ? addDays(cal.firstDay, -rng.int(1, 700))
        : addDays(cal.firstDay, rng.int(0, periodDays)),
    );
    const list = byBranch.get(branch.id);
    if (list) list.push(c);
    else byBranch.set(branch.id, [c]);
  }
  return { customers, since, byBranch };
}

import { addDays } from '../../src/schema/time';
import { addMonthsToDate, daysBetween } from './calendar';
import {
  BRANCH_CATEGORIES,
  PACKAGE_SESSIONS,
  type BranchType,
  type ServiceCategory,
} from './content/services';
import { yuan, type SeedContext } from './context';
import type { CustomerBase } from './customers';
import type { Organisation } from './organisation';
import { Weighted } from './prng';
import type { Branch, Contract, Id, PaymentMethod, ServiceItem } from './types';

const PAYMENT = new Weighted<PaymentMethod>([
  ['wechat', 35],
  ['alipay', 25],
  ['card', 25],
  ['cash', 5],
  ['transfer', 10],
]);

const LINE_COUNT = new Weighted([
  [1, 65],
  [2, 28],
  [3, 7],
]);

const SALES_POSITIONS = ['销售代表', '业务经理'];

/**
 * How a contract's sessions are taken, decided with the contract: at a steady pace from its
 * start, until its last day (a refund stops it early); some customers leave sessions unused.
 */
export interface ContractUsage {
  contract: Contract;
  /** Sessions per line that will never be taken, by line index. */
  unused: number[];
  /** Share of the validity in which the customer takes the sessions (0.6–0.95). */
  pace: number;
  /** Last day a session may take place: the end, or the refund. None for drafts and cancellations. */
  lastDay: string | null;
}

/** Discount by package size and member level, as a factor of the list price. */
function discount(sessions: number, level: string): number {
  const byPackage = sessions >= 10 ? 0.8 : sessions >= 5 ? 0.88 : 0.95;
  return byPackage * (level === 'vip' ? 0.95 : level === 'gold' ? 0.97 : 1);
}

function validityMonths(category: ServiceCategory, sessions: number): number {
  if (category === 'plastic_surgery' || category === 'injection') return 3;
  return sessions <= 6 ? 3 : sessions <= 10 ? 6 : 12;
}

export function generateContracts(
  ctx: SeedContext,
  org: Organisation,
  base: CustomerBase,
  items: ServiceItem[],
): ContractUsage[] {
  const rng = ctx.rng.fork('contracts');
  const { cal, size } = ctx;
  const activeItems = items.filter((i) => i.active);
  const itemsByCategory = new Map<ServiceCategory, ServiceItem[]>();
  for (const item of activeItems) {
    const list = itemsByCategory.get(item.category) ?? [];
    list.push(item);
    itemsByCategory.set(item.category, list);
  }
  const categoryPick = new Map<BranchType, Weighted<ServiceCategory>>(
    (Object.keys(BRANCH_CATEGORIES) as BranchType[]).map((t) => [t, new Weighted(BRANCH_CATEGORIES[t])]),
  );
  const branchById = new Map<Id, Branch>(org.branches.map((b) => [b.id, b]));
  // A customer who signs at all signs 1, 2 or 3 contracts (80/16/4 %, 1.24 on average), so the
  // share who sign is what makes the size's average.
  const signing = Math.min(1, size.contractsPerCustomer / 1.24);
  const contractCount = new Weighted([
    [0, 1 - signing],
    [1, 0.8 * signing],
    [2, 0.16 * signing],
    [3, 0.04 * signing],
  ]);

  const usages: ContractUsage[] = [];
  base.customers.forEach((customer, index) => {
    const branch = branchById.get(customer.branchId) as Branch;
    const n = contractCount.pick(rng);
    // A new customer signs within a month of the first visit; a regular at any time since half
    // a year before the frame (so the frame opens with sessions under way). Renewals follow
    // two to seven months apart. Signing thus keeps a steady pace through the year.
    const opening = addDays(cal.firstDay, -180);
    const since = base.since[index];
    let signedOn =
      since > opening
        ? addDays(since, rng.int(0, 30))
        : addDays(opening, rng.int(0, daysBetween(opening, cal.today)));
    for (let k = 0; k < n; k++, signedOn = addDays(signedOn, rng.int(60, 210))) {
      if (signedOn > cal.today) break;
      const sales = org.staffOn(branch.id, SALES_POSITIONS, signedOn);
      if (sales.length === 0) continue;
      const lineCount = LINE_COUNT.pick(rng);
      const chosen = new Set<ServiceItem>();
      const lines: Contract['lines'] = [];
      let totalFen = 0;
      let months = 3;
      for (let l = 0; l < lineCount * 3 && lines.length < lineCount; l++) {
        const category = (categoryPick.get(branch.type) as Weighted<ServiceCategory>).pick(rng);
        const item = rng.pick(itemsByCategory.get(category) ?? activeItems);
        if (chosen.has(item)) continue;
        chosen.add(item);
        const sessions = Math.min(size.maxSessions, rng.pick(PACKAGE_SESSIONS[category]));
        // Unit prices are whole yuan after the package discount.
        const unitFen = Math.round(item.price * discount(sessions, customer.memberLevel)) * 100;
        totalFen += sessions * unitFen;
        months = Math.max(months, validityMonths(category, sessions));
        lines.push({ serviceItemId: item.id, sessions, unitPrice: yuan(unitFen) });
      }
      const startsOn = addDays(signedOn, rng.int(0, 7));
      const endsOn = addDays(addMonthsToDate(startsOn, months), -1);
      const depositFen = Math.min(totalFen, Math.max(10_000, Math.round((totalFen * 0.2) / 10_000) * 10_000));
      const recent = daysBetween(signedOn, cal.today) <= 10;
      const roll = rng.next();
      let status: Contract['status'];
      if (recent && roll < 0.4) status = 'draft';
      else if (roll < 0.02) status = 'cancelled';
      else if (roll < 0.05) status = 'refunded';
      else status = endsOn < cal.today ? 'completed' : 'active';

      let paidFen: number;
      if (status === 'draft' || status === 'cancelled') paidFen = 0;
      else if (status === 'active' && rng.chance(0.3)) paidFen = depositFen;
      else paidFen = totalFen;

      const contract: Contract = {
        id: 0,
        contractNo: '',
        customerId: customer.id,
        branchId: branch.id,
        salesRepId: rng.pick(sales).id,
        lines,
        total: yuan(totalFen),
        deposit: status === 'draft' ? 0 : yuan(depositFen),
        paid: yuan(paidFen),
        paymentMethod: PAYMENT.pick(rng),
        signedOn,
        startsOn,
        endsOn,
        status,
      };

      // Drafts and cancellations are never used; a refund stops the sessions part-way; now and
      // then a customer leaves a session or two of a finished package unused.
      let lastDay: string | null = endsOn;
      if (status === 'draft' || status === 'cancelled') lastDay = null;
      else if (status === 'refunded') {
        const end = endsOn < cal.today ? endsOn : cal.today;
        lastDay = addDays(startsOn, Math.floor(daysBetween(startsOn, end) * (0.2 + rng.next() * 0.5)));
      }
      const unused = lines.map((line) =>
        status === 'completed' && rng.chance(0.1) ? Math.min(line.sessions - 1, rng.int(1, 2)) : 0,
      );
      usages.push({ contract, unused, pace: 0.6 + rng.next() * 0.35, lastDay });
    }
  });

  // Numbers follow signing order: HT-{branch}-{yyyyMM}-{seq}, restarting per branch and month.
  usages.sort((a, b) =>
    a.contract.signedOn < b.contract.signedOn ? -1 : a.contract.signedOn > b.contract.signedOn ? 1 : 0,
  );
  const seqs = new Map<string, number>();
  usages.forEach(({ contract }, i) => {
    contract.id = i + 1;
    const code = (branchById.get(contract.branchId) as Branch).code;
    const key = `${code}-${contract.signedOn.slice(0, 4)}${contract.signedOn.slice(5, 7)}`;
    const seq = (seqs.get(key) ?? 0) + 1;
    seqs.set(key, seq);
    contract.contractNo = `HT-${key}-${String(seq).padStart(4, '0')}`;
  });
  return usages;
}

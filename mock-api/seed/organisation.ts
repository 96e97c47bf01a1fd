import { addDays, monthLastDay } from '../../src/schema/time';
import { daysBetween } from './calendar';
import { BRANCH_BRANDS, BRANCH_SUFFIX, CITIES } from './content/places';
import type { BranchType } from './content/services';
import type { SeedContext } from './context';
import type { Rng } from './prng';
import type { Branch, Department, DepartmentKind, Employee, Gender, Id, RoleGroup, Team } from './types';

const BRANCH_TYPES: BranchType[] = ['postpartum_center', 'beauty_salon', 'aesthetic_clinic'];

const DEPARTMENT_NAMES: Record<DepartmentKind, string> = {
  administration: '行政部',
  business: '业务部',
  technical: '技术部',
  customer_service: '客服部',
  consulting: '咨询组',
  medical: '医疗部',
};

const BASE_SALARY: Record<string, number> = {
  行政经理: 9000,
  人事专员: 5500,
  财务专员: 6000,
  后勤专员: 4500,
  业务经理: 9000,
  销售代表: 5000,
  技术主管: 8500,
  产后修复师: 6000,
  客服主任: 8000,
  客服主管: 7000,
  客服专员: 4800,
  咨询组长: 6500,
  网络咨询员: 4500,
  电话咨询员: 4200,
};

/** Share of women by role group (the trade employs mostly women). */
const FEMALE_SHARE: Record<RoleGroup, number> = {
  technical: 0.96,
  consulting: 0.85,
  customer_service: 0.9,
  sales: 0.7,
  administration: 0.65,
};

interface TeamKind {
  key: 'admin' | 'sales' | 'tech' | 'cs' | 'consult';
  department: DepartmentKind;
  name: string;
  roleGroup: RoleGroup;
  leader: (type: BranchType) => string;
  members: (ctx: SeedContext) => [position: string, count: number][];
  copies: (ctx: SeedContext) => number;
}

const TEAM_KINDS: TeamKind[] = [
  {
    key: 'admin',
    department: 'administration',
    name: '行政组',
    roleGroup: 'administration',
    leader: () => '行政经理',
    members: ({ size }) => [
      ['人事专员', size.staffing.adminMembers],
      ['财务专员', size.staffing.adminMembers],
      ['后勤专员', size.staffing.adminMembers],
    ],
    copies: () => 1,
  },
  {
    key: 'sales',
    department: 'business',
    name: '业务组',
    roleGroup: 'sales',
    leader: () => '业务经理',
    members: ({ size }) => [['销售代表', size.staffing.salesReps]],
    copies: () => 1,
  },
  {
    key: 'tech',
    department: 'technical',
    name: '技术组',
    roleGroup: 'technical',
    leader: () => '技术主管',
    members: ({ size }) => [['产后修复师', size.staffing.therapistsPerTeam]],
    copies: ({ size }) => size.staffing.techTeams,
  },
  {
    key: 'cs',
    department: 'customer_service',
    name: '客服组',
    roleGroup: 'customer_service',
    leader: (type) => (type === 'aesthetic_clinic' ? '客服主任' : '客服主管'),
    members: ({ size }) => [['客服专员', size.staffing.csStaff]],
    copies: () => 1,
  },
  {
    key: 'consult',
    department: 'consulting',
    name: '咨询组',
    roleGroup: 'consulting',
    leader: () => '咨询组长',
    members: ({ size }) => [
      ['网络咨询员', size.staffing.onlineConsultantsPerTeam],
      ['电话咨询员', size.staffing.phoneConsultantsPerTeam],
    ],
    copies: ({ size }) => size.staffing.consultTeams,
  },
];

const COPY_NAMES = ['一组', '二组', '三组', '四组'];

export type TeamKindKey = TeamKind['key'];

export interface Organisation {
  branches: Branch[];
  departments: Department[];
  teams: Team[];
  employees: Employee[];
  teamKind: Map<Id, TeamKindKey>;
  department(branchId: Id, kind: DepartmentKind): Department | undefined;
  /** Employees of a branch in these positions who are employed on `date`. */
  staffOn(branchId: Id, positions: readonly string[], date: string): Employee[];
  /** Employees of a department who are employed on `date`. */
  departmentStaffOn(departmentId: Id, date: string): Employee[];
  /** Members of a team employed at some time in the month (the appraisal's population). */
  membersInMonth(teamId: Id, month: string): Employee[];
  employee(id: Id): Employee;
}

export function isActiveOn(e: Employee, date: string): boolean {
  return e.hiredOn <= date && (e.leftOn === null || e.leftOn >= date);
}

export function isActiveInMonth(e: Employee, month: string, lastDay: string): boolean {
  return e.hiredOn <= lastDay && (e.leftOn === null || e.leftOn >= `${month}-01`);
}

function groupBy<T, K>(list: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of list) {
    const k = key(item);
    const group = out.get(k);
    if (group) group.push(item);
    else out.set(k, [item]);
  }
  return out;
}

function branchesFor(ctx: SeedContext, rng: Rng): Branch[] {
  const out: Branch[] = [];
  for (let i = 0; i < ctx.size.branches; i++) {
    const city = CITIES[i % CITIES.length];
    const type = BRANCH_TYPES[i % BRANCH_TYPES.length];
    const serial = Math.floor(i / CITIES.length) + 1;
    const brand = BRANCH_BRANDS[type][Math.floor(i / BRANCH_TYPES.length) % BRANCH_BRANDS[type].length];
    out.push({
      id: i + 1,
      code: `${city.prefix}${String(serial).padStart(2, '0')}`,
      name: `${city.name}${brand}${BRANCH_SUFFIX[type]}${serial > 1 ? `（${serial}店）` : ''}`,
      city: city.name,
      type,
      openedOn: addDays(ctx.cal.firstDay, -rng.int(800, 3600)),
      active: true,
    });
  }
  return out;
}

export function generateOrganisation(ctx: SeedContext): Organisation {
  const rng = ctx.rng.fork('organisation');
  const { cal } = ctx;
  const branches = branchesFor(ctx, rng);
  const departments: Department[] = [];
  const teams: Team[] = [];
  const employees: Employee[] = [];
  const teamKind = new Map<Id, TeamKindKey>();
  const successors: Employee[] = [];
  const leaders = new Map<Team, Employee>();
  const periodDays = daysBetween(cal.firstDay, cal.today);

  /** Where a hire goes: the branch, its numbering, the department, team and role group. */
  interface Slot {
    branch: Branch;
    seq: () => string;
    departmentId: Id;
    teamId: Id;
    roleGroup: RoleGroup;
  }
  const hire = (slot: Slot, position: string, hiredOn: string, list: Employee[]): Employee => {
    const gender: Gender = rng.chance(FEMALE_SHARE[slot.roleGroup]) ? 'female' : 'male';
    const base = BASE_SALARY[position] ?? 5000;
    const e: Employee = {
      id: 0,
      employeeNo: slot.seq(),
      name: ctx.pools.name(rng, gender),
      gender,
      phone: ctx.pools.mobile(rng),
      branchId: slot.branch.id,
      departmentId: slot.departmentId,
      teamId: slot.teamId,
      position,
      roleGroup: slot.roleGroup,
      baseSalary: Math.round((base * (0.9 + rng.next() * 0.2)) / 100) * 100,
      hiredOn,
      leftOn: null,
    };
    list.push(e);
    return e;
  };

  for (const branch of branches) {
    let n = 0;
    const seq = () => `${branch.code}-${String(++n).padStart(3, '0')}`;
    const kinds: DepartmentKind[] = [
      'administration',
      'business',
      'technical',
      'customer_service',
      'consulting',
    ];
    if (branch.type === 'aesthetic_clinic') kinds.push('medical');
    const deptIds = new Map<DepartmentKind, Id>();
    for (const kind of kinds) {
      const d: Department = {
        id: departments.length + 1,
        branchId: branch.id,
        name: DEPARTMENT_NAMES[kind],
        kind,
      };
      departments.push(d);
      deptIds.set(kind, d.id);
    }
    const sinceOpening = Math.max(30, daysBetween(branch.openedOn, cal.firstDay));
    const veteranHire = () => addDays(cal.firstDay, -rng.int(20, sinceOpening));

    for (const kind of TEAM_KINDS) {
      const copies = kind.copies(ctx);
      for (let c = 0; c < copies; c++) {
        const team: Team = {
          id: teams.length + 1,
          branchId: branch.id,
          name: copies > 1 ? `${kind.name.slice(0, -1)}${COPY_NAMES[c]}` : kind.name,
          leaderId: 0,
        };
        teams.push(team);
        teamKind.set(team.id, kind.key);
        const slot: Slot = {
          branch,
          seq,
          departmentId: deptIds.get(kind.department) as Id,
          teamId: team.id,
          roleGroup: kind.roleGroup,
        };
        leaders.set(team, hire(slot, kind.leader(branch.type), veteranHire(), employees));
        for (const [position, count] of kind.members(ctx)) {
          for (let k = 0; k < count; k++) {
            const e = hire(slot, position, veteranHire(), employees);
            // Turnover: some leave during the year and a successor is hired a few weeks later.
            if (rng.chance(ctx.size.turnover)) {
              e.leftOn = addDays(cal.firstDay, rng.int(20, periodDays - 20));
              const hiredOn = addDays(e.leftOn, rng.int(5, 30));
              if (hiredOn <= cal.today) hire(slot, position, hiredOn, successors);
            }
          }
        }
        // Growth: now and then a team takes on one more member during the year.
        if (rng.chance(ctx.size.turnover * 2)) {
          const [position] = rng.pick(kind.members(ctx));
          hire(slot, position, addDays(cal.firstDay, rng.int(30, periodDays - 10)), successors);
        }
      }
    }
  }

  const all = [...employees, ...successors];
  all.forEach((e, i) => (e.id = i + 1));
  for (const [team, leader] of leaders) team.leaderId = leader.id;

  const deptIndex = new Map(departments.map((d) => [`${d.branchId}:${d.kind}`, d]));
  const byBranchPosition = new Map<string, Employee[]>();
  for (const e of all) {
    const key = `${e.branchId}:${e.position}`;
    const list = byBranchPosition.get(key);
    if (list) list.push(e);
    else byBranchPosition.set(key, [e]);
  }
  const byTeam = groupBy(all, (e) => e.teamId);
  const byDepartment = groupBy(all, (e) => e.departmentId);

  return {
    branches,
    departments,
    teams,
    employees: all,
    teamKind,
    department: (branchId, kind) => deptIndex.get(`${branchId}:${kind}`),
    staffOn(branchId, positions, date) {
      const out: Employee[] = [];
      for (const p of positions)
        for (const e of byBranchPosition.get(`${branchId}:${p}`) ?? []) if (isActiveOn(e, date)) out.push(e);
      return out;
    },
    departmentStaffOn: (departmentId, date) =>
      (byDepartment.get(departmentId) ?? []).filter((e) => isActiveOn(e, date)),
    membersInMonth(teamId, month) {
      const lastDay = monthLastDay(month);
      return (byTeam.get(teamId) ?? []).filter((e) => isActiveInMonth(e, month, lastDay));
    },
    employee: (id) => all[id - 1],
  };
}

/**
 * Who may do what (DOMAIN §9), as data and pure functions: the mock API enforces it on every
 * route and the console mirrors it (menu, buttons). Deny by default: a role may do only what is
 * listed here; a resource or report not named is the administrator's alone.
 *
 * Reading `docs/access.md` beside this file explains each choice the spec leaves open.
 */

export const ROLES = ['admin', 'manager', 'cs_staff', 'quality_supervisor', 'finance', 'therapist'] as const;
export type Role = (typeof ROLES)[number];

/** What can be done to a resource's records. `read` covers the list and one record. */
export type AccessAction = 'read' | 'create' | 'update' | 'delete';

export const REPORT_NAMES = ['satisfaction', 'complaints', 'appraisal', 'kpi', 'follow-ups'] as const;

type Grant = Partial<Record<string, readonly AccessAction[]>>;

const READ = ['read'] as const;
const CRU = ['read', 'create', 'update'] as const;
const CRUD = ['read', 'create', 'update', 'delete'] as const;

/** Records no role but the administrator reads or writes. */
const SYSTEM_RESOURCES = ['users', 'audit-logs'];
/** System settings: readable by every business role that reads everything, written by the administrator. */
const SETTINGS_RESOURCES = ['appraisal-settings'];

/**
 * Per role, the resources it may touch and how. `manager` and `quality_supervisor` cover
 * "every business record": every resource but the system ones (computed from the list of
 * resources, so a resource added later is covered without an edit here).
 */
const GRANTS: Record<Exclude<Role, 'admin' | 'manager' | 'quality_supervisor'>, Grant> = {
  cs_staff: {
    customers: CRU,
    consultations: CRU,
    complaints: CRU,
    'follow-ups': CRU,
    'survey-responses': CRU,
    appointments: CRU,
    'service-items': READ,
    employees: READ,
    // Reference data the forms above need to name a branch, department or survey template.
    branches: READ,
    departments: READ,
    'survey-templates': READ,
  },
  finance: {
    employees: READ,
    contracts: READ,
    complaints: READ,
    'appraisal-events': READ,
    'monthly-awards': CRUD,
    'monthly-appraisals': READ,
    'annual-appraisals': READ,
    // Reference data: the branch, team and rule an award or event names.
    branches: READ,
    teams: READ,
    'appraisal-rules': READ,
    // The pay formula's constants: the appraisal report (console fallback, `--api` command) reads them.
    'appraisal-settings': READ,
  },
  therapist: {
    appointments: READ,
    customers: READ,
    'care-records': CRU,
    // Reference data a care record names.
    branches: READ,
    'service-items': READ,
  },
};

/** quality_supervisor writes only these (the rest of the business records it reads). */
const QUALITY_WRITES: Grant = {
  inspections: ['create', 'update'],
  sanctions: ['create', 'update'],
  complaints: ['create', 'update'],
  'survey-responses': ['update'],
};

/**
 * Fields a role may change on a resource it may update, when not all of them: the quality
 * supervisor rules on a survey response's validity and nothing else of it.
 */
const FIELD_LIMITS: Partial<Record<Role, Record<string, readonly string[]>>> = {
  quality_supervisor: { 'survey-responses': ['valid', 'invalidReason'] },
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

function isBusiness(resource: string): boolean {
  return !SYSTEM_RESOURCES.includes(resource);
}

/** May `role` do `action` on `resource`'s records (before branch scope, which is per record)? */
export function can(role: Role, resource: string, action: AccessAction): boolean {
  switch (role) {
    case 'admin':
      return true;
    case 'manager':
      if (!isBusiness(resource)) return false;
      return SETTINGS_RESOURCES.includes(resource) ? action === 'read' : true;
    case 'quality_supervisor':
      if (!isBusiness(resource)) return false;
      return action === 'read' || (QUALITY_WRITES[resource] ?? []).includes(action);
    default:
      return (GRANTS[role][resource] ?? []).includes(action);
  }
}

/** The fields `role` may change on `resource`, or undefined when every writable field. */
export function writableFieldsFor(role: Role, resource: string): readonly string[] | undefined {
  return FIELD_LIMITS[role]?.[resource];
}

/**
 * Branch scope on creating: a user limited to some branches cannot add a branch (a new one is
 * outside them by definition; the API refuses it).
 */
export function scopeAllowsCreate(resource: string, branchIds: readonly number[]): boolean {
  return resource !== 'branches' || branchIds.length === 0;
}

/**
 * May `role` open `resource`'s edit form: it may update it, every field of it. A role limited
 * to some fields (the quality supervisor on a survey response) changes them through the record
 * page's own action instead; the whole form would only end in a refusal.
 */
export function mayEditForm(role: Role, resource: string): boolean {
  return can(role, resource, 'update') && writableFieldsFor(role, resource) === undefined;
}

const REPORTS: Record<Role, readonly string[] | 'all'> = {
  admin: 'all',
  manager: 'all',
  cs_staff: [],
  quality_supervisor: ['satisfaction', 'complaints'],
  finance: ['appraisal', 'kpi', 'complaints'],
  therapist: [],
};

/**
 * May `role` open report (or dashboard) `name`? An unknown name is for the roles that see every
 * report (administrator and managers) only.
 */
export function canReport(role: Role, name: string): boolean {
  const allowed = REPORTS[role];
  return allowed === 'all' || allowed.includes(name);
}

/**
 * Customer contact fields (顾客档案保密): sent in full only to the roles below, masked for every
 * other role. The complainant's phone and a prospect's contact are a customer's contact too.
 */
export const CONTACT_FIELDS: Readonly<Record<string, readonly string[]>> = {
  customers: ['phone', 'address', 'birthDate'],
  complaints: ['complainantPhone'],
  consultations: ['prospectContact'],
};
const FULL_CONTACT: readonly Role[] = ['admin', 'manager', 'cs_staff'];

/** Pay fields: only these roles see an employee's salary. */
export const SALARY_FIELDS: Readonly<Record<string, readonly string[]>> = { employees: ['baseSalary'] };
const SEES_SALARY: readonly Role[] = ['admin', 'manager', 'finance'];

export function seesFullContact(role: Role): boolean {
  return FULL_CONTACT.includes(role);
}

/** The fields of `resource` that `role` receives masked (contact) or withheld (salary). */
export function hiddenFields(
  role: Role,
  resource: string,
): { masked: readonly string[]; withheld: readonly string[] } {
  return {
    masked: seesFullContact(role) ? [] : (CONTACT_FIELDS[resource] ?? []),
    withheld: SEES_SALARY.includes(role) ? [] : (SALARY_FIELDS[resource] ?? []),
  };
}

/**
 * A masked value: a phone keeps its first 3 and last 4 digits (`138****5678`), a date its year
 * (`1990-**-**`), any other text its first 3 characters. Short values are masked whole.
 */
export function maskValue(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return value;
  const text = String(value);
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return `${text.slice(0, 4)}-**-**`;
  if (/^\+?[\d\s-]{7,}$/.test(text)) {
    const digits = text.replace(/\D/g, '');
    if (digits.length >= 7) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  }
  const chars = [...text];
  if (chars.length <= 3) return '*'.repeat(chars.length);
  return `${chars.slice(0, 3).join('')}${'*'.repeat(Math.min(8, chars.length - 3))}`;
}

/** A row as `role` may receive it: contact fields masked, salary withheld (null). */
export function maskRow<T extends Record<string, unknown>>(role: Role, resource: string, row: T): T {
  const { masked, withheld } = hiddenFields(role, resource);
  if (masked.length === 0 && withheld.length === 0) return row;
  const out: Record<string, unknown> = { ...row };
  for (const f of masked) if (f in out) out[f] = maskValue(out[f]);
  for (const f of withheld) if (f in out) out[f] = null;
  return out as T;
}

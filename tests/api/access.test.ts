import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESOURCES } from '../../src/resources/index';
import { demoState } from './demoDb';
import { call, signIn, startApi, type Client, type RunningApi } from './harness';

/**
 * The full role × resource × action matrix of DOMAIN §9 through real HTTP. The expectations are
 * written out by hand from §9's table (and docs/access.md's reading of it), not computed from
 * the code under test. Nothing here changes a record: an allowed write is sent where it fails
 * after the access check (an empty body → 400, an unknown id → 404), a refused one gets 403.
 */

type Letters = string; // r = read, c = create, u = update, d = delete
const ALL = 'rcud';
const BUSINESS = RESOURCES.map((r) => r.name).filter((n) => n !== 'users' && n !== 'audit-logs');

const EXPECTED: Record<string, Record<string, Letters>> = {
  admin: Object.fromEntries(RESOURCES.map((r) => [r.name, ALL])),
  manager: { ...Object.fromEntries(BUSINESS.map((n) => [n, ALL])), 'appraisal-settings': 'r' },
  cs_staff: {
    customers: 'rcu',
    consultations: 'rcu',
    complaints: 'rcu',
    'follow-ups': 'rcu',
    'survey-responses': 'rcu',
    appointments: 'rcu',
    'service-items': 'r',
    employees: 'r',
    branches: 'r',
    departments: 'r',
    'survey-templates': 'r',
  },
  quality_supervisor: {
    ...Object.fromEntries(BUSINESS.map((n) => [n, 'r'])),
    inspections: 'rcu',
    sanctions: 'rcu',
    complaints: 'rcu',
    'survey-responses': 'ru',
  },
  finance: {
    employees: 'r',
    contracts: 'r',
    complaints: 'r',
    'appraisal-events': 'r',
    'monthly-awards': 'rcud',
    'monthly-appraisals': 'r',
    'annual-appraisals': 'r',
    branches: 'r',
    teams: 'r',
    'appraisal-rules': 'r',
    'appraisal-settings': 'r',
  },
  therapist: {
    appointments: 'r',
    customers: 'r',
    'care-records': 'rcu',
    branches: 'r',
    'service-items': 'r',
  },
};

const REPORTS: Record<string, string[]> = {
  admin: ['satisfaction', 'complaints', 'appraisal', 'kpi', 'follow-ups'],
  manager: ['satisfaction', 'complaints', 'appraisal', 'kpi', 'follow-ups'],
  cs_staff: [],
  quality_supervisor: ['satisfaction', 'complaints'],
  finance: ['appraisal', 'kpi', 'complaints'],
  therapist: [],
};

const USERNAME: Record<string, string> = {
  admin: 'admin',
  manager: 'manager',
  cs_staff: 'cs',
  quality_supervisor: 'quality',
  finance: 'finance',
  therapist: 'therapist',
};

const NO_SUCH_ID = 999999;

/** The status an allowed action gets when it reaches the handler with a body/id that fails there. */
function allowedStatus(resource: string, action: string): number {
  const def = RESOURCES.find((r) => r.name === resource);
  if (def?.readOnly && action !== 'r') return 405;
  if (def?.singleton && (action === 'c' || action === 'd')) return 405;
  return { r: 200, c: 400, u: 404, d: 404 }[action] as number;
}

function request(resource: string, action: string): [string, string, unknown?] {
  switch (action) {
    case 'r':
      return ['GET', `/${resource}?_end=1`];
    case 'c':
      return ['POST', `/${resource}`, {}];
    case 'u':
      return ['PATCH', `/${resource}/${NO_SUCH_ID}`, {}];
    default:
      return ['DELETE', `/${resource}/${NO_SUCH_ID}`];
  }
}

let api: RunningApi;
const clients: Record<string, Client> = {};
beforeAll(async () => {
  api = await startApi({ state: demoState(), auth: true });
  for (const [role, username] of Object.entries(USERNAME)) clients[role] = await signIn(api, username);
}, 60_000);
afterAll(() => api.close());

const cases = Object.keys(EXPECTED).flatMap((role) =>
  RESOURCES.flatMap((r) => [...'rcud'].map((action) => [role, r.name, action] as const)),
);

describe('role × resource × action (§9)', () => {
  it.each(cases)('%s %s %s', async (role, resource, action) => {
    const allowed = (EXPECTED[role][resource] ?? '').includes(action);
    const [method, path, body] = request(resource, action);
    const r = await call<{ message?: string }>(clients[role], method, path, body);
    if (allowed) expect(r.status, JSON.stringify(r.body)).toBe(allowedStatus(resource, action));
    else {
      expect(r.status).toBe(403);
      expect(r.body.message).toMatch(/无权/);
    }
    // A record-level read: the allowed get an answer about the record (not found), never 403.
    if (action === 'r') {
      const one = await call(clients[role], 'GET', `/${resource}/${NO_SUCH_ID}`);
      expect(one.status).toBe(allowed ? 404 : 403);
    }
  });

  const reportCases = Object.keys(REPORTS).flatMap((role) =>
    ['satisfaction', 'complaints', 'appraisal', 'kpi', 'follow-ups'].map((name) => [role, name] as const),
  );
  it.each(reportCases)('%s report %s', async (role, name) => {
    const r = await call(clients[role], 'GET', `/reports/${name}?month=2026-10&format=json`);
    if (REPORTS[role].includes(name)) expect([200, 400, 404]).toContain(r.status);
    else expect(r.status).toBe(403);
  });

  it('refuses every route without a valid token (401), sign-in aside', async () => {
    const anonymous = { baseURL: api.baseURL };
    const forged = { baseURL: api.baseURL, headers: { Authorization: 'Bearer forged-token-0123456789' } };
    for (const r of RESOURCES) {
      for (const action of 'rcud') {
        const [method, path, body] = request(r.name, action);
        expect((await call(anonymous, method, path, body)).status).toBe(401);
        expect((await call(forged, method, path, body)).status).toBe(401);
      }
    }
    for (const path of ['/reports/complaints', '/auth/me', '/nothing-here', '/appraisal-events/daily-entry'])
      expect((await call(anonymous, 'GET', path)).status).toBe(401);
  });

  it('leaves unknown routes to the administrator only (deny by default)', async () => {
    expect((await call(clients.manager, 'GET', '/nothing-here')).status).toBe(403);
    expect((await call(clients.admin, 'GET', '/nothing-here')).status).toBe(404);
  });
});

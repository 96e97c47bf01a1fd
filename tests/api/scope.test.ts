import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoState, type Rows } from './demoDb';
import { call, get, signIn, startApi, type Client, type RunningApi } from './harness';
import { diskText, readDb } from './disk';

/**
 * Attacks on branch scope, own-record scope and masking (§9) with the demo seed: `manager` is
 * limited to branch 1 (BJ01), `therapist` is employee 11's account. Expected sets are computed
 * from the database file, independently of the API's code.
 */

let api: RunningApi;
let db: Rows;
let manager: Client;
let quality: Client;
let cs: Client;
let therapist: Client;
let finance: Client;
const disk = () => readDb<Rows>(api.file);
const idsOf = (rows: Record<string, unknown>[]) => rows.map((r) => r.id as number).sort((a, b) => a - b);
const total = (r: { headers: Headers }) => Number(r.headers.get('x-total-count'));

beforeAll(async () => {
  api = await startApi({ state: demoState(), auth: true });
  db = disk();
  [manager, quality, cs, therapist, finance] = await Promise.all(
    ['manager', 'quality', 'cs', 'therapist', 'finance'].map((u) => signIn(api, u)),
  );
}, 60_000);
afterAll(() => api.close());

const branch1 = (rows: Record<string, unknown>[]) => rows.filter((r) => r.branchId === 1);

describe('branch scope (manager of BJ01)', () => {
  it('lists only the branch’s records, with a total to match', async () => {
    const branches = await get<{ id: number }[]>(manager, '/branches');
    expect(idsOf(branches.body)).toEqual([1]);
    for (const name of ['customers', 'complaints', 'employees', 'survey-responses']) {
      const r = await get<Record<string, unknown>[]>(manager, `/${name}?_end=100000`);
      expect(idsOf(r.body)).toEqual(idsOf(branch1(db[name])));
      expect(total(r)).toBe(branch1(db[name]).length);
    }
  });

  it('follows a record to its branch through its owner (employee, team, session)', async () => {
    const staff1 = new Set(branch1(db.employees).map((e) => e.id));
    const teams1 = new Set(branch1(db.teams).map((t) => t.id));
    const sessions1 = new Set(branch1(db['training-sessions']).map((s) => s.id));
    const expected: [string, (r: Record<string, unknown>) => boolean][] = [
      ['sanctions', (r) => staff1.has(r.employeeId)],
      ['appraisal-events', (r) => staff1.has(r.employeeId)],
      ['monthly-appraisals', (r) => staff1.has(r.employeeId)],
      ['training-assessments', (r) => staff1.has(r.employeeId)],
      ['monthly-awards', (r) => staff1.has(r.employeeId)],
    ];
    for (const [name, test] of expected) {
      const r = await get<Record<string, unknown>[]>(manager, `/${name}?_end=100000`);
      expect(idsOf(r.body), name).toEqual(idsOf(db[name].filter(test)));
      expect(r.body.length, name).toBeGreaterThan(0);
    }
    expect(teams1.size).toBeGreaterThan(0);
    expect(sessions1.size).toBeGreaterThan(0);
  });

  it('finds nothing of another branch: by filter, by id, by search', async () => {
    expect((await get(manager, '/customers?branchId=2')).body).toEqual([]);
    const other = db.customers.find((c) => c.branchId === 2) as { id: number; name: string };
    expect((await get(manager, `/customers/${other.id}`)).status).toBe(404);
    const search = await get<{ branchId: number }[]>(
      manager,
      `/customers?q=${encodeURIComponent(other.name)}`,
    );
    expect(search.body.every((c) => c.branchId === 1)).toBe(true);
    expect((await get(manager, '/branches/2')).status).toBe(404);
  });

  it('cannot write another branch’s records, nor move one there, nor create one there', async () => {
    const before = diskText(api.file);
    const mine = db.customers.find((c) => c.branchId === 1) as { id: number };
    const other = db.customers.find((c) => c.branchId === 2) as { id: number };
    const moved = await call<{ message: string }>(manager, 'PATCH', `/customers/${mine.id}`, { branchId: 2 });
    expect(moved.status).toBe(403);
    expect(moved.body.message).toMatch(/范围/);
    expect((await call(manager, 'PATCH', `/customers/${other.id}`, { notes: 'x' })).status).toBe(403);
    expect((await call(manager, 'DELETE', `/customers/${other.id}`)).status).toBe(403);
    const created = await call(manager, 'POST', '/departments', {
      branchId: 2,
      name: '医疗部',
      kind: 'medical',
    });
    expect(created.status).toBe(403);
    const staff2 = db.employees.find((e) => e.branchId === 2) as { id: number };
    const event = await call(manager, 'POST', '/appraisal-events', {
      employeeId: staff2.id,
      ruleId: 1,
      occurredOn: '2026-11-02',
      count: 1,
    });
    expect(event.status).toBe(403);
    expect(
      (
        await call(manager, 'POST', '/branches', {
          code: 'CD01',
          name: '成都',
          city: '成都',
          type: 'beauty_salon',
        })
      ).status,
    ).toBe(403);
    expect(diskText(api.file)).toBe(before);
  });

  it('refuses a report of another branch', async () => {
    expect((await get(manager, '/reports/complaints?month=2026-10&branch=SH01')).status).toBe(403);
  });
});

describe('own records (therapist)', () => {
  const me = 11;
  it('sees only their appointments, the customers in them and their care records', async () => {
    const appointments = await get<{ id: number }[]>(therapist, '/appointments?_end=100000');
    expect(idsOf(appointments.body)).toEqual(idsOf(db.appointments.filter((a) => a.staffId === me)));
    const theirs = new Set(db.appointments.filter((a) => a.staffId === me).map((a) => a.customerId));
    const customers = await get<{ id: number }[]>(therapist, '/customers?_end=100000');
    expect(idsOf(customers.body)).toEqual(idsOf(db.customers.filter((c) => theirs.has(c.id))));
    const care = await get<{ id: number }[]>(therapist, '/care-records?_end=100000');
    expect(idsOf(care.body)).toEqual(idsOf(db['care-records'].filter((c) => c.staffId === me)));
    const notMine = db.customers.find((c) => !theirs.has(c.id)) as { id: number };
    expect((await get(therapist, `/customers/${notMine.id}`)).status).toBe(404);
  });

  it('writes only their own care records', async () => {
    const others = db['care-records'].find((c) => c.staffId !== me) as { id: number };
    expect((await call(therapist, 'PATCH', `/care-records/${others.id}`, { advice: 'x' })).status).toBe(403);
    const appointment = db.appointments.find((a) => a.staffId === me) as Record<string, number>;
    const record = {
      customerId: appointment.customerId,
      branchId: appointment.branchId,
      serviceItemId: appointment.serviceItemId,
      performedAt: '2026-11-19T10:00:00+08:00',
      effect: '盆底肌力改善',
    };
    const foreign = await call(therapist, 'POST', '/care-records', { ...record, staffId: 12 });
    expect(foreign.status, JSON.stringify(foreign.body)).toBe(403);
    const ok = await call<{ id: number }>(therapist, 'POST', '/care-records', { ...record, staffId: me });
    expect(ok.status).toBe(201);
    expect((await call(therapist, 'PATCH', `/care-records/${ok.body.id}`, { advice: '多喝水' })).status).toBe(
      200,
    );
  });
});

describe('masking', () => {
  const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`;

  it('masks customer contact fields for the quality supervisor and the therapist, in lists and details', async () => {
    const c = db.customers.find((x) => x.birthDate && x.address) as Record<string, string> & { id: number };
    for (const client of [quality]) {
      const one = await get<Record<string, string>>(client, `/customers/${c.id}`);
      expect(one.body.phone).toBe(masked(c.phone));
      expect(one.body.birthDate).toBe(`${c.birthDate.slice(0, 4)}-**-**`);
      expect(one.body.address).not.toBe(c.address);
      expect(one.body.address.startsWith([...c.address].slice(0, 3).join(''))).toBe(true);
      const list = await get<Record<string, string>[]>(client, `/customers?id=${c.id}`);
      expect(list.body[0].phone).toBe(masked(c.phone));
    }
    const full = await get<Record<string, string>>(cs, `/customers/${c.id}`);
    expect(full.body.phone).toBe(c.phone);
    expect(full.body.birthDate).toBe(c.birthDate);
  });

  it('gives away no hidden digit through filters or search', async () => {
    const c = db.customers[0] as { phone: string };
    const middle = c.phone.slice(3, 7);
    const like = await get<unknown[]>(quality, `/customers?phone_like=${middle}`);
    const q = await get<{ phone: string }[]>(quality, `/customers?q=${c.phone}`);
    expect(like.body).toEqual([]);
    expect(q.body).toEqual([]);
    expect((await get<unknown[]>(cs, `/customers?phone_like=${c.phone}`)).body.length).toBeGreaterThan(0);
  });

  it('keeps the stored value when a masked value is sent back', async () => {
    const complaint = db.complaints.find((x) => x.complainantPhone) as {
      id: number;
      complainantPhone: string;
    };
    const shown = await get<Record<string, unknown>>(quality, `/complaints/${complaint.id}`);
    const r = await call(quality, 'PATCH', `/complaints/${complaint.id}`, {
      complainantPhone: shown.body.complainantPhone,
      rootCause: '流程不清',
    });
    expect(r.status).toBe(200);
    const stored = disk().complaints.find((x) => x.id === complaint.id) as Record<string, unknown>;
    expect(stored.complainantPhone).toBe(complaint.complainantPhone);
    expect(stored.rootCause).toBe('流程不清');
  });

  it('withholds salaries from roles without the right', async () => {
    const e = db.employees[0] as { id: number; baseSalary: number };
    expect((await get<{ baseSalary: unknown }>(cs, `/employees/${e.id}`)).body.baseSalary).toBeNull();
    expect((await get<{ baseSalary: unknown }>(finance, `/employees/${e.id}`)).body.baseSalary).toBe(
      e.baseSalary,
    );
  });

  it('lets the quality supervisor change a survey response’s validity and nothing else of it', async () => {
    const s = db['survey-responses'][0] as { id: number };
    const other = await call<{ message: string }>(quality, 'PATCH', `/survey-responses/${s.id}`, {
      comment: '改',
    });
    expect(other.status).toBe(403);
    expect(other.body.message).toMatch(/comment/);
    const ok = await call(quality, 'PATCH', `/survey-responses/${s.id}`, {
      valid: false,
      invalidReason: 'test',
    });
    expect(ok.status).toBe(200);
  });
});

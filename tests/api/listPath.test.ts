import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbState } from '../../mock-api/adapter';
import { maskRow, type Role } from '../../src/domain/access';
import { demoState, type Rows } from './demoDb';
import { fixture } from './fixture';
import { call, get, ids, signIn, startApi, type Client, type RunningApi } from './harness';

/**
 * The list path (mock-api/list/) against a plain filter and sort written here: random queries
 * over a random complaints table (nulls, missing fields, ties, regular-expression characters,
 * lists, instants with any offset), then by hand for masking, branch scope and caches after writes.
 * Expected answers are computed from the rows of the database, never by the API's code.
 */

type Row = Record<string, unknown> & { id: number };
type Pair = [string, string];

const STATUSES = ['received', 'acknowledged', 'investigating', 'resolved', 'closed'];
const SEVERITIES = ['general', 'serious', 'critical'];
const NAME_CHARS = ['a', 'A', 'b', 'B', '(', ')', '.', '*', '\\', ' ', '美', '1'];
const AMOUNTS = [0, 5, 10.5, 100, 250.5, 1000];
const DAY0 = Date.UTC(2026, 10, 2, 16);
const HOUR = 3_600_000;

/** A value that may also be null or missing (undefined = the key is left out). */
const maybe = <T>(arb: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: arb }, fc.constant(null), fc.constant(undefined));
const nameText = (max: number) =>
  fc.array(fc.constantFrom(...NAME_CHARS), { maxLength: max }).map((c) => c.join(''));

const rowArb = fc.record({
  status: maybe(fc.constantFrom(...STATUSES)),
  severity: fc.constantFrom(...SEVERITIES),
  branchId: maybe(fc.integer({ min: 1, max: 4 })),
  refundAmount: maybe(fc.constantFrom(...AMOUNTS)),
  complainantName: maybe(nameText(6)),
  complainantPhone: maybe(
    fc.integer({ min: 0, max: 99_999_999 }).map((n) => `138${String(n).padStart(8, '0')}`),
  ),
  receivedAt: fc.integer({ min: 0, max: 72 }).map((h) => new Date(DAY0 + h * HOUR).toISOString()),
  involvedStaffIds: fc.array(fc.integer({ min: 1, max: 15 }), { maxLength: 3 }),
  reopenedCount: fc.integer({ min: 0, max: 3 }),
});

/** A random complaints table: shuffled ids, so stored order is not id order. */
function randomComplaints(seed: number, size: number): Row[] {
  const [rows] = fc.sample(fc.array(rowArb, { minLength: size, maxLength: size }), { seed, numRuns: 1 });
  const [order] = fc.sample(
    fc.shuffledSubarray(
      Array.from({ length: size }, (_, i) => i + 1),
      { minLength: size },
    ),
    {
      seed: seed + 1,
      numRuns: 1,
    },
  );
  return rows.map((r, i) => {
    const row: Row = { id: order[i] };
    for (const [k, v] of Object.entries(r)) if (v !== undefined) row[k] = v;
    return row;
  });
}

// ---------- the plain implementation ----------

const present = (v: unknown) => v !== null && v !== undefined;
const literal = (raw: string) => raw.replace(/\\(.)/g, '$1');

function texts(v: unknown): string[] {
  if (v === null || v === undefined || v === false || v === 0 || v === '' || Number.isNaN(v)) return [];
  if (Array.isArray(v)) return v.flatMap(texts);
  if (typeof v === 'object') return Object.values(v).flatMap(texts);
  return [String(v).toLowerCase()];
}

/** Does `row` pass the filter `key=values` (json-server's language, as the console sends it)? */
function passes(row: Row, key: string, values: string[]): boolean {
  const [, field, op = 'eq'] = /^(.*?)(?:_(ne|like|gte|lte))?$/.exec(key) as string[];
  const v = row[field];
  if (key === 'q') return texts(Object.values(row)).some((t) => t.includes(values[0].toLowerCase()));
  if (!present(v)) return false;
  if (Array.isArray(v)) return v.some((item) => values.includes(String(item)));
  const asNumber = typeof v === 'number';
  const bound = (x: string) => (asNumber ? Number(x) : Date.parse(x));
  const mine = asNumber ? (v as number) : Date.parse(v as string);
  switch (op) {
    case 'eq':
      return values.some((x) => (asNumber ? Number(x) === v : x === v));
    case 'ne':
      return values.every((x) => (asNumber ? Number(x) !== v : x !== v));
    case 'like':
      return values.some((x) => String(v).toLowerCase().includes(literal(x).toLowerCase()));
    case 'gte':
      return mine >= bound(values[0]);
    default:
      return mine <= bound(values[0]);
  }
}

/** Ascending: values, then null, then missing; a descending sort is the exact reverse. */
function compare(a: unknown, b: unknown): number {
  const rank = (v: unknown) => (v === undefined ? 2 : v === null ? 1 : 0);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (rank(a) > 0 || a === b) return 0;
  return (a as number) < (b as number) ? -1 : 1;
}

interface Expected {
  ids: number[];
  total: number;
}

function expected(rows: readonly Row[], pairs: Pair[]): Expected {
  const query = new Map<string, string[]>();
  for (const [k, v] of pairs) query.set(k, [...(query.get(k) ?? []), v]);
  const one = (k: string) => query.get(k)?.[0];
  let out = rows.filter((row) =>
    [...query].every(([k, values]) => k.startsWith('_') || passes(row, k, values)),
  );
  const sort = one('_sort');
  if (sort) {
    const fields = sort.split(',');
    const orders = (one('_order') ?? '').split(',');
    if (!fields.includes('id')) fields.push('id');
    out = [...out].sort((a, b) => {
      for (const [i, f] of fields.entries()) {
        const c = compare(a[f], b[f]) * (orders[i] === 'desc' ? -1 : 1);
        if (c !== 0) return c;
      }
      return 0;
    });
  }
  const num = (k: string) => (one(k) === undefined ? undefined : Number(one(k)));
  const [start, end, limit, page] = [num('_start'), num('_end'), num('_limit'), num('_page')];
  let paged = out;
  if (page !== undefined) paged = out.slice((page - 1) * (limit || 10), page * (limit || 10));
  else if (end !== undefined) paged = out.slice(start ?? 0, end);
  else if (limit !== undefined) paged = out.slice(start ?? 0, (start ?? 0) + limit);
  else if (start !== undefined) paged = out.slice(start);
  return { ids: paged.map((r) => r.id), total: out.length };
}

// ---------- random queries ----------

const offsetInstant = fc
  .tuple(fc.integer({ min: -4, max: 76 }), fc.constantFrom('Z', '+08:00', '-05:30'))
  .map(([h, zone]) => {
    const ms = DAY0 + h * HOUR + 1800_000;
    if (zone === 'Z') return new Date(ms).toISOString();
    const offsetMin = zone === '+08:00' ? 480 : -330;
    return `${new Date(ms + offsetMin * 60_000).toISOString().slice(0, 19)}${zone}`;
  });
const some = <T>(arb: fc.Arbitrary<T>, max: number) => fc.uniqueArray(arb, { minLength: 1, maxLength: max });
const repeated = (key: string, values: fc.Arbitrary<string[]>) =>
  values.map((vs) => vs.map((v): Pair => [key, v]));
const once = (key: string, value: fc.Arbitrary<string>) => value.map((v): Pair[] => [[key, v]]);

const filterArb = fc.constantFrom<fc.Arbitrary<Pair[]>>(
  repeated('status', some(fc.constantFrom(...STATUSES), 3)),
  repeated('status_ne', some(fc.constantFrom(...STATUSES), 2)),
  repeated('severity', some(fc.constantFrom(...SEVERITIES), 2)),
  repeated('branchId', some(fc.constantFrom('1', '2', '3', '4'), 2)),
  repeated('involvedStaffIds', some(fc.constantFrom('1', '2', '5', '12', '15'), 2)),
  repeated('reopenedCount', some(fc.constantFrom('0', '1', '3'), 2)),
  repeated('complainantName_like', some(nameText(3), 2)),
  once('refundAmount_gte', fc.constantFrom('0', '5', '10.5', '99.99', '1e3')),
  once('refundAmount_lte', fc.constantFrom('0', '5', '10.50', '250.5', '1000')),
  once('receivedAt_gte', offsetInstant),
  once('receivedAt_lte', offsetInstant),
  once('id_gte', fc.integer({ min: 1, max: 70 }).map(String)),
  once('q', fc.constantFrom('a', 'B(', '美', '13', '2026-11-03', 'closed', '.', '1', '0', 'true', '\\')),
);
const filtersArb: fc.Arbitrary<Pair[]> = fc
  .uniqueArray(filterArb, { maxLength: 3 })
  .chain((arbs) => (arbs.length === 0 ? fc.constant<Pair[][]>([]) : fc.tuple(...arbs)))
  .map((groups: Pair[][]) => groups.flat());
const SORTABLE = [
  'receivedAt',
  'refundAmount',
  'complainantName',
  'status',
  'reopenedCount',
  'branchId',
  'id',
];
const sortArb = fc.option(
  fc
    .uniqueArray(fc.tuple(fc.constantFrom(...SORTABLE), fc.constantFrom('asc', 'desc')), {
      minLength: 1,
      maxLength: 2,
      selector: ([f]) => f,
    })
    .map((keys): Pair[] => [
      ['_sort', keys.map(([f]) => f).join(',')],
      ['_order', keys.map(([, o]) => o).join(',')],
    ]),
  { nil: [] },
);
const count = fc.integer({ min: 0, max: 70 }).map(String);
const pagingArb = fc.oneof(
  fc.constant<Pair[]>([]),
  fc.tuple(count, count).map(([s, e]): Pair[] => [
    ['_start', s],
    ['_end', e],
  ]),
  fc
    .tuple(fc.integer({ min: 1, max: 8 }), fc.option(fc.integer({ min: 1, max: 15 })))
    .map(([p, l]): Pair[] =>
      l === null
        ? [['_page', String(p)]]
        : [
            ['_page', String(p)],
            ['_limit', String(l)],
          ],
    ),
  fc.tuple(count, count).map(([s, l]): Pair[] => [
    ['_start', s],
    ['_limit', l],
  ]),
  count.map((s): Pair[] => [['_start', s]]),
);
const queryArb = fc.tuple(filtersArb, sortArb, pagingArb).map(([f, s, p]) => [...f, ...s, ...p]);

async function answer(client: Client, resource: string, pairs: Pair[]): Promise<Expected> {
  const r = await get<Row[]>(client, `/${resource}?${new URLSearchParams(pairs).toString()}`);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return { ids: ids(r), total: Number(r.headers.get('x-total-count')) };
}

describe('random queries over a random table (contract mode)', () => {
  let api: RunningApi;
  const complaints = randomComplaints(2026, 60);

  beforeAll(async () => {
    const state = fixture() as DbState;
    state.complaints = complaints;
    api = await startApi({ state });
  });
  afterAll(() => api.close());

  it('answers the same rows, in the same order, with the same total as a plain filter and sort', async () => {
    let found = 0;
    await fc.assert(
      fc.asyncProperty(queryArb, async (pairs) => {
        const want = expected(complaints, pairs);
        expect(await answer(api, 'complaints', pairs), JSON.stringify(pairs)).toEqual(want);
        if (want.ids.length > 0) found++;
      }),
      { numRuns: 300, seed: 7 },
    );
    // Not a property of empty answers only.
    expect(found).toBeGreaterThan(100);
  });

  it('answers a page again the same way, and other pages of the same question consistently', async () => {
    const base: Pair[] = [
      ['_sort', 'reopenedCount,receivedAt'],
      ['_order', 'desc,asc'],
      ['status_ne', 'closed'],
    ];
    const all = expected(complaints, base);
    const pages: number[] = [];
    for (let p = 1; p <= Math.ceil(all.total / 7) + 1; p++) {
      const page = await answer(api, 'complaints', [...base, ['_page', String(p)], ['_limit', '7']]);
      expect(page.total).toBe(all.total);
      pages.push(...page.ids);
    }
    expect(pages).toEqual(all.ids);
    expect(await answer(api, 'complaints', [...base, ['_start', '3'], ['_end', '9']])).toEqual({
      ids: all.ids.slice(3, 9),
      total: all.total,
    });
  });

  it("sends json-server's Link header for _page, from the request's own URL", async () => {
    const r = await get(api, '/complaints?_page=2&_limit=10');
    const link = r.headers.get('link') ?? '';
    const url = (p: number) => `<${api.baseURL}/complaints?_page=${p}&_limit=10>`;
    expect(link).toBe(
      `${url(1)}; rel="first", ${url(1)}; rel="prev", ${url(3)}; rel="next", ${url(6)}; rel="last"`,
    );
    expect(r.headers.get('access-control-expose-headers')).toBe('X-Total-Count, Link');
  });
});

describe('masking, scope and caches (demo seed, signed in)', () => {
  let api: RunningApi;
  const clients: Partial<Record<string, Client>> = {};
  const rowsOf = (name: string) => (api.db.getState() as unknown as Rows)[name] as Row[];
  const masked = (role: Role, name: string) => rowsOf(name).map((r) => maskRow(role, name, r));

  beforeAll(async () => {
    api = await startApi({ state: demoState(), auth: true });
    for (const user of ['admin', 'manager', 'quality', 'finance', 'therapist'])
      clients[user] = await signIn(api, user);
  }, 60_000);
  afterAll(() => api.close());
  const as = (user: string) => clients[user] as Client;

  it('filters, searches and sorts what a masked role sees, not the stored contact', async () => {
    const phones = rowsOf('complaints').filter((r) => typeof r.complainantPhone === 'string');
    expect(phones.length).toBeGreaterThan(2);
    const phone = phones[0].complainantPhone as string;
    const hidden = phone.slice(4, 7);
    const withHidden = phones.filter((r) => (r.complainantPhone as string).includes(hidden));
    expect(withHidden.length).toBeGreaterThan(0);
    // The stored digits find it for a role that sees them, not for the quality supervisor.
    expect((await answer(as('admin'), 'complaints', [['complainantPhone_like', hidden]])).ids).toEqual(
      withHidden.map((r) => r.id),
    );
    const shown = masked('quality_supervisor', 'complaints');
    for (const pairs of [
      [['complainantPhone_like', hidden]],
      [['complainantPhone_like', '****']],
      [['q', phone]],
      [['q', phone.slice(-4)]],
      [
        ['_sort', 'complainantPhone,receivedAt'],
        ['_order', 'desc,asc'],
        ['_end', '40'],
      ],
    ] as Pair[][])
      expect(await answer(as('quality'), 'complaints', pairs), JSON.stringify(pairs)).toEqual(
        expected(shown, pairs),
      );
    expect((await answer(as('quality'), 'complaints', [['q', phone]])).ids).not.toContain(phones[0].id);
  });

  it('withholds salaries from filters and sorting for a role that does not see them', async () => {
    const pairs: Pair[] = [
      ['_sort', 'baseSalary'],
      ['_order', 'desc'],
      ['_end', '15'],
    ];
    const admin = await answer(as('admin'), 'employees', pairs);
    expect(admin).toEqual(expected(rowsOf('employees'), pairs));
    expect(await answer(as('finance'), 'employees', pairs)).toEqual(expected(rowsOf('employees'), pairs));
    const quality = await answer(as('quality'), 'employees', pairs);
    expect(quality).toEqual(expected(masked('quality_supervisor', 'employees'), pairs));
    expect(quality.ids).not.toEqual(admin.ids);
    expect(await answer(as('quality'), 'employees', [['baseSalary_gte', '0']])).toEqual({
      ids: [],
      total: 0,
    });
  });

  it('applies branch scope and own-record scope in the same pass', async () => {
    const branch1 = rowsOf('complaints').filter((r) => r.branchId === 1);
    await fc.assert(
      fc.asyncProperty(queryArb, async (pairs) => {
        expect(await answer(as('manager'), 'complaints', pairs), JSON.stringify(pairs)).toEqual(
          expected(branch1, pairs),
        );
      }),
      { numRuns: 60, seed: 11 },
    );
    const me = (rowsOf('users').find((u) => u.username === 'therapist') as Row).employeeId;
    const mine = new Set(
      rowsOf('appointments')
        .filter((a) => a.staffId === me)
        .map((a) => a.customerId),
    );
    const customers = masked('therapist', 'customers').filter((c) => mine.has(c.id));
    const pairs: Pair[] = [
      ['_sort', 'name'],
      ['_order', 'desc'],
      ['_start', '1'],
      ['_end', '6'],
    ];
    expect(await answer(as('therapist'), 'customers', pairs)).toEqual(expected(customers, pairs));
    expect(customers.length).toBeGreaterThan(1);
  });

  it('answers from the data after a write: the same table, and a table scope is read from', async () => {
    const byName: Pair[] = [
      ['_sort', 'name'],
      ['_order', 'asc'],
    ];
    const before = await answer(as('admin'), 'branches', byName);
    expect(before).toEqual(expected(rowsOf('branches'), byName));
    const last = before.ids[before.ids.length - 1];
    const patched = await call(as('admin'), 'PATCH', `/branches/${last}`, { name: '0 first branch' });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const after = await answer(as('admin'), 'branches', byName);
    expect(after.ids[0]).toBe(last);
    expect(after).toEqual(expected(rowsOf('branches'), byName));

    // Sanctions follow their employee's branch: moving an employee changes the manager's list.
    const sanctionsQuery: Pair[] = [
      ['_sort', 'id'],
      ['_order', 'desc'],
    ];
    const staffIn = (branch: number) =>
      new Set(
        rowsOf('employees')
          .filter((e) => e.branchId === branch)
          .map((e) => e.id),
      );
    const ofBranch1 = () => rowsOf('sanctions').filter((s) => staffIn(1).has(s.employeeId as number));
    expect(await answer(as('manager'), 'sanctions', sanctionsQuery)).toEqual(
      expected(ofBranch1(), sanctionsQuery),
    );
    const moved = rowsOf('sanctions').find((s) => !staffIn(1).has(s.employeeId as number)) as Row;
    const employee = rowsOf('employees').find((e) => e.id === moved.employeeId) as Row;
    const team = rowsOf('teams').find((t) => t.branchId === 1);
    const department = rowsOf('departments').find((d) => d.branchId === 1);
    const r = await call(as('admin'), 'PATCH', `/employees/${employee.id}`, {
      branchId: 1,
      teamId: team?.id ?? null,
      departmentId: department?.id ?? null,
    });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const now = await answer(as('manager'), 'sanctions', sanctionsQuery);
    expect(now).toEqual(expected(ofBranch1(), sanctionsQuery));
    expect(now.ids).toContain(moved.id);
  });
});

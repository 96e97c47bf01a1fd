import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, get, startApi, type RunningApi } from './harness';

/** Whatever a client sends, the answer is a 2xx or a 4xx with a JSON message, never a 5xx. */

let api: RunningApi;
const crashes: unknown[] = [];
beforeAll(async () => {
  api = await startApi({ log: (error) => crashes.push(error) });
});
afterAll(() => api.close());

const RUNS = { numRuns: 100 };

function expectHandled(r: { status: number; body: unknown }, what: string): void {
  expect(r.status, what).toBeLessThan(500);
  if (r.status >= 400) expect(typeof (r.body as { message?: unknown })?.message, what).toBe('string');
}

const keys = fc.oneof(
  fc.constantFrom(
    'name_like',
    'receivedAt_gte',
    'refundAmount_lte',
    'severity',
    'involvedStaffIds',
    'branchId',
    'id',
    'q',
    '_sort',
    '_order',
    '_start',
    '_end',
    '_page',
    '_limit',
    'history',
    'description_like',
    'status_ne',
  ),
  fc.string(),
);
const values = fc.oneof(fc.string(), fc.constantFrom('(', '\\', '[', '*', '(a+)+$', '1e999', '-0', ''));

describe('hostile input', () => {
  it('never fails on any list query', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(keys, values), { maxLength: 6 }), async (pairs) => {
        const query = new URLSearchParams(pairs).toString();
        expectHandled(await get(api, `/complaints?${query}`), query);
      }),
      RUNS,
    );
  });

  it('never fails on any body', async () => {
    const targets = fc.constantFrom(
      ['POST', '/contracts'],
      ['POST', '/complaints'],
      ['PUT', '/complaints/1'],
      ['PATCH', '/branches/5'],
      ['PATCH', '/appraisal-settings/1'],
    );
    await fc.assert(
      fc.asyncProperty(targets, fc.anything(), async ([method, path], value) => {
        const text = JSON.stringify(value) ?? 'null';
        expectHandled(await call(api, method, path, text), `${method} ${path} ${text}`);
      }),
      RUNS,
    );
  });

  it('never fails on objects with the right keys and wrong values', async () => {
    const row = fc.record({
      serviceItemId: fc.anything(),
      sessions: fc.anything(),
      unitPrice: fc.anything(),
    });
    const body = fc.record(
      {
        contractNo: fc.anything(),
        customerId: fc.anything(),
        branchId: fc.anything(),
        lines: fc.oneof(fc.array(row, { maxLength: 3 }), fc.anything()),
        total: fc.anything(),
        signedOn: fc.anything(),
        status: fc.anything(),
      },
      { requiredKeys: [] },
    );
    await fc.assert(
      fc.asyncProperty(body, async (value) => {
        const text = JSON.stringify(value) ?? 'null';
        expectHandled(await call(api, 'POST', '/contracts', text), text);
      }),
      RUNS,
    );
  });

  it('never fails on any text sent as JSON, or any path', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string(), fc.string(), fc.string(), async (text, resource, id) => {
        expectHandled(
          await call(api, 'POST', '/branches', text, { 'Content-Type': 'application/json' }),
          text,
        );
        const path = `/${encodeURIComponent(resource)}/${encodeURIComponent(id)}`;
        expectHandled(await get(api, path), path);
        expectHandled(await call(api, 'DELETE', path), path);
      }),
      RUNS,
    );
  });

  it('answers malformed percent-encoding and nested query syntax with 4xx', async () => {
    for (const path of [
      '/branches/%E0%A4%A',
      '/%zz',
      '/branches?name[$ne]=x',
      '/branches?a[b][c]=1',
      '/branches?%zz=1',
    ])
      expectHandled(await get(api, path), path);
  });

  // Run as a regular expression, this pattern over 200 a's backtracks for longer than the test's
  // timeout: the test fails by timing out, not by a clock assertion that a busy machine could trip.
  it('matches a catastrophic-backtracking pattern literally', async () => {
    const r = await get(api, `/branches?name_like=${encodeURIComponent('(a+)+$')}&q=${'a'.repeat(200)}`);
    expect(r.status).toBe(200);
    expect(r.body).toEqual([]);
  });

  it('logged no unexpected error', () => {
    expect(crashes).toEqual([]);
  });
});

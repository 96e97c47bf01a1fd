import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeLike } from '../../src/schema/filters';
import { get, ids, startApi, type RunningApi } from './harness';

let api: RunningApi;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());

const list = (path: string, headers?: Record<string, string>) => get(api, path, headers);
const enc = encodeURIComponent;

describe('pagination', () => {
  it('slices with _start/_end and sends the total, exposed to browsers', async () => {
    const r = await list('/branches?_start=1&_end=3');
    expect(r.status).toBe(200);
    expect(ids(r)).toEqual([2, 3]);
    expect(r.headers.get('x-total-count')).toBe('5');
    expect(r.headers.get('access-control-expose-headers')).toMatch(/X-Total-Count/);
  });

  it('sends X-Total-Count without _end too', async () => {
    const r = await list('/departments');
    expect(ids(r)).toEqual([1, 2, 3]);
    expect(r.headers.get('x-total-count')).toBe('3');
    expect(r.headers.get('access-control-expose-headers')).toMatch(/X-Total-Count/);
  });

  it('counts the filtered rows, not the table', async () => {
    const r = await list('/branches?active=true&_start=0&_end=1');
    expect(ids(r)).toEqual([1]);
    expect(r.headers.get('x-total-count')).toBe('4');
  });

  it('reads _start alone as "from here on", and _page/_limit', async () => {
    expect(ids(await list('/branches?_start=3'))).toEqual([4, 5]);
    const page = await list('/branches?_page=2&_limit=2');
    expect(ids(page)).toEqual([3, 4]);
    expect(page.headers.get('x-total-count')).toBe('5');
  });

  it('refuses paging values that are not counts', async () => {
    for (const q of ['_start=-1&_end=2', '_end=abc', '_limit=1.5', '_page=0', '_end=1&_end=2'])
      expect((await list(`/branches?${q}`)).status, q).toBe(400);
  });
});

describe('text filters (_like): a literal, case-insensitive substring', () => {
  const like = async (value: string) => ids(await list(`/branches?name_like=${enc(value)}`));

  it('matches regular-expression syntax literally', async () => {
    expect(await like('(')).toEqual([4]);
    expect(await like('(Flagship)')).toEqual([4]);
    expect(await like('\\')).toEqual([5]);
    expect(await like('.*')).toEqual([5]);
    expect(await like('[')).toEqual([]);
    expect(await like('a+)+$')).toEqual([]);
  });

  it('reads the console escaping (backslash before each special character) as literal text', async () => {
    expect(await like(escapeLike('(Flagship)'))).toEqual([4]);
    expect(await like(escapeLike('\\ Salon.*'))).toEqual([5]);
    expect(await like(escapeLike('.*'))).toEqual([5]);
  });

  it('ignores case and matches Chinese', async () => {
    expect(await like('SHENZHEN')).toEqual([4]);
    expect(await like('美容')).toEqual([2, 3]);
  });

  it('refuses a value over 200 characters', async () => {
    const r = await list(`/branches?name_like=${'a'.repeat(201)}`);
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ message: expect.stringContaining('name_like') });
  });
});

describe('number, date and instant ranges', () => {
  it('filters money and integer ranges numerically', async () => {
    expect(ids(await list('/service-items?price_gte=300'))).toEqual([1, 3]);
    expect(ids(await list('/service-items?price_gte=298&price_lte=680.00'))).toEqual([1, 2]);
    expect(ids(await list('/complaints?refundAmount_gte=100&refundAmount_lte=250.5'))).toEqual([1, 2]);
    expect(ids(await list('/service-items?durationMin=45'))).toEqual([2]);
  });

  it('refuses non-numeric bounds', async () => {
    for (const q of ['price_gte=abc', 'price_lte=', 'price_gte=1e999', 'durationMin=4x'])
      expect((await list(`/service-items?${q}`)).status, q).toBe(400);
  });

  it('filters dates and refuses what is not YYYY-MM-DD', async () => {
    expect(ids(await list('/branches?openedOn_gte=2020-01-01&openedOn_lte=2022-12-31'))).toEqual([2, 3]);
    expect(ids(await list('/employees?leftOn_ne=2026-08-31'))).toEqual([]);
    for (const q of ['openedOn_gte=2020-1-1', 'openedOn_lte=2020-02-30', 'openedOn=yesterday'])
      expect((await list(`/branches?${q}`)).status, q).toBe(400);
  });

  it('compares instants given with any offset as instants', async () => {
    const day = ['2026-11-03T00:00:00+08:00', '2026-11-03T23:59:59.999+08:00'];
    const inShanghai = await list(`/complaints?receivedAt_gte=${enc(day[0])}&receivedAt_lte=${enc(day[1])}`);
    expect(ids(inShanghai)).toEqual([1, 2]);
    const inUtc = await list(
      `/complaints?receivedAt_gte=${enc('2026-11-02T16:00:00Z')}&receivedAt_lte=${enc('2026-11-03T15:59:59.999Z')}`,
    );
    expect(ids(inUtc)).toEqual([1, 2]);
    expect(ids(await list(`/complaints?receivedAt_gte=${enc('2026-11-04T00:00:00+08:00')}`))).toEqual([3]);
    expect(ids(await list(`/complaints?receivedAt=${enc('2026-11-03T00:30:00+08:00')}`))).toEqual([1]);
  });

  it('refuses an instant without offset or not an instant', async () => {
    for (const v of ['2026-11-03', '2026-11-03T00:00:00', 'soon', '2026-13-03T00:00:00Z'])
      expect((await list(`/complaints?receivedAt_gte=${enc(v)}`)).status, v).toBe(400);
  });
});

describe('options, booleans, references and arrays', () => {
  it('reads repeated enum keys as "any of", and _ne repeated as "none of"', async () => {
    expect(ids(await list('/complaints?severity=general&severity=critical'))).toEqual([1, 3]);
    expect(ids(await list('/complaints?severity_ne=general&severity_ne=critical'))).toEqual([2]);
  });

  it('refuses an option that the field does not have', async () => {
    const r = await list('/complaints?severity=urgent');
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ message: expect.stringContaining('severity') });
  });

  it('filters booleans', async () => {
    expect(ids(await list('/branches?active=false'))).toEqual([3]);
    expect((await list('/branches?active=yes')).status).toBe(400);
  });

  it('reads repeated reference keys as "any of"', async () => {
    expect(ids(await list('/employees?branchId=2'))).toEqual([3, 12]);
    expect(ids(await list('/departments?branchId=1&branchId=2'))).toEqual([1, 2, 3]);
    expect(ids(await list('/employees?teamId=1'))).toEqual([2]);
    expect((await list('/employees?branchId=one')).status).toBe(400);
  });

  it('filters by id', async () => {
    expect(ids(await list('/branches?id=1&id=4'))).toEqual([1, 4]);
    expect(ids(await list('/branches?id_gte=4'))).toEqual([4, 5]);
    expect((await list('/branches?id=0')).status).toBe(400);
  });

  it('reads field=value on an array field as "the array holds the value"', async () => {
    expect(ids(await list('/complaints?involvedStaffIds=2'))).toEqual([1]);
    expect(ids(await list('/complaints?involvedStaffIds=1'))).toEqual([1]);
    expect(ids(await list('/complaints?involvedStaffIds=12'))).toEqual([2]);
    expect(ids(await list('/complaints?involvedStaffIds=2&involvedStaffIds=12'))).toEqual([1, 2]);
    expect(ids(await list('/complaints?involvedStaffIds=7'))).toEqual([]);
    expect(ids(await list('/users?branchIds=3'))).toEqual([2]);
    expect((await list('/complaints?involvedStaffIds=a')).status).toBe(400);
    expect((await list('/complaints?involvedStaffIds_like=1')).status).toBe(400);
  });

  it('finds nothing (not everything) for equality on a field no row holds', async () => {
    const r = await list('/customers?occupation=teacher');
    expect(r.status).toBe(200);
    expect(r.body).toEqual([]);
    expect(r.headers.get('x-total-count')).toBe('0');
  });

  it('searches every field with q', async () => {
    expect(ids(await list(`/branches?q=${enc('flagship')}`))).toEqual([4]);
  });
});

describe('sorting', () => {
  it('sorts by several columns, ties broken by id', async () => {
    const r = await list('/employees?_sort=branchId,hiredOn&_order=desc,asc');
    expect(ids(r)).toEqual([3, 12, 1, 2]);
    expect(ids(await list('/departments?_sort=name&_order=asc'))).toEqual([2, 3, 1]);
    expect(ids(await list('/departments?_sort=name&_order=desc'))).toEqual([1, 2, 3]);
  });

  it('refuses unknown or unsortable fields and bad orders', async () => {
    for (const q of [
      '_sort=nam',
      '_sort=involvedStaffIds',
      '_sort=description',
      '_sort=receivedAt&_order=up',
      '_sort=receivedAt&_order=asc,desc',
      '_order=asc',
    ])
      expect((await list(`/complaints?${q}`)).status, q).toBe(400);
  });
});

describe('unknown query keys', () => {
  it('refuses a misspelled filter instead of returning everything', async () => {
    const r = await list('/branches?nmae=BJ');
    expect(r.status).toBe(400);
    expect(r.body).toEqual({ message: '未知的查询参数：nmae' });
    const en = await list('/branches?nmae=BJ', { 'Accept-Language': 'en-US,en;q=0.9' });
    expect(en.body).toEqual({ message: 'Unknown query parameter: nmae' });
  });

  it("refuses json-server's extras and operators a field type does not have", async () => {
    for (const q of [
      '_embed=departments',
      '_expand=branch',
      'callback=x',
      '_delay=10000',
      '_=1',
      'name_gt=a',
      'active_like=t',
      'history=x',
      'branchId_gte=1',
    ])
      expect((await list(`/branches?${q}`)).status, q).toBe(400);
  });
});

describe('records and routes', () => {
  it('answers one record, and 404 JSON for an unknown id or resource', async () => {
    const one = await list('/branches/4');
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({ id: 4, code: 'SZ01' });
    for (const path of ['/branches/99', '/branches/abc', '/branches/01', '/nothing', '/nothing/1'])
      expect((await list(path)).status, path).toBe(404);
    expect((await list('/branches/99', { 'Accept-Language': 'en' })).body).toEqual({
      message: 'Record not found',
    });
    expect((await list('/branches/4?_embed=departments')).status).toBe(400);
  });

  it("never serves json-server's other routes", async () => {
    for (const path of ['/db', '/_meta', '/branches/1/departments', '', '/'])
      expect((await list(path)).status, path).toBe(404);
  });
});

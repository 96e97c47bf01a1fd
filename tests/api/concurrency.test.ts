import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from './fixture';
import { call, get, startApi, type RunningApi } from './harness';
import { diskText } from './disk';

/** Optimistic concurrency: every record carries a version; a stale one gets 409 and changes nothing. */
let api: RunningApi;
beforeAll(async () => {
  api = await startApi({ state: fixture() });
});
afterAll(() => api.close());

type Branch = { id: number; name: string; city: string; version: number };

describe('two editors of one record', () => {
  it('lets the first save win and refuses the second with 409, changing nothing', async () => {
    const a = (await get<Branch>(api, '/branches/4')).body;
    const b = (await get<Branch>(api, '/branches/4')).body;
    expect(a.version).toBe(1);
    const first = await call<Branch>(api, 'PATCH', '/branches/4', { city: '东莞', version: a.version });
    expect(first.status).toBe(200);
    expect(first.body.version).toBe(2);
    const file = diskText(api.file);
    const second = await call<{ message: string; currentVersion: number }>(api, 'PATCH', '/branches/4', {
      name: '深圳旗舰店',
      version: b.version,
    });
    expect(second.status).toBe(409);
    expect(second.body.currentVersion).toBe(2);
    expect(second.body.message).toMatch(/已被他人修改/);
    expect(diskText(api.file)).toBe(file);
    // overwriting knowingly: with the current version
    const overwrite = await call<Branch>(api, 'PATCH', '/branches/4', { name: '深圳旗舰店', version: 2 });
    expect(overwrite.body).toMatchObject({ name: '深圳旗舰店', city: '东莞', version: 3 });
  });

  it('lets exactly one of many simultaneous saves of one version through', async () => {
    const { version } = (await get<Branch>(api, '/branches/2')).body;
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        call(api, 'PUT', '/branches/2', {
          code: 'SH01',
          name: `上海店${i}`,
          city: '上海',
          type: 'beauty_salon',
          version,
        }),
      ),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
    expect((await get<Branch>(api, '/branches/2')).body.version).toBe(version + 1);
  });

  it('takes the version from If-Match too, for deletes as well, and refuses a malformed one', async () => {
    const stale = await call(api, 'DELETE', '/service-items/3', undefined, { 'If-Match': '"7"' });
    expect(stale.status).toBe(409);
    expect((await get(api, '/service-items/3')).status).toBe(200);
    expect((await call(api, 'PATCH', '/branches/5', { city: '杭州', version: 'x' })).status).toBe(400);
    expect((await call(api, 'PATCH', '/branches/5', { city: '杭州' }, { 'If-Match': '1' })).status).toBe(200);
    expect((await call(api, 'DELETE', '/service-items/3', undefined, { 'If-Match': '1' })).status).toBe(200);
  });
});

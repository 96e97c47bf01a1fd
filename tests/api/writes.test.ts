import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, get, ids, startApi, type RunningApi } from './harness';
import { diskText, readDb } from './disk';

let api: RunningApi;
beforeEach(async () => {
  api = await startApi();
});
afterEach(() => api.close());

const EN = { 'Accept-Language': 'en' };
const newBranch = { code: 'CD01', name: '成都悦心产后修复中心', city: '成都', type: 'postpartum_center' };
const onDisk = () => readDb<Record<string, { id: number }[]>>(api.file);

type ErrorBody = { message: string; errors?: Record<string, string> };

describe('create, update', () => {
  it('creates with 201 and the stored record, with defaults, and saves it', async () => {
    const r = await call(api, 'POST', '/branches', newBranch);
    expect(r.status).toBe(201);
    expect(r.body).toEqual({ id: 6, ...newBranch, openedOn: null, active: true, version: 1 });
    expect((await get(api, '/branches/6')).body).toEqual(r.body);
    expect(onDisk().branches.map((b) => b.id)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('stores instants in canonical UTC', async () => {
    const body = {
      branchId: 1,
      complainantName: '赵女士',
      channel: 'hotline',
      category: 'environment',
      receivedAt: '2026-11-05T09:30:00+08:00',
      description: '等候区太吵',
    };
    const r = await call<Record<string, unknown>>(api, 'POST', '/complaints', body);
    expect(r.status).toBe(201);
    expect(r.body.receivedAt).toBe('2026-11-05T01:30:00.000Z');
    expect(r.body.severity).toBe('general');
  });

  it('PUT replaces the record, PATCH merges into it', async () => {
    const put = await call(api, 'PUT', '/branches/2', { ...newBranch, code: 'SH02' });
    expect(put.status).toBe(200);
    // a replacement: what the body leaves out is empty (PATCH keeps it)
    expect(put.body).toEqual({ id: 2, ...newBranch, code: 'SH02', openedOn: null, active: null, version: 2 });
    const patch = await call(api, 'PATCH', '/branches/3', { city: '深圳' });
    expect(patch.status).toBe(200);
    expect(patch.body).toMatchObject({ id: 3, code: 'GZ01', city: '深圳', active: false });
  });

  it('ignores a client-sent id and read-only fields', async () => {
    const r = await call<Record<string, unknown>>(api, 'POST', '/branches', { ...newBranch, id: 999 });
    expect(r.body.id).toBe(6);
    const appraisal = await call<Record<string, unknown>>(api, 'POST', '/monthly-appraisals', {
      employeeId: 1,
      month: '2026-10',
      finalScore: 99,
      grade: 'A',
    });
    expect(appraisal.status).toBe(201);
    expect(appraisal.body).toMatchObject({ id: 1, employeeId: 1, finalScore: null, grade: null });
    const patched = await call<Record<string, unknown>>(api, 'PATCH', '/complaints/1', {
      complaintNo: 'X',
      id: 3,
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ id: 1, complaintNo: 'TS-FX-202611-0001' });
  });

  it('answers 404 JSON for an unknown id or resource', async () => {
    for (const [method, path] of [
      ['PUT', '/branches/99'],
      ['PATCH', '/branches/99'],
      ['DELETE', '/branches/99'],
      ['PATCH', '/branches/x'],
      ['POST', '/nothing'],
      ['DELETE', '/nothing/1'],
    ]) {
      const r = await call<ErrorBody>(api, method, path, { city: '成都' });
      expect(r.status, `${method} ${path}`).toBe(404);
      expect(typeof r.body.message).toBe('string');
    }
  });

  it('answers 405 to a method a route does not have', async () => {
    expect((await call(api, 'PUT', '/branches', newBranch)).status).toBe(405);
    expect((await call(api, 'POST', '/branches/1', newBranch)).status).toBe(405);
  });
});

describe('validation (400 with field errors, nothing written)', () => {
  async function refused(method: string, path: string, body: unknown, headers = {}) {
    const before = diskText(api.file);
    const r = await call<ErrorBody>(api, method, path, body, headers);
    expect(r.status).toBe(400);
    expect(typeof r.body.message).toBe('string');
    expect(diskText(api.file)).toBe(before);
    return r.body.errors ?? {};
  }

  it('reports missing required fields', async () => {
    const errors = await refused('POST', '/branches', { name: '' });
    expect(errors).toEqual({ code: '必填', name: '必填', city: '必填', type: '必填' });
  });

  it('reports wrong types, unknown fields, too long text and bad options — in the request language', async () => {
    const errors = await refused(
      'POST',
      '/branches',
      {
        ...newBranch,
        active: 'yes',
        openedOn: '2020/01/01',
        name: 'x'.repeat(61),
        type: 'spa',
        colour: 'red',
      },
      EN,
    );
    expect(errors).toEqual({
      active: 'Must be true or false',
      openedOn: 'Must be a date YYYY-MM-DD',
      name: 'At most 60 characters',
      type: expect.stringContaining('Not a valid option'),
      colour: 'Unknown field',
    });
  });

  it('reports errors inside list rows by path', async () => {
    const errors = await refused('POST', '/contracts', {
      contractNo: 'HT-2',
      customerId: 1,
      branchId: 1,
      salesRepId: 1,
      lines: [{ serviceItemId: 2, sessions: 0, unitPrice: 1.234 }],
      total: 0,
      signedOn: '2026-11-02',
    });
    expect(Object.keys(errors).sort()).toEqual(['lines.0.sessions', 'lines.0.unitPrice']);
  });

  it('keeps a required field from being emptied by PATCH', async () => {
    expect(await refused('PATCH', '/branches/1', { name: ' ' })).toEqual({ name: '必填' });
  });

  it('refuses a value another record holds in a unique field', async () => {
    expect(await refused('POST', '/branches', { ...newBranch, code: 'BJ01' })).toEqual({
      code: '已被其他记录使用',
    });
    expect(await refused('PATCH', '/branches/2', { code: 'BJ01' })).toEqual({ code: '已被其他记录使用' });
    expect((await call(api, 'PATCH', '/branches/1', { code: 'BJ01', city: '北京市' })).status).toBe(200);
  });

  it('refuses a second record of a unique combination', async () => {
    const body = { employeeId: 1, month: '2026-10' };
    expect((await call(api, 'POST', '/monthly-appraisals', body)).status).toBe(201);
    expect(await refused('POST', '/monthly-appraisals', body)).toEqual({ month: '已被其他记录使用' });
  });

  it('refuses references to records that do not exist, also inside rows and lists', async () => {
    expect(await refused('POST', '/departments', { branchId: 99, name: '医疗部', kind: 'medical' })).toEqual({
      branchId: '引用的记录不存在',
    });
    const contract = await refused('POST', '/contracts', {
      contractNo: 'HT-3',
      customerId: 1,
      branchId: 1,
      salesRepId: 1,
      lines: [
        { serviceItemId: 1, sessions: 1, unitPrice: 680 },
        { serviceItemId: 99, sessions: 1, unitPrice: 10 },
      ],
      total: 690,
      signedOn: '2026-11-02',
    });
    expect(contract).toEqual({ 'lines.1.serviceItemId': '引用的记录不存在' });
    const user = await refused('POST', '/users', {
      username: 'finance',
      displayName: '财务',
      role: 'finance',
      branchIds: [1, 99],
    });
    expect(user).toEqual({ branchIds: '引用的记录不存在' });
  });

  it('answers 400 to malformed JSON and a body that is not an object, 415 to another media type', async () => {
    const bad = await call<ErrorBody>(api, 'POST', '/branches', '{"code": "CD01",');
    expect(bad.status).toBe(400);
    expect(bad.body).toEqual({ message: '请求体不是有效的 JSON' });
    const list = await call<ErrorBody>(api, 'POST', '/branches', '[1, 2]');
    expect(list.status).toBe(400);
    expect(list.body.errors).toEqual({ _body: '请求体应为 JSON 对象' });
    const text = await call(api, 'POST', '/branches', 'code=CD01', { 'Content-Type': 'text/plain' });
    expect(text.status).toBe(415);
  });

  it('answers 413 to a body over the limit', async () => {
    const r = await call(api, 'POST', '/branches', { ...newBranch, name: 'x'.repeat(2_000_000) });
    expect(r.status).toBe(413);
  });
});

describe('delete', () => {
  it('refuses with 409 while records refer to it, names them, and deletes nothing', async () => {
    const r = await call<ErrorBody & { references: unknown }>(api, 'DELETE', '/branches/1');
    expect(r.status).toBe(409);
    expect(r.body.message).toBe(
      '无法删除：仍被 部门（2）、考核小组（1）、员工（2）、顾客档案（1）、服务合同（1）、投诉处理表（1）、用户（1） 引用',
    );
    expect(r.body.references).toEqual([
      { resource: 'departments', count: 2 },
      { resource: 'teams', count: 1 },
      { resource: 'employees', count: 2 },
      { resource: 'customers', count: 1 },
      { resource: 'contracts', count: 1 },
      { resource: 'complaints', count: 1 },
      { resource: 'users', count: 1 },
    ]);
    expect((await get(api, '/branches/1')).status).toBe(200);
    expect(ids(await get(api, '/departments'))).toEqual([1, 2, 3]);
    expect(onDisk().departments).toHaveLength(3);
  });

  it('counts references inside rows and lists, in the request language', async () => {
    const item = await call<ErrorBody>(api, 'DELETE', '/service-items/2', undefined, EN);
    expect(item.status).toBe(409);
    expect(item.body.message).toBe('Cannot delete: still referred to by Contracts (1)');
    const branch = await call<ErrorBody>(api, 'DELETE', '/branches/3', undefined, EN);
    expect(branch.body.message).toBe('Cannot delete: still referred to by Users (1)');
  });

  it('deletes a record nothing refers to, and only it', async () => {
    const r = await call(api, 'DELETE', '/service-items/3');
    expect(r.status).toBe(200);
    expect(r.body).toEqual({});
    expect((await get(api, '/service-items/3')).status).toBe(404);
    expect(ids(await get(api, '/service-items'))).toEqual([1, 2]);
    expect(onDisk()['service-items'].map((s) => s.id)).toEqual([1, 2]);
  });

  it('never reuses an id, not even after a restart', async () => {
    const first = await call<{ id: number }>(api, 'POST', '/branches', newBranch);
    expect(first.body.id).toBe(6);
    expect((await call(api, 'DELETE', '/branches/6')).status).toBe(200);
    const second = await call<{ id: number }>(api, 'POST', '/branches', newBranch);
    expect(second.body.id).toBe(7);
    expect((await call(api, 'DELETE', '/branches/7')).status).toBe(200);
    await api.stop();
    api = await startApi({ reopen: api });
    const third = await call<{ id: number }>(api, 'POST', '/branches', newBranch);
    expect(third.body.id).toBe(8);
    expect(ids(await get(api, '/branches'))).toEqual([1, 2, 3, 4, 5, 8]);
  });
});

describe('read-only and singleton resources', () => {
  it('answers 405 with a message to every write of a read-only resource', async () => {
    for (const [method, path] of [
      ['POST', '/audit-logs'],
      ['PUT', '/audit-logs/1'],
      ['PATCH', '/audit-logs/1'],
      ['DELETE', '/audit-logs/1'],
    ]) {
      const r = await call<ErrorBody>(api, method, path, { ip: '1.2.3.4' });
      expect(r.status, `${method} ${path}`).toBe(405);
      expect(r.body.message).toBe('此资源只读');
    }
    expect(ids(await get(api, '/audit-logs'))).toEqual([1]);
  });

  it('only updates the one settings record', async () => {
    expect((await call(api, 'POST', '/appraisal-settings', { leaderAllowance: 1 })).status).toBe(405);
    expect((await call(api, 'DELETE', '/appraisal-settings/1')).status).toBe(405);
    expect((await call(api, 'PATCH', '/appraisal-settings/2', { leaderAllowance: 1 })).status).toBe(404);
    const r = await call(api, 'PATCH', '/appraisal-settings/1', { leaderAllowance: 300 });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: 1, leaderAllowance: 300, fullAttendanceBonus: 30 });
    const bad = await call<ErrorBody>(api, 'PATCH', '/appraisal-settings/1', { leaderAllowance: -1 });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.errors ?? {})).toEqual(['leaderAllowance']);
  });
});

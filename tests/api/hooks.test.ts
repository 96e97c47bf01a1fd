import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../mock-api/errors';
import { HookRegistry } from '../../mock-api/hooks';
import { toRow } from '../../mock-api/records';
import { auditLogs } from '../../src/resources/audit-logs';
import { call, get, ids, startApi, type RunningApi } from './harness';
import { readDb } from './disk';

let api: RunningApi | undefined;
afterEach(() => api?.close());

const body = { code: 'CD01', name: '成都悦心产后修复中心', city: '成都', type: 'postpartum_center' };

describe('hooks', () => {
  it('let a rule change the record and add records saved in the same write', async () => {
    const hooks = new HookRegistry()
      .register('branches', { beforeCreate: (record) => ({ ...record, name: `${record.name}（新）` }) })
      .register('*', {
        afterWrite: (change, ctx) => {
          const id = ctx.store.allocateId('audit-logs');
          ctx.store.insert(
            'audit-logs',
            toRow(auditLogs, id, {
              at: ctx.now.toISOString(),
              action: change.action,
              resource: ctx.resource.name,
              recordId: change.record?.id ?? change.previous?.id,
            }),
          );
        },
      });
    api = await startApi({ hooks });
    const r = await call<{ id: number; name: string }>(api, 'POST', '/branches', body);
    expect(r.body.name).toBe('成都悦心产后修复中心（新）');
    const log = await get<{ action: string; recordId: number }[]>(api, '/audit-logs?resource=branches');
    expect(log.body).toMatchObject([{ action: 'create', recordId: r.body.id }]);
    const disk = readDb<Record<string, unknown[]>>(api.file);
    expect(disk['audit-logs']).toHaveLength(2);
  });

  it('let a rule refuse a write, and undo everything when a rule fails half-way', async () => {
    const hooks = new HookRegistry()
      .register('branches', {
        beforeUpdate: () => {
          throw new ApiError(422, 'not now');
        },
      })
      .register('departments', {
        afterWrite: (_change, ctx) => {
          ctx.store.insert(
            'audit-logs',
            toRow(auditLogs, ctx.store.allocateId('audit-logs'), { action: 'create' }),
          );
          throw new Error('bug in a rule');
        },
      });
    api = await startApi({ hooks });
    const refused = await call(api, 'PATCH', '/branches/1', { city: '天津' });
    expect(refused).toMatchObject({ status: 422, body: { message: 'not now' } });
    const failed = await call(api, 'POST', '/departments', { branchId: 1, name: '医疗部', kind: 'medical' });
    expect(failed.status).toBe(500);
    expect(failed.body).toEqual({ message: '服务器内部错误' });
    expect(ids(await get(api, '/departments'))).toEqual([1, 2, 3]);
    expect(ids(await get(api, '/audit-logs'))).toEqual([1]);
    expect((api.db.getState()._meta as { nextId: object }).nextId).toEqual({});
  });

  it('check uniqueness again on what a rule returns', async () => {
    const hooks = new HookRegistry().register('branches', {
      beforeCreate: (record) => ({ ...record, code: 'BJ01' }),
    });
    api = await startApi({ hooks });
    const r = await call<{ errors: object }>(api, 'POST', '/branches', body);
    expect(r.status).toBe(400);
    expect(r.body.errors).toEqual({ code: '已被其他记录使用' });
  });
});

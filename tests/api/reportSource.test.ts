import { describe, expect, it } from 'vitest';
import { runInContext } from '../../mock-api/auth/context';
import { ReportRecordSources } from '../../mock-api/features/reportSource';
import { storeRecordSource } from '../../reports/core/sources/database';
import { demoState } from './demoDb';
import { caller, memoryStore } from './memoryStore';

/**
 * The reports route's source answers a read by ids from an index: it must give exactly what the
 * store's generic source gives (scope, masking, id order), and see a changed record at once.
 */

describe('reports route source: records by id', () => {
  const store = memoryStore(demoState());
  const sources = new ReportRecordSources(store);
  const customers = store.rows('customers');
  const ids = [
    customers[5].id,
    customers[0].id,
    999_999,
    customers[40].id,
    customers[5].id,
    customers[17].id,
  ];

  it('gives what the generic source gives, for every kind of caller', async () => {
    expect(customers.length).toBeGreaterThan(40);
    for (const identity of [
      undefined,
      caller('admin'),
      caller('quality_supervisor'),
      caller('manager', [1]),
    ]) {
      const read = () =>
        Promise.all([
          sources.source().list('customers', { id: ids }),
          storeRecordSource(store).list('customers', { id: ids }),
        ]);
      const [fast, generic] = identity
        ? await runInContext({ identity, ip: null, lang: 'zh' }, read)
        : await read();
      expect(fast).toStrictEqual(generic);
      expect(fast.length).toBeGreaterThan(0);
    }
    // The masked role gets masked phones, the branch-scoped one only its branch's customers.
    const quality = await runInContext({ identity: caller('quality_supervisor'), ip: null, lang: 'zh' }, () =>
      sources.source().list('customers', { id: ids }),
    );
    expect(quality.every((c) => String(c.phone ?? '').includes('*'))).toBe(true);
    const scoped = await runInContext({ identity: caller('manager', [1]), ip: null, lang: 'zh' }, () =>
      sources.source().list('customers', { id: ids }),
    );
    expect(scoped.every((c) => c.branchId === 1)).toBe(true);
  });

  it('reads a changed record after the change, and leaves other queries to the generic source', async () => {
    const target = customers[17];
    await sources.source().list('customers', { id: [target.id] });
    store.transaction(() => store.replace('customers', { ...target, name: '新名字' }));
    const [after] = await sources.source().list('customers', { id: [target.id] });
    expect(after.name).toBe('新名字');
    const byName = await sources.source().list('customers', { name: '新名字' });
    expect(byName.map((c) => c.id)).toEqual([target.id]);
  });
});

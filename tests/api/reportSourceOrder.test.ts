import { describe, expect, it } from 'vitest';
import { runInContext } from '../../mock-api/auth/context';
import { ReportRecordSources } from '../../mock-api/features/reportSource';
import { storeRecordSource } from '../../reports/core/sources/database';
import { demoState } from './demoDb';
import { caller, memoryStore } from './memoryStore';

/**
 * The reports route's read by ids finds rows by binary search when the table is in id order and
 * through an index when it is not: both must give what the store's generic source gives — ids
 * missing or repeated, a table with a row out of order, a row inserted afterwards.
 */

const callers = [undefined, caller('admin'), caller('quality_supervisor'), caller('manager', [1])];

async function expectSameAsGeneric(state: ReturnType<typeof demoState>, ids: number[]) {
  const store = memoryStore(state);
  const sources = new ReportRecordSources(store);
  for (const identity of callers) {
    const read = () =>
      Promise.all([
        sources.source().list('customers', { id: ids }),
        storeRecordSource(store).list('customers', { id: ids }),
      ]);
    const [fast, generic] = identity
      ? await runInContext({ identity, ip: null, lang: 'zh' }, read)
      : await read();
    expect(fast).toStrictEqual(generic);
  }
  return { store, sources };
}

describe('reports route source: records by id, whatever the order of the table', () => {
  const state = demoState();
  const customers = state.customers as { id: number }[];
  const last = customers[customers.length - 1].id;
  const ids = [customers[3].id, 0, -5, customers[0].id, last, last + 1, customers[3].id, customers[60].id];

  it('in id order (binary search): the first, the last, missing and repeated ids', async () => {
    expect(customers.every((c, i) => i === 0 || customers[i - 1].id < c.id)).toBe(true);
    await expectSameAsGeneric(state, ids);
  });

  it('out of id order (index): the same rows', async () => {
    const shuffled = demoState();
    const rows = shuffled.customers as { id: number }[];
    rows.reverse();
    [rows[0], rows[10]] = [rows[10], rows[0]];
    await expectSameAsGeneric(shuffled, ids);
  });

  it('sees a row inserted after a first read (ids still ascending, and then not)', async () => {
    const { store, sources } = await expectSameAsGeneric(demoState(), ids);
    const template = store.rows('customers')[0];
    store.transaction(() => store.insert('customers', { ...template, id: last + 1, name: '新顾客' }));
    const [added] = await sources.source().list('customers', { id: [last + 1] });
    expect(added?.name).toBe('新顾客');
  });
});

import { describe, expect, it } from 'vitest';
import { runInContext } from '../../mock-api/auth/context';
import { ReportRecordSources } from '../../mock-api/features/reportSource';
import { storeRecordSource } from '../../reports/core/sources/database';
import { demoState } from './demoDb';
import { caller, memoryStore } from './memoryStore';

/**
 * The reports route's source answers a read by ids itself — by binary search when the table is in
 * id order, through an index when it is not: it must give exactly what the store's generic source
 * gives (scope, masking, id order; ids missing or repeated), and see a changed or added record at
 * once.
 */

const CALLERS = [undefined, caller('admin'), caller('quality_supervisor'), caller('manager', [1])];

/** Reads `ids` through both sources as each kind of caller; returns the route source's answers. */
async function expectSameAsGeneric(
  store: ReturnType<typeof memoryStore>,
  sources: ReportRecordSources,
  ids: number[],
) {
  const answers = [];
  for (const identity of CALLERS) {
    const read = () =>
      Promise.all([
        sources.source().list('customers', { id: ids }),
        storeRecordSource(store).list('customers', { id: ids }),
      ]);
    const [fast, generic] = identity
      ? await runInContext({ identity, ip: null, lang: 'zh' }, read)
      : await read();
    expect(fast).toStrictEqual(generic);
    answers.push(fast);
  }
  return answers;
}

function sourcesOver(state: ReturnType<typeof demoState>) {
  const store = memoryStore(state);
  return { store, sources: new ReportRecordSources(store) };
}

describe('reports route source: records by id', () => {
  const { store, sources } = sourcesOver(demoState());
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
    const answers = await expectSameAsGeneric(store, sources, ids);
    expect(answers.every((fast) => fast.length > 0)).toBe(true);
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

describe('reports route source: records by id, whatever the order of the table', () => {
  const state = demoState();
  const customers = state.customers as { id: number }[];
  const last = customers[customers.length - 1].id;
  const ids = [customers[3].id, 0, -5, customers[0].id, last, last + 1, customers[3].id, customers[60].id];

  it('in id order (binary search): the first, the last, missing and repeated ids', async () => {
    expect(customers.every((c, i) => i === 0 || customers[i - 1].id < c.id)).toBe(true);
    const { store, sources } = sourcesOver(state);
    await expectSameAsGeneric(store, sources, ids);
  });

  it('out of id order (index): the same rows', async () => {
    const shuffled = demoState();
    const rows = shuffled.customers as { id: number }[];
    rows.reverse();
    [rows[0], rows[10]] = [rows[10], rows[0]];
    const { store, sources } = sourcesOver(shuffled);
    await expectSameAsGeneric(store, sources, ids);
  });

  it('sees a row inserted after a first read (ids still ascending, and then not)', async () => {
    const { store, sources } = sourcesOver(demoState());
    await expectSameAsGeneric(store, sources, ids);
    const template = store.rows('customers')[0];
    store.transaction(() => store.insert('customers', { ...template, id: last + 1, name: '新顾客' }));
    const [added] = await sources.source().list('customers', { id: [last + 1] });
    expect(added?.name).toBe('新顾客');
  });
});

describe('reports route source: list reads kept until their table changes', () => {
  const asCaller = <T>(identity: (typeof CALLERS)[number], read: () => Promise<T>) =>
    identity ? runInContext({ identity, ip: null, lang: 'zh' }, read) : read();
  const period = { submittedAt_gte: '2026-01-01T00:00:00.000Z', submittedAt_lte: '2026-06-30T23:59:59.999Z' };

  it('answers each kind of caller as the generic source, before and after a change of the table', async () => {
    const { store, sources } = sourcesOver(demoState());
    for (const round of [1, 2, 3]) {
      if (round === 3) {
        const first = store.rows('survey-responses').find((r) => String(r.submittedAt) > '2026-02')!;
        store.transaction(() =>
          store.replace('survey-responses', { ...first, submittedAt: '2025-01-01T00:00:00.000Z' }),
        );
      }
      for (const identity of CALLERS) {
        const [fast, generic] = await asCaller(identity, () =>
          Promise.all([
            sources.source().list('survey-responses', period),
            storeRecordSource(store).list('survey-responses', period),
          ]),
        );
        expect(fast, `round ${round}`).toStrictEqual(generic);
      }
    }
  });

  it('gives each read its own array: a report reordering its answer changes no other', async () => {
    const { sources } = sourcesOver(demoState());
    const first = await sources.source().list('survey-responses', period);
    const expected = [...first];
    first.reverse();
    const second = await sources.source().list('survey-responses', period);
    expect(second).not.toBe(first);
    expect(second).toStrictEqual(expected);
    // The kept answer itself is never handed out.
    second.reverse();
    expect(await sources.source().list('survey-responses', period)).toStrictEqual(expected);
  });

  it('never keeps a branch-limited reader’s answer: its scope reads other tables', async () => {
    const { store, sources } = sourcesOver(demoState());
    const manager = caller('manager', [1]);
    const read = () => asCaller(manager, () => sources.source().list('sanctions', {}));
    const before = await read();
    const moved = before[0];
    expect(moved).toBeDefined();
    // The sanction's employee moves to another branch: the sanction leaves branch 1's view.
    const employee = store.rows('employees').find((e) => e.id === moved.employeeId)!;
    store.transaction(() => store.replace('employees', { ...employee, branchId: 2 }));
    const after = await read();
    expect(after.map((s) => s.id)).not.toContain(moved.id);
    expect(after).toStrictEqual(
      await asCaller(manager, () => storeRecordSource(store).list('sanctions', {})),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { runInContext, type Identity } from '../../mock-api/auth/context';
import { visibleRows } from '../../mock-api/visibility';
import { storeRecordSource } from '../../reports/core/sources/database';
import { demoState } from './demoDb';
import { caller, memoryStore } from './memoryStore';

/**
 * The reports' read of the store filters before it masks (only matching rows are copied): the
 * answer must still be `visibleRows` filtered by hand, and a filter must see masked values.
 */

const store = memoryStore(demoState());
const read = <T>(identity: Identity, fn: () => T) => runInContext({ identity, ip: null, lang: 'zh' }, fn);

describe('reports read the store filtered, then masked', () => {
  it('equals visibleRows filtered by hand, for each kind of caller', async () => {
    // birthDate is masked for the quality supervisor (`1990-**-**`): the filter compares that text.
    const from = '1985-06-01';
    for (const identity of [caller('admin'), caller('quality_supervisor'), caller('manager', [1])]) {
      const got = await read(identity, () =>
        storeRecordSource(store).list('customers', { birthDate_gte: from, branchId: [1, 2] }),
      );
      const expected = read(identity, () =>
        visibleRows(store, 'customers').filter(
          (c) =>
            typeof c.birthDate === 'string' && c.birthDate >= from && (c.branchId === 1 || c.branchId === 2),
        ),
      );
      expect(got).toStrictEqual(expected);
      expect(got.length).toBeGreaterThan(0);
    }
  });

  it('filters on the masked value: hidden digits are not found', async () => {
    const customer = store
      .rows('customers')
      .find((c) => typeof c.phone === 'string' && c.phone.length === 11);
    expect(customer).toBeDefined();
    const phone = String(customer?.phone);
    const hidden = phone.slice(3, 7);
    const quality = caller('quality_supervisor');
    const byHidden = await read(quality, () =>
      storeRecordSource(store).list('customers', { id: customer?.id as number, phone_like: hidden }),
    );
    expect(byHidden).toEqual([]);
    const byShown = await read(quality, () =>
      storeRecordSource(store).list('customers', { id: customer?.id as number, phone_like: phone.slice(-4) }),
    );
    expect(byShown.map((c) => c.phone)).toEqual([`${phone.slice(0, 3)}****${phone.slice(-4)}`]);
    // A role that sees contacts finds it by any digits, and gets the stored row itself.
    const admin = await read(caller('admin'), () =>
      storeRecordSource(store).list('customers', { id: customer?.id as number, phone_like: hidden }),
    );
    expect(admin).toEqual([customer]);
    expect(admin[0]).toBe(customer);
  });
});

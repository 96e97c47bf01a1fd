import { maskRow } from '../../src/domain/access';
import { getResource } from '../../src/resources/index';
import { storeRecordSource } from '../../reports/core/sources/database';
import type { QueryParams, RecordSource, ReportMemory, ReportRecord } from '../../reports/core/types';
import { scopeTest } from '../access/scope';
import { currentIdentity } from '../auth/context';
import type { Row } from '../database';
import type { Store } from '../store';
import { RememberedLists } from './reportLists';

/**
 * The reports route's source of records: the store read through `visibleRows`, as every read
 * path (`storeRecordSource`), except a read of some records by id (`{ id: [3, 17, …] }`: how the
 * satisfaction report fetches the customers of its low-score list, 50 ids a read, so that it
 * works over HTTP too). The generic table filter tests every row against every id — a year's
 * ~500 low-score customers cost 11 passes over ~100,000 customers and 1.8 s — so here the ids
 * are looked up: by binary search when the table is in id order (stored tables are: the first
 * report after a start need not build an index of 50,000 customers, ~45 ms), else in an index
 * of the table. Either is kept until the table changes. The answer is the one `visibleRows`
 * would give: rows in the caller's scope, masked for the caller's role, by id.
 */
export class ReportRecordSources {
  private readonly indexes = new Map<string, Map<number, Row>>();
  /** Whether a table's rows are in ascending id order (checked once per version of the table). */
  private readonly inIdOrder = new Map<string, boolean>();
  /**
   * The reports' remembered work over this store (a masked row is a copy made by each read:
   * remembered work about it is never reused, never wrong).
   */
  private readonly memory: ReportMemory = new KeyedMemory();
  private readonly lists: RememberedLists;

  constructor(private readonly store: Store) {
    this.lists = new RememberedLists(store);
    store.observe((change) => {
      this.indexes.delete(change.table);
      this.inIdOrder.delete(change.table);
    });
  }

  /** The source of one request (the caller is read from the request's context). */
  source(): RecordSource {
    const base = storeRecordSource(this.store);
    return {
      memory: this.memory,
      list: (resource: string, query: QueryParams = {}) => {
        const ids = idList(query);
        if (ids) return Promise.resolve(this.byIds(resource, ids));
        return this.lists.list(resource, query, currentIdentity(), () => base.list(resource, query));
      },
    };
  }

  /** Finds a row by id: the first row with it, as the index keeps it. */
  private finder(resource: string): (id: number) => Row | undefined {
    const rows = this.store.rows(resource);
    let ordered = this.inIdOrder.get(resource);
    if (ordered === undefined) this.inIdOrder.set(resource, (ordered = ascendingIds(rows)));
    if (ordered) return (id) => firstWithId(rows, id);
    const index = this.index(resource);
    return (id) => index.get(id);
  }

  private index(resource: string): Map<number, Row> {
    let index = this.indexes.get(resource);
    if (!index) {
      index = new Map();
      for (const row of this.store.rows(resource)) if (!index.has(row.id)) index.set(row.id, row);
      this.indexes.set(resource, index);
    }
    return index;
  }

  private byIds(resource: string, ids: number[]): ReportRecord[] {
    const find = this.finder(resource);
    const identity = currentIdentity();
    const definition = getResource(resource);
    const limited = identity !== undefined && definition !== undefined;
    const test = limited ? scopeTest((name) => this.store.rows(name), definition, identity) : true;
    const out: ReportRecord[] = [];
    for (const id of [...new Set(ids)].sort((a, b) => a - b)) {
      const row = find(id);
      if (!row || (test !== true && !test(row))) continue;
      out.push(limited ? maskRow(identity.role, resource, row) : row);
    }
    return out;
  }
}

/** The ids of a query that asks for nothing but some ids (whole numbers), else undefined. */
function idList(query: QueryParams): number[] | undefined {
  const keys = Object.keys(query);
  if (keys.length !== 1 || keys[0] !== 'id') return undefined;
  const raw = query.id;
  const values = Array.isArray(raw) ? raw : [raw];
  return values.every((v) => typeof v === 'number' && Number.isSafeInteger(v))
    ? (values as number[])
    : undefined;
}

/** Ids never decrease from row to row (equal ids allowed: the first of them is found). */
function ascendingIds(rows: readonly Row[]): boolean {
  for (let i = 1; i < rows.length; i++) if (!(rows[i - 1].id <= rows[i].id)) return false;
  return true;
}

/** The first row with `id` in rows of ascending ids (lower bound), or undefined. */
function firstWithId(rows: readonly Row[], id: number): Row | undefined {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].id < id) lo = mid + 1;
    else hi = mid;
  }
  return lo < rows.length && rows[lo].id === id ? rows[lo] : undefined;
}

/** A `ReportMemory` in a Map: kept as long as the store's report sources. */
class KeyedMemory implements ReportMemory {
  private readonly values = new Map<string, unknown>();

  of<T>(name: string, create: () => T): T {
    if (!this.values.has(name)) this.values.set(name, create());
    return this.values.get(name) as T;
  }
}

import { maskRow } from '../../src/domain/access';
import type { ResourceDef } from '../../src/schema/resource';
import { scopeTest } from '../access/scope';
import type { Identity } from '../auth/context';
import type { Row } from '../database';
import type { ListQuery, Paging } from '../query';
import type { Store } from '../store';
import { Lru } from './lru';
import { rowTest } from './match';
import { sortRows } from './order';
import { TableChanges, type TableSource } from './tableChanges';
import { fieldView } from './view';

/** How many sorted tables, and how many lists of matches, are kept (most recently used). */
const SORTED_KEPT = 16;
const MATCHES_KEPT = 64;

export interface ListAnswer {
  /** Every match (X-Total-Count). */
  total: number;
  /** The page asked for, masked for the role (not yet the public view). */
  rows: Row[];
  /** For `_page`: the page, the page size and the number of matches (links are built from them). */
  paging: Paging | null;
}

/**
 * The list path of `GET /api/:resource`: filters, search, sort, paging and total over the
 * user's view of a table, without copying or masking rows that are not on the page.
 *
 * - Per table and sort, the table's rows sorted once and kept until the table changes.
 * - One pass over them in that order keeps the rows in scope that pass every filter.
 * - That list of matches is kept per (user's scope and role, query without paging) until any
 *   table changes (scope reads other tables: an employee's branch, a therapist's appointments),
 *   so turning pages costs a slice.
 *
 * Whether a table changed is `TableChanges`'s to say.
 */
export class ListPath {
  private readonly changes: TableChanges;
  private readonly sorted = new Lru<{ source: TableSource; rows: Row[] }>(SORTED_KEPT);
  private readonly matches = new Lru<{ source: TableSource; anyChange: number; rows: Row[] }>(MATCHES_KEPT);

  constructor(private readonly store: Store) {
    this.changes = new TableChanges(store);
  }

  /** The table in the order of the query's sort (as the role sees the sorted fields). */
  private ordered(resource: ResourceDef, query: ListQuery, identity: Identity | undefined): readonly Row[] {
    const source = this.changes.source(resource.name);
    if (!query.sort) return source.rows;
    const view = fieldView(identity?.role, resource.name);
    const hiddenKeys = query.sort.filter((k) => view.hidden.has(k.field)).map((k) => k.field);
    // Roles that see the sorted fields alike share one sorted copy.
    const key = JSON.stringify([resource.name, query.sort, hiddenKeys.length > 0 ? identity?.role : null]);
    const hit = this.sorted.get(key);
    if (hit && TableChanges.same(hit.source, source)) return hit.rows;
    const rows = sortRows(source.rows, query.sort, view);
    this.sorted.set(key, { source, rows });
    return rows;
  }

  /** Every match of the query for this user, in order. */
  private matching(resource: ResourceDef, query: ListQuery, identity: Identity | undefined): readonly Row[] {
    const source = this.changes.source(resource.name);
    const who = identity ? [identity.role, [...identity.branchIds].sort(), identity.employeeId] : null;
    const key = JSON.stringify([resource.name, who, query.key]);
    const hit = this.matches.get(key);
    if (hit && hit.anyChange === this.changes.any && TableChanges.same(hit.source, source)) return hit.rows;

    const ordered = this.ordered(resource, query, identity);
    const inScope = scopeTest((name) => this.store.rows(name), resource, identity);
    const secret = new Set(resource.fields.filter((f) => f.secret).map((f) => f.name));
    const passes = rowTest(query.filters, query.search, fieldView(identity?.role, resource.name), secret);
    let rows: Row[];
    if (inScope === true && passes === null) rows = ordered.slice();
    else {
      rows = [];
      for (const row of ordered)
        if ((inScope === true || inScope(row)) && (passes === null || passes(row))) rows.push(row);
    }
    this.matches.set(key, { source, anyChange: this.changes.any, rows });
    return rows;
  }

  answer(resource: ResourceDef, query: ListQuery, identity: Identity | undefined): ListAnswer {
    const all = this.matching(resource, query, identity);
    const { paging } = query;
    let page: readonly Row[] = all;
    if (paging?.kind === 'page')
      page = all.slice((paging.page - 1) * paging.limit, paging.page * paging.limit);
    else if (paging?.kind === 'slice') page = all.slice(paging.start, paging.end);
    const rows = identity ? page.map((row) => maskRow(identity.role, resource.name, row)) : page.slice();
    return { total: all.length, rows, paging };
  }
}

import { z } from 'zod';
import { RESOURCES } from '../src/resources/index';
import { fieldSchema } from '../src/schema/fieldTypes';
import type { ResourceDef } from '../src/schema/resource';
import { writableFields } from '../src/schema/validate';
import { META_KEY } from './database';
import { referencesIn } from './references';

/**
 * Checks a database before it is restored (or after it is backed up): its shape, every record
 * against its declaration, references, and that someone can still sign in as administrator.
 * Pure; builds each resource's schema once, so a demo database (~36 000 records) takes about
 * half a second. Reference checks stop at the backup itself: a record pointing at a missing
 * record is a problem.
 */

/** Problems beyond this many are counted, not listed: one broken table would list thousands. */
const MAX_LISTED = 20;

export interface DatabaseCheck {
  ok: boolean;
  /** One sentence per problem, naming the table, record id and field. */
  problems: string[];
  /** Problems found in all (may exceed `problems.length`). */
  problemCount: number;
  /** Top-level keys that are neither a declared table nor `_meta` (kept, but worth knowing). */
  unknownKeys: string[];
  /** Records checked, per table. */
  counts: Record<string, number>;
}

type Obj = Record<string, unknown>;

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class Problems {
  readonly listed: string[] = [];
  count = 0;
  add(text: string): void {
    this.count += 1;
    if (this.listed.length < MAX_LISTED) this.listed.push(text);
  }
}

function schemaOf(resource: ResourceDef) {
  const shape: Record<string, z.ZodType> = {};
  for (const field of writableFields(resource)) shape[field.name] = fieldSchema(field, 'en');
  return z.object(shape);
}

/** The table's rows, as prepareState would serve them (a singleton may be stored as one object). */
function tableRows(resource: ResourceDef, value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (resource.singleton && isObj(value)) return [{ ...value, id: 1 }];
  return undefined;
}

function checkRows(resource: ResourceDef, rows: unknown[], problems: Problems): Map<number, Obj> {
  const byId = new Map<number, Obj>();
  const schema = schemaOf(resource);
  const writable = writableFields(resource);
  for (const [index, row] of rows.entries()) {
    if (!isObj(row)) {
      problems.add(`${resource.name}[${index}] is not a record`);
      continue;
    }
    const id = row.id;
    if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) {
      problems.add(`${resource.name}[${index}] has no valid id (${JSON.stringify(id)})`);
      continue;
    }
    if (byId.has(id)) problems.add(`${resource.name} #${id} appears twice`);
    byId.set(id, row);
    const values: Obj = {};
    for (const field of writable) values[field.name] = row[field.name];
    const parsed = schema.safeParse(values);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      problems.add(`${resource.name} #${id}, field ${issue.path.map(String).join('.')}: ${issue.message}`);
      continue;
    }
    for (const rule of resource.rules ?? [])
      if (!rule.test(row)) problems.add(`${resource.name} #${id}, field ${rule.field}: ${rule.message.en}`);
  }
  return byId;
}

/** Checks a parsed database; see DatabaseCheck. */
export function checkDatabase(state: unknown): DatabaseCheck {
  const problems = new Problems();
  const counts: Record<string, number> = {};
  if (!isObj(state)) {
    problems.add('the file does not hold a JSON object of tables');
    return { ok: false, problems: problems.listed, problemCount: 1, unknownKeys: [], counts };
  }
  const tables = new Map<string, Map<number, Obj>>();
  for (const resource of RESOURCES) {
    const value = state[resource.name];
    if (value === undefined) {
      problems.add(`table "${resource.name}" is missing`);
      continue;
    }
    const rows = tableRows(resource, value);
    if (!rows) {
      problems.add(`"${resource.name}" is not a list of records`);
      continue;
    }
    counts[resource.name] = rows.length;
    tables.set(resource.name, checkRows(resource, rows, problems));
  }
  if (state[META_KEY] !== undefined && !isObj(state[META_KEY]))
    problems.add(`"${META_KEY}" is not an object`);

  // References, only once every table is known (a missing table was reported already).
  for (const resource of RESOURCES) {
    for (const [id, row] of tables.get(resource.name) ?? []) {
      for (const use of referencesIn(resource.fields, row)) {
        const target = tables.get(use.field.resource);
        if (target && !target.has(use.id as number))
          problems.add(
            `${resource.name} #${id}, field ${use.path}: ${use.field.resource} #${String(use.id)} does not exist`,
          );
      }
    }
  }

  const users = tables.get('users');
  if (users && ![...users.values()].some((u) => u.role === 'admin' && u.active !== false && u.passwordHash))
    problems.add('no active administrator with a password: nobody could manage the restored database');

  const known = new Set([...RESOURCES.map((r) => r.name), META_KEY]);
  return {
    ok: problems.count === 0,
    problems: problems.listed,
    problemCount: problems.count,
    unknownKeys: Object.keys(state).filter((k) => !known.has(k)),
    counts,
  };
}

/** A check's problems as lines for a terminal (the rest counted when there are too many). */
export function describeProblems(check: DatabaseCheck): string[] {
  const lines = check.problems.map((p) => `  - ${p}`);
  const more = check.problemCount - check.problems.length;
  if (more > 0) lines.push(`  … and ${more} more`);
  return lines;
}

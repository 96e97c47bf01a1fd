import type { Request } from 'express';
import type { Lang } from '../src/schema/labels';
import type { ResourceDef } from '../src/schema/resource';
import type { Row } from './database';
import { registerFeatureHooks } from './features/index';
import type { Store } from './store';

/**
 * Where business rules plug into writes (complaint numbering and lifecycle, deadlines, audit
 * log…). The write handler validates a body against the declaration and checks its references
 * first; hooks then see a valid record, and uniqueness is checked on what they return. A hook refuses a write by throwing an `ApiError` (errors.ts); whatever it
 * changes through `ctx.store` is saved in the same atomic write as the record, or not at all.
 */

export type WriteAction = 'create' | 'update' | 'delete';

export interface HookContext {
  store: Store;
  resource: ResourceDef;
  lang: Lang;
  /** The request's instant: rules take "now" from here, never from the clock. */
  now: Date;
  req: Request;
}

export interface WriteChange {
  action: WriteAction;
  /** The stored record after the write (absent on delete). */
  record?: Row;
  /** The record before the write (absent on create). */
  previous?: Row;
}

type Record_ = Record<string, unknown>;

export interface ResourceHooks {
  /** A new, valid record whose references exist, before the insert; may return a replacement. */
  beforeCreate?(record: Record_, ctx: HookContext): Record_ | void;
  /** The new, valid state of a record before it replaces `existing`; may return a replacement. */
  beforeUpdate?(record: Record_, existing: Row, ctx: HookContext): Record_ | void;
  /** Before a record that nothing refers to is deleted. */
  beforeDelete?(existing: Row, ctx: HookContext): void;
  /** After the change, inside the same transaction (before it is written to disk). */
  afterWrite?(change: WriteChange, ctx: HookContext): void;
}

/** Hooks by resource name; `*` hooks run for every resource, before the resource's own. */
export class HookRegistry {
  private readonly byResource = new Map<string, ResourceHooks[]>();

  register(resource: string, hooks: ResourceHooks): this {
    const list = this.byResource.get(resource) ?? [];
    list.push(hooks);
    this.byResource.set(resource, list);
    return this;
  }

  hooksFor(resource: string): ResourceHooks[] {
    return [...(this.byResource.get('*') ?? []), ...(this.byResource.get(resource) ?? [])];
  }
}

/** The product's business hooks: those of every feature in `features/index.ts`. */
export function createDefaultHooks(): HookRegistry {
  return registerFeatureHooks(new HookRegistry());
}

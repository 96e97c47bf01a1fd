import { AsyncLocalStorage } from 'node:async_hooks';
import type { Response } from 'express';
import type { Role } from '../../src/domain/access';
import type { Lang } from '../../src/schema/labels';

/** The signed-in user a request acts as (from the users table, at the time of the request). */
export interface Identity {
  userId: number;
  username: string;
  role: Role;
  /** Empty = every branch. */
  branchIds: number[];
  /** The employee record of this user (a therapist's "own" appointments and care records). */
  employeeId: number | null;
}

/**
 * What the store, the read path and the audit log need to know about the request being
 * served, without threading it through every call: who acts (absent in contract mode, see
 * server.ts `auth: false`, and outside requests), from which address, in which language.
 * Carried by AsyncLocalStorage, so feature routes and hooks are covered without passing it on.
 */
export interface RequestContext {
  identity?: Identity;
  ip: string | null;
  lang: Lang;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runInContext<T>(ctx: RequestContext, fn: () => T): T {
  return storage.run(ctx, fn);
}

export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

export function currentIdentity(): Identity | undefined {
  return storage.getStore()?.identity;
}

/** The identity of a request (set by the auth middleware). */
export function identityOf(res: Response): Identity | undefined {
  return (res.locals as { identity?: Identity }).identity;
}

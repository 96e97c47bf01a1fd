import type { RequestParamHandler, Response } from 'express';
import { getResource } from '../src/resources/index';
import type { ResourceDef } from '../src/schema/resource';
import { langOf, schemaError } from './errors';

/** What a request under `/api/:resource[/:id]` is about, resolved from the path. */
export interface Target {
  resource: ResourceDef;
  /** The record id; undefined when absent or not an id (such a record is never found). */
  id?: number;
}

interface Locals {
  target?: Target;
}

export function targetOf(res: Response): Target {
  const target = (res.locals as Locals).target;
  if (!target) throw new Error('No target resolved for this route');
  return target;
}

const ID = /^[1-9]\d{0,14}$/;

/** `:resource` — a declared resource, or 404. */
export const resolveResource: RequestParamHandler = (_req, res, next, name: string) => {
  const resource = getResource(name);
  if (!resource) throw schemaError(404, 'resourceNotFound', langOf(res));
  (res.locals as Locals).target = { resource };
  next();
};

/** `:id` — a positive integer; anything else names no record. */
export const resolveId: RequestParamHandler = (_req, res, next, id: string) => {
  const target = targetOf(res);
  target.id = ID.test(id) ? Number(id) : undefined;
  next();
};

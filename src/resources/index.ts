import type { ResourceDef } from '../schema/resource';
import { branches } from './branches';
import { departments } from './departments';

/** Every resource of the product, in menu order within each group. Adding one is adding it here. */
export const RESOURCES: ResourceDef[] = [branches, departments];

const BY_NAME = new Map(RESOURCES.map((r) => [r.name, r]));

export function getResource(name: string): ResourceDef | undefined {
  return BY_NAME.get(name);
}

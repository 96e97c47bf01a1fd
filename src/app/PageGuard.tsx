import type { ReactNode } from 'react';
import { roleMayOpen } from '../providers/accessControl';
import { Forbidden } from './lazyPages';

/**
 * A page the signed-in role may open, else why not (the API refuses anyway, but a list of 403s
 * explains nothing). Decided as the page renders, from the session — not through refine's
 * `CanAccess`, whose query holds the page back a render for an answer known at once.
 */
export function PageGuard({
  resource,
  action,
  children,
}: {
  resource: string;
  action: string;
  children: ReactNode;
}) {
  return roleMayOpen(resource, action) ? children : <Forbidden />;
}

import type { Router } from 'express';
import type { RouteAccess } from '../access/middleware';
import type { HookRegistry } from '../hooks';
import type { WriteDeps } from '../writes';

/**
 * A business area's part of the mock API: hooks on the generic writes (numbering, lifecycle,
 * audit…) and routes of its own (transitions, batch entry, report figures). Routes are mounted
 * under `/api` before the generic `/:resource` routes, so they must use literal first segments
 * or paths the generic routes do not claim (e.g. `/complaints/:id/transitions`, `/reports/:name`).
 */
export interface ApiFeature {
  name: string;
  registerHooks?(registry: HookRegistry): void;
  registerRoutes?(router: Router, deps: WriteDeps): void;
  /**
   * Optional: what this feature's routes require, when deriving it from the path is not right.
   * By default (mock-api/access/middleware.ts `requirementOf`) `/reports/:name` needs that
   * report, `/:resource/...` the matching read/create/update/delete right on the resource
   * (POST on a record's sub-path = update, on another sub-path = create), anything else the
   * administrator. The access check runs before every feature route; branch scope and masking
   * apply to what the route reads through `visibleRows` (mock-api/visibility.ts) and to every
   * record it writes through the store.
   */
  access?: RouteAccess[];
}

import type { Router } from 'express';
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
}

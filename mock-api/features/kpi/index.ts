import type { ApiFeature } from '../types';
import { annualHooks, registerAnnualRoutes } from './annual';
import { registerCycleRoutes } from './cycle';
import { monthlyHooks } from './monthlyHooks';
import { registerOpenMonth } from './open';
import { assessmentHooks, registerTrainingRoutes } from './training';

/**
 * KPI appraisal (DOMAIN §5.2) and training (§6): open month, the monthly cycle's steps with
 * automatic indicators frozen at confirmation, annual results, training totals and retakes.
 * The steps and the breakdown are open to every signed-in user at the access layer because an
 * employee may self-assess without any right on the resource; the handlers then check who may
 * do what (src/domain/kpi/cycle.ts) and answer 404 for an appraisal the user may not see.
 */
export const kpiApi: ApiFeature = {
  name: 'kpi',
  registerHooks(registry) {
    registry.register('monthly-appraisals', monthlyHooks);
    registry.register('annual-appraisals', annualHooks);
    registry.register('training-assessments', assessmentHooks);
  },
  registerRoutes(router, deps) {
    registerOpenMonth(router, deps);
    registerCycleRoutes(router, deps);
    registerAnnualRoutes(router, deps);
    registerTrainingRoutes(router, deps);
  },
  access: [
    {
      method: 'POST',
      path: /^\/monthly-appraisals\/[^/]+\/steps\/?$/,
      require: () => ({ kind: 'signed-in' }),
    },
    {
      method: 'GET',
      path: /^\/monthly-appraisals\/[^/]+\/breakdown\/?$/,
      require: () => ({ kind: 'signed-in' }),
    },
  ],
};

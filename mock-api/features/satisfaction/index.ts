import type { ApiFeature } from '../types';
import { complaintFollowUpHooks } from './complaintFollowUps';
import { registerFollowUpRoutes } from './followUps';
import { responseHooks } from './responses';
import { registerTemplateRoutes, templateHooks } from './templates';

/**
 * Satisfaction surveys and follow-up visits (DOMAIN §2, §3): template shape locked once
 * answered (with a copy route), responses checked against their template, the due lists and
 * the two-click recording of follow-ups, and the follow-up of every resolved complaint.
 */
export const satisfactionApi: ApiFeature = {
  name: 'satisfaction',
  registerHooks: (registry) => {
    registry.register('survey-templates', templateHooks);
    registry.register('survey-responses', responseHooks);
    registry.register('complaints', complaintFollowUpHooks);
  },
  registerRoutes: (router, deps) => {
    registerTemplateRoutes(router, deps);
    registerFollowUpRoutes(router, deps);
  },
};

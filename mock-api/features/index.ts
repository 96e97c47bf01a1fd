import type { HookRegistry } from '../hooks';
import { appraisalApi } from './appraisal/index';
import { complaintsApi } from './complaints/index';
import { kpiApi } from './kpi/index';
import { reportsApi } from './reports';
import { satisfactionApi } from './satisfaction/index';
import type { ApiFeature } from './types';

/** Every business area of the mock API, in the order their hooks run. */
export const API_FEATURES: readonly ApiFeature[] = [
  appraisalApi,
  complaintsApi,
  kpiApi,
  reportsApi,
  satisfactionApi,
];

export function registerFeatureHooks(
  registry: HookRegistry,
  features: readonly ApiFeature[] = API_FEATURES,
): HookRegistry {
  for (const feature of features) feature.registerHooks?.(registry);
  return registry;
}

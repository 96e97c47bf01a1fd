import { appraisalFeature } from './appraisal';
import { comfortsFeature } from './comforts/index';
import { complaintsFeature } from './complaints/index';
import { kpiFeature } from './kpi/index';
import { satisfactionDashboardFeature } from './satisfaction-dashboard/index';
import { satisfactionFeature } from './satisfaction/index';
import type { ConsoleFeature, CrudAction, CrudOverride, FeaturePage } from './types';

/** Every business area of the console. */
export const FEATURES: readonly ConsoleFeature[] = [
  appraisalFeature,
  complaintsFeature,
  satisfactionFeature,
  satisfactionDashboardFeature,
  kpiFeature,
  comfortsFeature,
];

export const FEATURE_PAGES: readonly FeaturePage[] = FEATURES.flatMap((f) => f.pages ?? []);

/** The page that replaces the generated one for this resource and action, if a feature has one. */
export function crudOverride(resource: string, action: CrudAction): CrudOverride | undefined {
  for (const feature of FEATURES) {
    const page = feature.overrides?.[resource]?.[action];
    if (page) return page;
  }
  return undefined;
}

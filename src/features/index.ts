import { appraisalFeature } from './appraisal';
import { complaintsFeature } from './complaints/index';
import type { ConsoleFeature, CrudAction, CrudOverride, FeaturePage } from './types';

/** Every business area of the console. */
export const FEATURES: readonly ConsoleFeature[] = [appraisalFeature, complaintsFeature];

export const FEATURE_PAGES: readonly FeaturePage[] = FEATURES.flatMap((f) => f.pages ?? []);

/** The page that replaces the generated one for this resource and action, if a feature has one. */
export function crudOverride(resource: string, action: CrudAction): CrudOverride | undefined {
  for (const feature of FEATURES) {
    const page = feature.overrides?.[resource]?.[action];
    if (page) return page;
  }
  return undefined;
}

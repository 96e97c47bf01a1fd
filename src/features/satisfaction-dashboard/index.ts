import type { ConsoleFeature } from '../types';

/** The satisfaction dashboard (DOMAIN §3) for quality supervisors. */
export const satisfactionDashboardFeature: ConsoleFeature = {
  name: 'satisfaction-dashboard',
  pages: [],
  overrides: {},
};

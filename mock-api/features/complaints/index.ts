import type { ApiFeature } from '../types';
import { complaintHooks } from './hooks';
import { registerComplaintRoutes } from './transitions';

/** Complaints (DOMAIN §4): numbering, deadlines, the lifecycle and its transitions route. */
export const complaintsApi: ApiFeature = {
  name: 'complaints',
  registerHooks: (registry) => registry.register('complaints', complaintHooks),
  registerRoutes: registerComplaintRoutes,
};

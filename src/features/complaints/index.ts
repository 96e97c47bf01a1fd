import { lazyPage } from '../../app/lazyPage';
import type { ConsoleFeature } from '../types';

/**
 * Complaints (DOMAIN §4) in the console: the list with quick filters and deadline tags, the
 * form with the complainant from the customer files, the show page with the lifecycle's
 * actions and timeline, and the complaint dashboard. Every page loads lazily.
 */
export const complaintsFeature: ConsoleFeature = {
  name: 'complaints',
  pages: [
    {
      name: 'complaints-dashboard',
      path: 'dashboards/complaints',
      label: { zh: '投诉看板', en: 'Complaints dashboard' },
      group: 'quality',
      icon: 'FundOutlined',
      component: lazyPage(() => import('./dashboard/ComplaintDashboard')),
    },
  ],
  overrides: {
    complaints: {
      list: lazyPage(() => import('./ComplaintList').then((m) => ({ default: m.ComplaintList }))),
      show: lazyPage(() => import('./ComplaintShow').then((m) => ({ default: m.ComplaintShow }))),
      create: lazyPage(() => import('./ComplaintCreate').then((m) => ({ default: m.ComplaintCreate }))),
    },
  },
};

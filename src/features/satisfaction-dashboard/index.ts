import { lazyPage } from '../../app/lazyPage';
import type { ConsoleFeature } from '../types';

/** The satisfaction dashboard (DOMAIN §3) for quality supervisors. */
export const satisfactionDashboardFeature: ConsoleFeature = {
  name: 'satisfaction-dashboard',
  pages: [
    {
      name: 'satisfaction-dashboard',
      path: 'dashboards/satisfaction',
      label: { zh: '满意度看板', en: 'Satisfaction dashboard' },
      group: 'quality',
      icon: 'SmileOutlined',
      component: lazyPage(() => import('./SatisfactionDashboard')),
    },
  ],
  overrides: {},
};

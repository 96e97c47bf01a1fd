import { lazyPage } from '../../app/lazyPage';
import type { ConsoleFeature } from '../types';

/** Appraisal points (DOMAIN §5.1) in the console: the daily team entry and the dashboard. */
export const appraisalFeature: ConsoleFeature = {
  name: 'appraisal',
  pages: [
    {
      name: 'appraisal-daily-entry',
      path: 'appraisal/daily-entry',
      label: { zh: '考核日录入', en: 'Daily appraisal entry' },
      group: 'appraisal',
      icon: 'FormOutlined',
      component: lazyPage(() => import('./entry/DailyEntryPage')),
    },
    {
      name: 'appraisal-dashboard',
      path: 'dashboards/appraisal',
      label: { zh: '考核得分看板', en: 'Appraisal dashboard' },
      group: 'appraisal',
      icon: 'FundOutlined',
      component: lazyPage(() => import('./dashboard/AppraisalDashboard')),
    },
  ],
};

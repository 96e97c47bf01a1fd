import { lazyPage } from '../../app/lazyPage';
import type { ConsoleFeature } from '../types';

const AppraisalShow = lazyPage(() => import('./AppraisalShow').then((m) => ({ default: m.AppraisalShow })));

/**
 * KPI appraisal (DOMAIN §5.2) and training (§6) in the console: the month desk (open the month,
 * follow each appraisal), the scoring page of an appraisal (self and supervisor forms built from
 * its template, the cycle's steps), the annual grades, and the training pass rate with the
 * retakes owed. Every page loads lazily.
 */
export const kpiFeature: ConsoleFeature = {
  name: 'kpi',
  pages: [
    {
      // Named after the kpi report: opened by those who may read it (pageRight in accessControl).
      name: 'kpi-dashboard',
      path: 'kpi/month',
      label: { zh: '月度考核工作台', en: 'Monthly appraisal desk' },
      group: 'appraisal',
      icon: 'AuditOutlined',
      component: lazyPage(() => import('./MonthPage')),
    },
    {
      name: 'kpi-annual',
      path: 'kpi/annual',
      label: { zh: '年度考核等级', en: 'Annual grades' },
      group: 'appraisal',
      icon: 'FundOutlined',
      component: lazyPage(() => import('./AnnualPage')),
    },
    {
      name: 'training-overview',
      path: 'training/overview',
      label: { zh: '培训合格率与补考', en: 'Training pass rate and retakes' },
      group: 'training',
      icon: 'ReadOutlined',
      component: lazyPage(() => import('./TrainingPage')),
    },
  ],
  overrides: {
    'monthly-appraisals': { show: AppraisalShow, edit: AppraisalShow },
  },
};

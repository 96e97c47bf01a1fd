import type { ConsoleFeature } from '../types';

/** KPI appraisal (DOMAIN §5.2) and training (§6): the monthly cycle, annual grades, retakes owed. */
export const kpiFeature: ConsoleFeature = {
  name: 'kpi',
  pages: [],
  overrides: {},
};

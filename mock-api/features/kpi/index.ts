import type { ApiFeature } from '../types';

/** KPI appraisal (DOMAIN §5.2) and training (§6): the monthly cycle's states and automatic indicators. */
export const kpiApi: ApiFeature = {
  name: 'kpi',
};

/** KPI appraisal of DOMAIN §5.2: scoring, the annual result, the metrics and the monthly cycle. */
export * from './score';
export * from './annual';
export * from './metrics';
export * from './cycle';
export * from './report';

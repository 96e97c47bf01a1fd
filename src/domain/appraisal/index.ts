/** Appraisal scoring of DOMAIN §5.1: rules and their monthly versions, the day and the month. */
export * from './day';
export * from './money';
export * from './rules';
export * from './score';

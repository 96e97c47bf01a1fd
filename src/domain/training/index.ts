/** Training assessments of DOMAIN §6: total and pass, retakes owed, pass rate by branch. */
export * from './assessment';

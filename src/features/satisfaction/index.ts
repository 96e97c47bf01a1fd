import type { ConsoleFeature } from '../types';

/** Satisfaction surveys and follow-up visits (DOMAIN §2, §3): template editing, response entry from the template, due follow-ups. */
export const satisfactionFeature: ConsoleFeature = {
  name: 'satisfaction',
  pages: [],
  overrides: {},
};

import type { ConsoleFeature } from '../types';

/** Console-wide comforts: command palette, saved filters, export of any list. */
export const comfortsFeature: ConsoleFeature = {
  name: 'comforts',
  pages: [],
  overrides: {},
};

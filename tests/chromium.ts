/**
 * Debian's Chromium as the journeys and the benchmarks launch it (playwright-core): its path
 * (CHROMIUM_PATH overrides) and the flags for a headless run that does no background work of its
 * own (no network fetches, component updates or sync).
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

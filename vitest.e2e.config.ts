import { defineConfig } from 'vitest/config';

/**
 * The real-browser journeys (`npm run test:e2e`): one console build and one mock API for the
 * run (tests/e2e/globalSetup.ts), journeys one after the other since they share that database.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});

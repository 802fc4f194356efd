import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    fileParallelism: true,
    // The site tests read dist/, which `npm test` builds first (see tests/global-setup.ts).
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 60_000,
    // Browser suites are I/O-bound; two workers keep both cores busy.
    maxWorkers: 2,
    hookTimeout: 600_000,
  },
});

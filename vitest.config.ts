import { defineConfig } from 'vitest/config';

/**
 * Two layers, as Starlight splits `__tests__` from `__e2e__`:
 * - `unit`: ingest, model, exports, locales, on the seeds and the real fixtures; builds nothing;
 * - `site`: the built site (dist/ and a small fixture site) and the browser, built once by
 *   tests/global-setup.ts before any of its files runs.
 * `npm test` runs both; `npm run test:unit` or `npm run test:site` one of them.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    // A beforeAll that ingests the seeds takes 2–4 s here, more on a loaded machine.
    hookTimeout: 60_000,
    // Browser suites are I/O-bound; two workers keep both cores busy.
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], globalSetup: ['tests/unit-setup.ts'] } },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});

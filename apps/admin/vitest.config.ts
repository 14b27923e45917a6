import { fileURLToPath } from 'node:url';
import { defineProject } from 'vitest/config';

// Browser journeys: a real Charter server in the test process and headless Chromium driving the
// built admin app, as a person would. One worker, because each journey runs a browser and a server.
export default defineProject({
  resolve: {
    alias: {
      '@charter/policy': fileURLToPath(new URL('../../packages/policy/src/index.ts', import.meta.url)),
    },
  },
  test: {
    name: 'browser',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/build-admin.ts'],
    fileParallelism: false,
    // A journey walks many screens; on a loaded two-core machine one can take a minute.
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});

import { defineConfig } from 'vitest/config';

// One run covers every workspace; each project brings its own setup.
export default defineConfig({
  test: {
    projects: [
      'packages/policy',
      'apps/server',
      'apps/admin',
      { test: { name: 'repo', include: ['test/**/*.test.ts'] } },
    ],
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results/results.json' }]]
      : ['default'],
  },
});

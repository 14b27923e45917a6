import { defineConfig } from 'vitest/config';

// One run covers every workspace; each project brings its own setup.
export default defineConfig({
  test: {
    // Most suites wait on PostgreSQL, PGlite or a child process rather than on the CPU; vitest's
    // default (one worker per core but one) would run them one at a time on a 2-core machine.
    maxWorkers: 2,
    projects: ['packages/policy', 'apps/server', { test: { name: 'repo', include: ['test/**/*.test.ts'] } }],
    reporters: process.env.CI
      ? ['default', ['json', { outputFile: 'test-results/results.json' }]]
      : ['default'],
  },
});

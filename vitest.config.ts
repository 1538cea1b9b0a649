import { defineConfig } from 'vitest/config';

/** Unit, worker, store and main-process tests (tiers 1, 2, 3 and 5 of DESIGN.md §5). E2E runs separately. */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

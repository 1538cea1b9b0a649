import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built renderer in Debian's Chromium via playwright-core (DESIGN.md §5 tier 4). */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});

#!/usr/bin/env node
// Runs the end-to-end tests in Debian's Chromium; fails with a clear message when it is missing.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`End-to-end tests need Chromium at ${chromium}. Install Debian's package (apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
const r = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);

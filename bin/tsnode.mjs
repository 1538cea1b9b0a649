#!/usr/bin/env node
// Runs a TypeScript entry point with the tsx loader (used by npm scripts).
import { spawnSync } from 'node:child_process';
const [, , entry, ...rest] = process.argv;
const r = spawnSync(process.execPath, ['--import', 'tsx', entry, ...rest], { stdio: 'inherit' });
process.exit(r.status ?? 1);

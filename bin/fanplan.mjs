#!/usr/bin/env node
// The `fanplan` command: runs the TypeScript CLI through the tsx loader.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));

/**
 * `npm run bench`: runs every bench/*.bench.ts in its own Node process, in
 * name order, and streams their figures. `npm run bench -- <filter>` runs
 * only files whose name contains the filter.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const filter = process.argv[2] ?? '';
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts') && f.includes(filter)).sort();
console.log(`FANplan benchmarks — node ${process.version}, ${files.length} suites${filter ? ` matching "${filter}"` : ''}`);
let failed = 0;
for (const f of files) {
  console.log(`\n# ${f}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', '--max-old-space-size=16384', join(here, f)], { stdio: 'inherit' });
  if (r.status !== 0) { failed++; console.log(`(suite ${f} exited with ${r.status ?? r.signal})`); }
}
process.exit(failed ? 1 : 0);

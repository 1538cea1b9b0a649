/**
 * Locates the read-only reference data in ../shared/data (beside the repo,
 * DESIGN.md §6). Tests read it in place and skip with a clear message when it
 * is absent; it is never copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Absolute path of ../shared/data, or null when it is not there. */
export const SHARED_DATA: string | null = (() => {
  const dir = resolve(repoRoot, '../shared/data');
  return existsSync(dir) ? dir : null;
})();

/** Message for skipped reference tests. */
export const SKIP_MESSAGE = 'SKIPPED: ../shared/data not found beside the repository; reference-vector tests need it (DESIGN.md §6)';

if (!SHARED_DATA) console.warn(SKIP_MESSAGE);

/** Path of a file under ../shared/data (only call when SHARED_DATA is set). */
export function sharedPath(rel: string): string {
  return resolve(SHARED_DATA ?? '', rel);
}

/** Numeric CSV rows (header dropped) of a shared file. */
export function readNumericCsv(rel: string): { header: string[]; rows: number[][] } {
  const lines = readFileSync(sharedPath(rel), 'utf8').trim().split(/\r?\n/);
  return { header: lines[0].split(','), rows: lines.slice(1).map((l) => l.split(',').map(Number)) };
}

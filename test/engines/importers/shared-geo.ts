/**
 * Locates the read-only geodata in ../shared/data/geo (beside the repository,
 * DESIGN.md §6). Tests read the files in place and skip with a clear message
 * when the directory is absent; nothing is copied into the repository.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const dataDir = resolve(repoRoot, '..', 'shared', 'data');

/** True when ../shared/data/geo exists. */
export const HAVE_GEO = existsSync(resolve(dataDir, 'geo'));

/** Why the real-data tests are skipped. */
export const SKIP_GEO = `SKIPPED: ${resolve(dataDir, 'geo')} not found; the real-data importer tests need ../shared/data beside the repository (DESIGN.md §6)`;

if (!HAVE_GEO) console.warn(SKIP_GEO);

/** Bytes of a file under ../shared/data/geo. */
export function geoBytes(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(dataDir, 'geo', rel)));
}

/** Ray-casting point-in-ring test (lon/lat). */
export function inRing(lon: number, lat: number, ring: [number, number][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > lat) !== (yj > lat) && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

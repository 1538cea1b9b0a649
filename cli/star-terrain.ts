/**
 * Terrain for `fanplan star --terrain FILE.hgt[.zip] …`: SRTM tiles read from
 * disk into a DEM mosaic (workers/engines/terrain), resampled once onto the
 * Scenario's local grid (workers/engines/star/local-terrain.ts) over the
 * project's extent plus a margin, so the worker gets one typed array.
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { Project } from '../workers/model';
import { compileProject } from '../workers/engines/compile/compile-project';
import { createLocalProjection } from '../workers/engines/geo/local-projection';
import { DemMosaic, DemTileCache, readHgtOrZip, srtmTileName, type DemTile } from '../workers/engines/terrain';
import { localTerrainFromSampler, type LocalTerrain } from '../workers/engines/star';

/** Read SRTM tiles and resample them over the project (meters, collectors, areas) ± `marginM` at `cellM`. */
export async function loadStarTerrain(paths: string[], project: Project, cwd: string, cellM = 50, marginM = 10_000): Promise<LocalTerrain> {
  const tiles = new Map<string, DemTile>();
  for (const p of paths) {
    const full = resolve(cwd, p);
    const tile = readHgtOrZip(new Uint8Array(await readFile(full)), basename(full).replace(/\.zip$/i, ''));
    tiles.set(tile.id, tile);
  }
  const mosaic = new DemMosaic(new DemTileCache(2 ** 31), srtmTileName, (k) => tiles.get(k) ?? null);
  const s = compileProject(project);
  const proj = createLocalProjection(s.origin.lon0Deg, s.origin.lat0Deg);
  let minXM = Infinity, minYM = Infinity, maxXM = -Infinity, maxYM = -Infinity;
  const add = (x: number, y: number) => { minXM = Math.min(minXM, x); maxXM = Math.max(maxXM, x); minYM = Math.min(minYM, y); maxYM = Math.max(maxYM, y); };
  for (const pts of [s.meters, s.collectors]) for (let i = 0; i < pts.count; i++) add(pts.xM[i], pts.yM[i]);
  for (const rings of s.areas.rings) for (const r of rings) for (let i = 0; i < r.length; i += 2) add(r[i], r[i + 1]);
  if (!(minXM <= maxXM)) throw new Error('the project has nothing to place terrain under');
  return localTerrainFromSampler(mosaic, proj, { minXM: minXM - marginM, minYM: minYM - marginM, maxXM: maxXM + marginM, maxYM: maxYM + marginM }, cellM);
}

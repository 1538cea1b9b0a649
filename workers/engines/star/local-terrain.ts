/**
 * Terrain on the Scenario's local metric grid: heights resampled once from a
 * DEM (any {@link HeightSampler}, e.g. an SRTM tile or a mosaic) onto a
 * regular grid in local metres, so the star engine builds thousands of PFL
 * profiles with plain bilinear look-ups (terrain/sampling.ts) instead of a
 * projection and a great-circle step per point. Over a project extent
 * (< 100 km) straight lines in the local Transverse Mercator and great-circle
 * distances agree to better than 0.1 %.
 *
 * Profiles are in NTIA PFL form [n, spacing_m, z_0 … z_n] from the site (z_0)
 * to the receiver (z_n), as terrain/profile.ts builds them, with the same
 * rule n = ceil(d / spacing).
 */
import type { LocalProjection } from '../geo/local-projection';
import type { HeightSampler } from '../terrain/dem-tile';
import { bilinearSample } from '../terrain/sampling';

/** Heights on a local grid: node (col, row) lies at (x0M + col·cellM, y0M + row·cellM); rows run north. */
export interface LocalTerrain {
  x0M: number;
  y0M: number;
  cellM: number;
  width: number;
  height: number;
  /** Row-major heights, metres; NaN marks a void. */
  heightsM: Float32Array;
}

/** Resample `dem` onto a local grid covering [minX, maxX] × [minY, maxY] at `cellM` spacing. */
export function localTerrainFromSampler(dem: HeightSampler, proj: LocalProjection, bbox: { minXM: number; minYM: number; maxXM: number; maxYM: number }, cellM: number): LocalTerrain {
  if (!(cellM > 0)) throw new RangeError(`cellM must be > 0, got ${cellM}`);
  const width = Math.max(2, Math.ceil((bbox.maxXM - bbox.minXM) / cellM) + 1);
  const height = Math.max(2, Math.ceil((bbox.maxYM - bbox.minYM) / cellM) + 1);
  const heightsM = new Float32Array(width * height);
  for (let r = 0; r < height; r++) {
    for (let c = 0; c < width; c++) {
      const [lon, lat] = proj.toLonLat(bbox.minXM + c * cellM, bbox.minYM + r * cellM);
      heightsM[r * width + c] = dem.sample(lon, lat);
    }
  }
  return { x0M: bbox.minXM, y0M: bbox.minYM, cellM, width, height, heightsM };
}

/** Terrain height at a local point (bilinear; NaN off the grid or in a void). */
export function localHeightM(t: LocalTerrain, xM: number, yM: number): number {
  const col = (xM - t.x0M) / t.cellM, row = (yM - t.y0M) / t.cellM;
  const c0 = Math.floor(col), r0 = Math.floor(row);
  // Fast path: interior point with four valid neighbours (plain bilinear, as terrain/sampling.ts).
  if (c0 >= 0 && r0 >= 0 && c0 < t.width - 1 && r0 < t.height - 1) {
    const h = t.heightsM, i = r0 * t.width + c0;
    const v00 = h[i], v10 = h[i + 1], v01 = h[i + t.width], v11 = h[i + t.width + 1];
    if (v00 === v00 && v10 === v10 && v01 === v01 && v11 === v11) {
      const fx = col - c0, fy = row - r0;
      return (v00 * (1 - fx) + v10 * fx) * (1 - fy) + (v01 * (1 - fx) + v11 * fx) * fy;
    }
  }
  return bilinearSample(t.heightsM, t.width, t.height, col, row, NaN).heightM;
}

/**
 * PFL profile from (x1, y1) to (x2, y2). Voids and off-grid points take the
 * nearest valid height along the path; null when the path has no valid point.
 */
export function localProfile(t: LocalTerrain, x1: number, y1: number, x2: number, y2: number, spacingM: number): Float64Array | null {
  const d = Math.hypot(x2 - x1, y2 - y1);
  if (!(d > 0)) return null;
  const n = Math.max(1, Math.ceil(d / spacingM - 1e-9));
  const pfl = new Float64Array(n + 3);
  pfl[0] = n;
  pfl[1] = d / n;
  let last = NaN;
  let firstValid = -1;
  for (let i = 0; i <= n; i++) {
    const f = i / n;
    let z = localHeightM(t, x1 + f * (x2 - x1), y1 + f * (y2 - y1));
    if (z === z) {
      if (firstValid < 0) firstValid = i;
      last = z;
    } else z = last;
    pfl[i + 2] = z;
  }
  if (firstValid < 0) return null;
  for (let i = 0; i < firstValid; i++) pfl[i + 2] = pfl[firstValid + 2];
  return pfl;
}

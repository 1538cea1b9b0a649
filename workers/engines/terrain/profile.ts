/**
 * Terrain path profiles in NTIA PFL form [n, spacing_m, z_0 … z_n]: n
 * intervals of equal length along the great circle from the transmitter
 * (z_0) to the receiver (z_n). The requested spacing is an upper bound: n =
 * ceil(d / spacing) so the last point falls exactly on the receiver.
 *
 * Voids: a point whose height cannot be sampled (no tile, or no valid
 * neighbour) is filled by linear interpolation between the nearest valid
 * profile points (end points copy their nearest valid neighbour) and
 * counted; if no point is valid the profile is an error. NaN never reaches
 * the output.
 *
 * Earth curvature: ITM and other path models take the raw profile and apply
 * the effective earth radius themselves. For geometric line-of-sight or
 * Fresnel checks with straight rays, `curvature: { kFactor }` adds the earth
 * bulge relative to the chord, b(x) = x·(d − x) / (2·k·R), R = 6 371 km
 * (k = 4/3 standard atmosphere), so the terrain rises mid-path.
 */
import type { HeightSampler } from './dem-tile';
import { EARTH_RADIUS_M, greatCircleDistanceM, greatCircleInterpolator } from './geodesy';

/** A point on the ground, degrees. */
export interface LonLat {
  lonDeg: number;
  latDeg: number;
}

/** Options of {@link pathProfile}. */
export interface ProfileOptions {
  /** Maximum spacing between profile points, m (> 0). */
  spacingM: number;
  /** Add the earth bulge for effective-earth factor k (e.g. 4/3); omit for the raw terrain. */
  curvature?: { kFactor: number };
  /** Cap on the number of intervals (default 100 000) to bound memory. */
  maxIntervals?: number;
}

/** A profile, or why none could be built. */
export type ProfileResult =
  | { ok: true; pfl: Float64Array; distanceM: number; filledPoints: number }
  | { ok: false; error: string };

/** Earth bulge (m) at distance x along a path of length d for effective-earth factor k. */
export function earthBulgeM(xM: number, dM: number, kFactor: number): number {
  return (xM * (dM - xM)) / (2 * kFactor * EARTH_RADIUS_M);
}

/** Build the PFL profile between two points over a height sampler. */
export function pathProfile(dem: HeightSampler, from: LonLat, to: LonLat, options: ProfileOptions): ProfileResult {
  const { spacingM } = options;
  for (const v of [from.lonDeg, from.latDeg, to.lonDeg, to.latDeg]) {
    if (!Number.isFinite(v)) return { ok: false, error: `coordinates must be finite, got ${v}` };
  }
  if (!(spacingM > 0) || !Number.isFinite(spacingM)) return { ok: false, error: `spacingM must be > 0, got ${spacingM}` };
  const k = options.curvature?.kFactor;
  if (k !== undefined && !(k > 0)) return { ok: false, error: `kFactor must be > 0, got ${k}` };
  const distanceM = greatCircleDistanceM(from.lonDeg, from.latDeg, to.lonDeg, to.latDeg);
  if (!(distanceM > 0)) return { ok: false, error: 'the two points coincide' };
  const n = Math.max(1, Math.ceil(distanceM / spacingM - 1e-9));
  if (n > (options.maxIntervals ?? 100_000)) return { ok: false, error: `${n} intervals exceed the cap; use a larger spacing` };
  const step = distanceM / n;
  const pfl = new Float64Array(n + 3);
  pfl[0] = n;
  pfl[1] = step;
  const at = greatCircleInterpolator(from.lonDeg, from.latDeg, to.lonDeg, to.latDeg);
  const p = new Float64Array(2);
  let valid = 0;
  for (let i = 0; i <= n; i++) {
    at(i / n, p);
    const z = dem.sample(p[0], p[1]);
    pfl[i + 2] = z;
    if (z === z) valid++;
  }
  if (valid === 0) return { ok: false, error: 'no terrain data along the path' };
  const filledPoints = n + 1 - valid;
  if (filledPoints > 0) fillGaps(pfl, n);
  if (k !== undefined) {
    for (let i = 1; i < n; i++) pfl[i + 2] += earthBulgeM(i * step, distanceM, k);
  }
  return { ok: true, pfl, distanceM, filledPoints };
}

/** Linear interpolation over NaN runs of z_0…z_n (stored from index 2). */
function fillGaps(pfl: Float64Array, n: number): void {
  let prev = -1;
  for (let i = 0; i <= n + 1; i++) {
    const isEnd = i === n + 1;
    if (!isEnd && pfl[i + 2] !== pfl[i + 2]) continue;
    if (i - prev > 1) {
      const zPrev = prev >= 0 ? pfl[prev + 2] : pfl[i + 2];
      const zNext = isEnd ? zPrev : pfl[i + 2];
      for (let j = prev + 1; j < i; j++) {
        const t = (j - prev) / (i - prev);
        pfl[j + 2] = prev < 0 ? zNext : isEnd ? zPrev : zPrev + t * (zNext - zPrev);
      }
    }
    prev = i;
  }
}

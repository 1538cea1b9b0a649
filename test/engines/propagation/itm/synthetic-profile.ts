/**
 * Deterministic synthetic terrain profiles in PFL form, built with integer
 * arithmetic only (xorshift32, elevations in whole centimetres) so the same
 * spec gives bit-identical elevations on every platform.
 */

/** What a synthetic profile is made of. */
export interface ProfileSpec {
  seed: number;
  /** Number of intervals (n + 1 points). */
  n: number;
  spacingM: number;
  /** Elevation of the first point, m. */
  baseM: number;
  /** Roughness: largest step of the slope random walk, cm per point. */
  roughnessCm: number;
}

/** The PFL array [n, spacing, z_0 … z_n] of a spec. */
export function synthProfile(spec: ProfileSpec): Float64Array {
  const { n, spacingM, baseM, roughnessCm } = spec;
  const p = new Float64Array(n + 3);
  p[0] = n;
  p[1] = spacingM;
  let s = spec.seed >>> 0 || 1;
  let zCm = Math.round(baseM * 100);
  let slopeCm = 0;
  const r = Math.max(0, Math.trunc(roughnessCm));
  for (let i = 0; i <= n; i++) {
    p[i + 2] = zCm / 100;
    s ^= s << 13; s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5; s >>>= 0;
    const step = r === 0 ? 0 : (s % (2 * r + 1)) - r;
    slopeCm = Math.trunc((slopeCm * 7) / 8) + step;
    zCm += slopeCm;
  }
  return p;
}

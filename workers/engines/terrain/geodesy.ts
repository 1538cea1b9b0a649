/**
 * Spherical-earth great-circle helpers for path profiles (mean earth radius
 * 6 371 008.8 m, IUGG). Sphere errors (≤ 0.5 %) are far below DEM and model
 * uncertainty at FAN path lengths.
 */

/** Mean earth radius, m. */
export const EARTH_RADIUS_M = 6371008.8;

const RAD = Math.PI / 180;

/** Great-circle distance (haversine), m. */
export function greatCircleDistanceM(lon1Deg: number, lat1Deg: number, lon2Deg: number, lat2Deg: number): number {
  const p1 = lat1Deg * RAD;
  const p2 = lat2Deg * RAD;
  const dp = p2 - p1;
  const dl = (lon2Deg - lon1Deg) * RAD;
  const h = Math.sin(dp / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * Points along the great circle from A to B: returns a function of the
 * fraction t ∈ [0, 1] writing [lon, lat] (degrees) into `out`
 * (spherical linear interpolation of the unit vectors).
 */
export function greatCircleInterpolator(lon1Deg: number, lat1Deg: number, lon2Deg: number, lat2Deg: number): (t: number, out: Float64Array) => void {
  const ax = Math.cos(lat1Deg * RAD) * Math.cos(lon1Deg * RAD);
  const ay = Math.cos(lat1Deg * RAD) * Math.sin(lon1Deg * RAD);
  const az = Math.sin(lat1Deg * RAD);
  const bx = Math.cos(lat2Deg * RAD) * Math.cos(lon2Deg * RAD);
  const by = Math.cos(lat2Deg * RAD) * Math.sin(lon2Deg * RAD);
  const bz = Math.sin(lat2Deg * RAD);
  const omega = Math.acos(Math.min(1, Math.max(-1, ax * bx + ay * by + az * bz)));
  const sinOmega = Math.sin(omega);
  if (sinOmega < 1e-12) {
    return (t, out) => {
      out[0] = lon1Deg + t * (lon2Deg - lon1Deg);
      out[1] = lat1Deg + t * (lat2Deg - lat1Deg);
    };
  }
  return (t, out) => {
    const wa = Math.sin((1 - t) * omega) / sinOmega;
    const wb = Math.sin(t * omega) / sinOmega;
    const x = wa * ax + wb * bx;
    const y = wa * ay + wb * by;
    const z = wa * az + wb * bz;
    out[0] = Math.atan2(y, x) / RAD;
    out[1] = Math.atan2(z, Math.sqrt(x * x + y * y)) / RAD;
  };
}

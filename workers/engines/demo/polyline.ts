/**
 * Polylines in local metres, addressed by distance along them ("along"), for
 * laying houses, poles and feeders beside streets.
 */

/** A polyline with cumulative lengths: xy = [x0, y0, x1, y1, …], cum[i] = length up to vertex i. */
export interface Polyline {
  xy: Float64Array;
  cum: Float64Array;
  lengthM: number;
}

/** Build a polyline from flat coordinates. */
export function polyline(xy: ArrayLike<number>): Polyline {
  const n = xy.length >> 1;
  const pts = Float64Array.from(xy);
  const cum = new Float64Array(n);
  for (let i = 1; i < n; i++) cum[i] = cum[i - 1] + Math.hypot(pts[2 * i] - pts[2 * i - 2], pts[2 * i + 1] - pts[2 * i - 1]);
  return { xy: pts, cum, lengthM: cum[n - 1] };
}

/** Index of the segment holding distance `a` (binary search). */
function segmentAt(line: Polyline, a: number): number {
  let lo = 0, hi = line.cum.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (line.cum[mid] <= a) lo = mid; else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/**
 * Position at distance `a` plus a perpendicular offset (positive to the left
 * of the direction of travel), written into `out` as [x, y, ux, uy] where
 * (ux, uy) is the unit tangent. Reuses `out` to avoid allocation.
 */
export function pointAt(line: Polyline, a: number, offsetM: number, out: Float64Array): Float64Array {
  const s = segmentAt(line, Math.min(Math.max(a, 0), line.lengthM));
  const x0 = line.xy[2 * s], y0 = line.xy[2 * s + 1], x1 = line.xy[2 * s + 2], y1 = line.xy[2 * s + 3];
  const len = line.cum[s + 1] - line.cum[s] || 1;
  const ux = (x1 - x0) / len, uy = (y1 - y0) / len;
  const t = Math.min(Math.max(a, 0), line.lengthM) - line.cum[s];
  out[0] = x0 + ux * t - uy * offsetM;
  out[1] = y0 + uy * t + ux * offsetM;
  out[2] = ux;
  out[3] = uy;
  return out;
}

/** The part of a line between distances a < b, as flat coordinates (at least two points). */
export function subLine(line: Polyline, a: number, b: number): number[] {
  const lo = Math.max(0, Math.min(a, b)), hi = Math.min(line.lengthM, Math.max(a, b));
  const tmp = new Float64Array(4);
  pointAt(line, lo, 0, tmp);
  const out = [tmp[0], tmp[1]];
  for (let i = 1; i < line.cum.length - 1; i++) if (line.cum[i] > lo && line.cum[i] < hi) out.push(line.xy[2 * i], line.xy[2 * i + 1]);
  pointAt(line, hi, 0, tmp);
  out.push(tmp[0], tmp[1]);
  return out;
}

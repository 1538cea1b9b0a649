/**
 * Static spatial index over points in local metres (KDBush), with the radius
 * and nearest-neighbour queries the engines need.
 */
import KDBush from 'kdbush';

/** Build a KD-tree over n points. Coordinates are read, not copied. */
export function buildPointIndex(xM: ArrayLike<number>, yM: ArrayLike<number>, nodeSize = 64): KDBush {
  const index = new KDBush(Math.max(1, xM.length), nodeSize, Float64Array);
  for (let i = 0; i < xM.length; i++) index.add(xM[i], yM[i]);
  if (xM.length === 0) index.add(0, 0);
  index.finish();
  return index;
}

/**
 * Distance to the nearest other point, searching outward by doubling the
 * radius from `startRadiusM` up to `maxRadiusM`. Infinity when none is found.
 */
export function nearestOtherDistanceM(index: KDBush, xM: ArrayLike<number>, yM: ArrayLike<number>, i: number, startRadiusM: number, maxRadiusM: number): number {
  for (let r = startRadiusM; r <= maxRadiusM * 2; r *= 2) {
    const ids = index.within(xM[i], yM[i], Math.min(r, maxRadiusM));
    let best = Infinity;
    for (const j of ids) {
      if (j === i || j >= xM.length) continue;
      const d = Math.hypot(xM[j] - xM[i], yM[j] - yM[i]);
      if (d < best) best = d;
    }
    if (best <= r || r >= maxRadiusM) return best;
  }
  return Infinity;
}

/**
 * Whether any indexed point lies within `rangeM` of (x, y). Searches outward
 * by doubling the radius from `startRadiusM`, so the cost follows the
 * distance to the nearest point, not the number of points in range.
 * `count` excludes the placeholder point of an empty index.
 */
export function hasPointWithin(index: KDBush, count: number, xM: number, yM: number, rangeM: number, startRadiusM = 25): boolean {
  if (count === 0) return false;
  for (let r = Math.min(startRadiusM, rangeM); ; r *= 2) {
    const rr = Math.min(r, rangeM);
    if (index.within(xM, yM, rr).some((j) => j < count)) return true;
    if (rr >= rangeM) return false;
  }
}

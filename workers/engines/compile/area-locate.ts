/**
 * Assigns points to the area polygon that contains them (even–odd rule, holes
 * respected), using a Flatbush index over area bounding boxes. Where areas
 * overlap, the first one in project order wins.
 */
import Flatbush from 'flatbush';

/** True when (x, y) lies inside the polygon given as flat rings (outer first, then holes). */
export function pointInRings(x: number, y: number, rings: readonly Float64Array[]): boolean {
  let inside = false;
  for (const r of rings) {
    const n = r.length / 2;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const xi = r[2 * i], yi = r[2 * i + 1], xj = r[2 * j], yj = r[2 * j + 1];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** For each point, the index of the first polygon containing it, or −1. */
export function locateInAreas(xM: Float64Array, yM: Float64Array, polygons: readonly Float64Array[][], out: Int32Array): void {
  out.fill(-1);
  if (polygons.length === 0) return;
  const index = new Flatbush(polygons.length);
  for (const rings of polygons) {
    let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    const outer = rings[0];
    for (let k = 0; k < outer.length; k += 2) {
      minX = Math.min(minX, outer[k]); maxX = Math.max(maxX, outer[k]);
      minY = Math.min(minY, outer[k + 1]); maxY = Math.max(maxY, outer[k + 1]);
    }
    index.add(minX, minY, maxX, maxY);
  }
  index.finish();
  for (let i = 0; i < xM.length; i++) {
    const hits = index.search(xM[i], yM[i], xM[i], yM[i]);
    let best = -1;
    for (const a of hits) if ((best < 0 || a < best) && pointInRings(xM[i], yM[i], polygons[a])) best = a;
    out[i] = best;
  }
}

/**
 * Small planar geometry for selection tools, in lon/lat degrees. At the scale
 * of a selection box or lasso (a few km) straight lines in screen space and in
 * lon/lat differ negligibly, so tests happen in lon/lat without projecting
 * every meter.
 */

export type LonLat = readonly [number, number];
/** [west, south, east, north]. */
export type BBox = [number, number, number, number];

/** Bounding box of a set of positions. */
export function bboxOf(points: readonly LonLat[]): BBox {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  for (const [x, y] of points) { if (x < w) w = x; if (x > e) e = x; if (y < s) s = y; if (y > n) n = y; }
  return [w, s, e, n];
}

/** True when (x, y) lies in the box (edges included). */
export function inBox(x: number, y: number, b: BBox): boolean {
  return x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3];
}

/** Even-odd point-in-polygon test against one ring (closed or open). */
export function pointInRing(x: number, y: number, ring: readonly LonLat[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i], [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Point-in-polygon for GeoJSON polygon coordinates (outer ring minus holes). */
export function pointInPolygon(x: number, y: number, polygon: readonly (readonly LonLat[])[]): boolean {
  if (!pointInRing(x, y, polygon[0])) return false;
  for (let h = 1; h < polygon.length; h++) if (pointInRing(x, y, polygon[h])) return false;
  return true;
}

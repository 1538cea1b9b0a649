/** Geographic bounds of a project, for framing the map. */
import type { Project } from '../../workers/model';

/** [[west, south], [east, north]] of everything placed, or null for an empty project. */
export function projectBounds(p: Project): [[number, number], [number, number]] | null {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const add = (lon: number, lat: number) => { w = Math.min(w, lon); e = Math.max(e, lon); s = Math.min(s, lat); n = Math.max(n, lat); };
  for (const m of p.meters) add(m.lon, m.lat);
  for (const c of p.collectors) add(c.lon, c.lat);
  for (const a of p.areas) for (const [lon, lat] of a.polygon[0]) add(lon, lat);
  if (w === Infinity) return null;
  if (e - w < 1e-4) { w -= 0.005; e += 0.005; }
  if (n - s < 1e-4) { s -= 0.005; n += 0.005; }
  return [[w, s], [e, n]];
}

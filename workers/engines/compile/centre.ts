/**
 * The project centre that anchors the local projection: the middle of the
 * bounding box of every positioned entity.
 */
import type { Project } from '../../model';

/** Fallback centre for a project with nothing placed yet (central Tokyo). */
export const DEFAULT_CENTRE_LON_LAT: [number, number] = [139.6917, 35.6895];

/** [lon, lat] of the bounding-box centre of meters, collectors, sites, transformers and areas. */
export function projectCentre(p: Project): [number, number] {
  let minLon = Infinity, minLat = Infinity, maxLon = -Infinity, maxLat = -Infinity;
  const add = (lon: number, lat: number) => {
    if (lon < minLon) minLon = lon;
    if (lon > maxLon) maxLon = lon;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  };
  for (const m of p.meters) add(m.lon, m.lat);
  for (const c of p.collectors) add(c.lon, c.lat);
  for (const s of p.candidateSites) add(s.lon, s.lat);
  for (const t of p.grid.transformers) add(t.lon, t.lat);
  for (const a of p.areas) for (const [lon, lat] of a.polygon[0]) add(lon, lat);
  if (minLon === Infinity) return DEFAULT_CENTRE_LON_LAT;
  return [(minLon + maxLon) / 2, (minLat + maxLat) / 2];
}

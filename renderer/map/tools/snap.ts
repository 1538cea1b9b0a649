/**
 * Snapping collectors to candidate sites: a collector added or dragged within
 * {@link SNAP_PX} screen pixels of a visible candidate site goes onto the site
 * and records its id.
 */
import type * as maplibregl from 'maplibre-gl';
import type { CandidateSite, Project } from '../../../workers/model';

/** Snap distance, screen pixels. */
export const SNAP_PX = 14;

/** Index of the nearest screen point within `radius` of (x, y), or -1. */
export function nearestWithin(points: readonly { x: number; y: number }[], x: number, y: number, radius: number): number {
  let best = -1, bestD = radius * radius;
  points.forEach((p, i) => {
    const d = (p.x - x) ** 2 + (p.y - y) ** 2;
    if (d <= bestD) { bestD = d; best = i; }
  });
  return best;
}

/** The candidate site to snap to at a screen point, or null (sites hidden or none near). */
export function snapSite(map: maplibregl.Map, p: Project, at: { x: number; y: number }, visible: boolean, radius = SNAP_PX): CandidateSite | null {
  if (!visible || p.candidateSites.length === 0) return null;
  const a = map.unproject([at.x - radius, at.y + radius]), b = map.unproject([at.x + radius, at.y - radius]);
  const near = p.candidateSites.filter((s) => s.lon >= a.lng && s.lon <= b.lng && s.lat >= a.lat && s.lat <= b.lat);
  const i = nearestWithin(near.map((s) => map.project([s.lon, s.lat])), at.x, at.y, radius);
  return i >= 0 ? near[i] : null;
}

/** A sketch feature marking the snap target. */
export function snapMark(site: CandidateSite): GeoJSON.Feature {
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [site.lon, site.lat] }, properties: {} };
}

/**
 * A starting mesh collector layout for the demo: the region is split into
 * quadtree cells of at most `cellM` metres holding at most `maxMeters`
 * meters, and each cell with at least `minMeters` meters gets the candidate site nearest to its
 * meters' centroid (rooftop or pole). It is a plausible first layout for the
 * planner to improve, not an optimised one (collector placement is the
 * planner's job).
 */
import type { Collector, Project } from '../../model/types';
import { createLocalProjection } from '../geo/local-projection';
import { buildPointIndex } from '../geo/point-index';

export interface InitialCollectorOptions {
  profileId: string;
  cellM: number;
  maxMeters: number;
  minCellM: number;
  /** Cells with fewer meters get no collector (scattered farms are left to other media). */
  minMeters: number;
}

/** Mesh collectors on candidate sites, one per quadtree cell of meters. */
export function initialMeshCollectors(p: Project, o: InitialCollectorOptions): Collector[] {
  if (p.meters.length === 0 || p.candidateSites.length === 0) return [];
  const proj = createLocalProjection(p.meters[0].lon, p.meters[0].lat);
  const mx = new Float64Array(p.meters.length), my = new Float64Array(p.meters.length);
  p.meters.forEach((m, i) => { [mx[i], my[i]] = proj.toLocal(m.lon, m.lat); });
  const sx = new Float64Array(p.candidateSites.length), sy = new Float64Array(p.candidateSites.length);
  p.candidateSites.forEach((s, i) => { [sx[i], sy[i]] = proj.toLocal(s.lon, s.lat); });
  const siteIndex = buildPointIndex(sx, sy);
  const out: Collector[] = [];
  const used = new Set<number>();
  const split = (ids: number[], x0: number, y0: number, size: number): void => {
    if (ids.length === 0) return;
    if ((ids.length > o.maxMeters || size > o.cellM) && size / 2 >= o.minCellM) {
      const h = size / 2;
      const quads: number[][] = [[], [], [], []];
      for (const i of ids) quads[(mx[i] >= x0 + h ? 1 : 0) + (my[i] >= y0 + h ? 2 : 0)].push(i);
      quads.forEach((q, k) => split(q, x0 + (k & 1 ? h : 0), y0 + (k & 2 ? h : 0), h));
      return;
    }
    if (ids.length < o.minMeters) return;
    let cx = 0, cy = 0;
    for (const i of ids) { cx += mx[i]; cy += my[i]; }
    cx /= ids.length; cy /= ids.length;
    let best = -1;
    for (let r = 50; best < 0 && r < 4 * size; r *= 2) {
      let bestD = Infinity;
      for (const s of siteIndex.within(cx, cy, r)) {
        if (s >= sx.length || used.has(s)) continue;
        const d = (sx[s] - cx) ** 2 + (sy[s] - cy) ** 2;
        if (d < bestD || (d === bestD && s < best)) { bestD = d; best = s; }
      }
    }
    if (best < 0) return;
    used.add(best);
    const site = p.candidateSites[best];
    out.push({ id: `MC-${out.length + 1}`, lon: site.lon, lat: site.lat, heightM: site.heightM, medium: 'mesh', profileId: o.profileId, siteId: site.id });
  };
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (let i = 0; i < mx.length; i++) { x0 = Math.min(x0, mx[i]); x1 = Math.max(x1, mx[i]); y0 = Math.min(y0, my[i]); y1 = Math.max(y1, my[i]); }
  const size = Math.max(x1 - x0, y1 - y0) + 1;
  split(Array.from(mx.keys()), x0, y0, size);
  return out;
}

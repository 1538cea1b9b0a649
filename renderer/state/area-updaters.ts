/**
 * Updaters for planning areas: add a drawn polygon, move or remove a vertex.
 * Rings are kept closed (first position = last), as the schema requires.
 * A vertex edit that would make the outline cross itself is refused (the
 * project is returned unchanged): engines and area statistics assume simple
 * polygons.
 */
import { kinks, polygon } from '@turf/turf';
import type { Area, Project } from '../../workers/model';

type LonLat = [number, number];

/** Close an open ring of at least 3 vertices (returns null when too few). */
export function closeRing(vertices: readonly LonLat[]): LonLat[] | null {
  const v = vertices.filter((p, i) => i === 0 || p[0] !== vertices[i - 1][0] || p[1] !== vertices[i - 1][1]);
  if (v.length > 1 && v[0][0] === v[v.length - 1][0] && v[0][1] === v[v.length - 1][1]) v.pop();
  if (v.length < 3) return null;
  return [...v.map((p) => [p[0], p[1]] as LonLat), [v[0][0], v[0][1]]];
}

/** Whether a closed ring crosses itself (turf `kinks`); rings of fewer than 4 positions cannot. */
export function ringSelfIntersects(ring: readonly LonLat[]): boolean {
  if (ring.length < 5) return false; // a triangle (4 positions closed) never crosses itself
  try {
    return kinks(polygon([ring.map((q) => [q[0], q[1]])])).features.length > 0;
  } catch {
    return true; // turf refuses degenerate rings: treat them as invalid, never as fine
  }
}

/** Keep `a` when `next` (its new outer ring) crosses itself. */
const unlessKinked = (a: Area, next: LonLat[]): Area => (ringSelfIntersects(next) ? a : { ...a, polygon: [next, ...a.polygon.slice(1)] });

function withArea(p: Project, id: string, f: (a: Area) => Area): Project {
  let changed = false;
  const areas = p.areas.map((a) => {
    if (a.id !== id) return a;
    const b = f(a);
    if (b !== a) changed = true;
    return b;
  });
  return changed ? { ...p, areas } : p;
}

export const areaUpdaters = {
  /** Add an area (its polygon already closed). */
  addArea(p: Project, area: Area): Project {
    return { ...p, areas: [...p.areas, area] };
  },
  /** Move vertex `index` of an area's outer ring; moving the first also moves the closing position. */
  moveAreaVertex(p: Project, areaId: string, index: number, to: LonLat): Project {
    return withArea(p, areaId, (a) => {
      const ring = a.polygon[0];
      const last = ring.length - 1;
      if (index < 0 || index >= last) return a;
      if (ring[index][0] === to[0] && ring[index][1] === to[1]) return a;
      const next = ring.map((q, i) => (i === index || (index === 0 && i === last) ? ([to[0], to[1]] as LonLat) : q));
      return unlessKinked(a, next);
    });
  },
  /** Insert a vertex before position `index` of an area's outer ring (1 … ring length − 1). */
  insertAreaVertex(p: Project, areaId: string, index: number, at: LonLat): Project {
    return withArea(p, areaId, (a) => {
      const ring = a.polygon[0];
      if (index < 1 || index > ring.length - 1) return a;
      const next = [...ring.slice(0, index), [at[0], at[1]] as LonLat, ...ring.slice(index)];
      return unlessKinked(a, next);
    });
  },
  /** Remove vertex `index` of an area's outer ring, keeping at least a triangle. */
  removeAreaVertex(p: Project, areaId: string, index: number): Project {
    return withArea(p, areaId, (a) => {
      const open = a.polygon[0].slice(0, -1);
      if (open.length <= 3 || index < 0 || index >= open.length) return a;
      const ring = closeRing(open.filter((_, i) => i !== index));
      return ring ? unlessKinked(a, ring) : a;
    });
  },
};

/**
 * Selection queries over the document: entities inside a box or lasso,
 * lookups by id, and meters per area. Lookups are cached per array object, so
 * they stay cheap with 100k meters as long as the document is unchanged.
 */
import type { Area, Meter, Project } from '../../workers/model';
import { bboxOf, inBox, pointInPolygon, pointInRing, type BBox, type LonLat } from '../geo/geometry';
import type { EntityKind, EntityRef } from './updaters';

const indexCache = new WeakMap<readonly { id: string }[], Map<string, number>>();

/** id → array index for an entity array (cached per array object). */
export function indexById(items: readonly { id: string }[]): Map<string, number> {
  let m = indexCache.get(items);
  if (!m) { m = new Map(items.map((x, i) => [x.id, i])); indexCache.set(items, m); }
  return m;
}

/** The array of the project that holds entities of `kind`. */
export function itemsOf(p: Project, kind: EntityKind): readonly { id: string }[] {
  switch (kind) {
    case 'meter': return p.meters;
    case 'collector': return p.collectors;
    case 'site': return p.candidateSites;
    case 'transformer': return p.grid.transformers;
    case 'area': return p.areas;
  }
}

/** The selected entities of one kind, resolved to objects (missing ids are skipped). */
export function selectedOf<T extends { id: string }>(p: Project, selection: readonly EntityRef[], kind: EntityKind): T[] {
  const items = itemsOf(p, kind) as readonly T[];
  const idx = indexById(items);
  const out: T[] = [];
  for (const r of selection) if (r.kind === kind) { const i = idx.get(r.id); if (i !== undefined) out.push(items[i]); }
  return out;
}

/** Which point kinds a box or lasso may pick (the visible ones). */
export type PickableKinds = Partial<Record<'meter' | 'collector', boolean>>;

/** Meters and collectors inside a lon/lat box. */
export function entitiesInBox(p: Project, box: BBox, kinds: PickableKinds): EntityRef[] {
  const out: EntityRef[] = [];
  if (kinds.collector) for (const c of p.collectors) if (inBox(c.lon, c.lat, box)) out.push({ kind: 'collector', id: c.id });
  if (kinds.meter) for (const m of p.meters) if (inBox(m.lon, m.lat, box)) out.push({ kind: 'meter', id: m.id });
  return out;
}

/** Meters and collectors inside a lasso ring (lon/lat). */
export function entitiesInLasso(p: Project, ring: readonly LonLat[], kinds: PickableKinds): EntityRef[] {
  if (ring.length < 3) return [];
  const box = bboxOf(ring);
  const out: EntityRef[] = [];
  const test = (x: number, y: number) => inBox(x, y, box) && pointInRing(x, y, ring);
  if (kinds.collector) for (const c of p.collectors) if (test(c.lon, c.lat)) out.push({ kind: 'collector', id: c.id });
  if (kinds.meter) for (const m of p.meters) if (test(m.lon, m.lat)) out.push({ kind: 'meter', id: m.id });
  return out;
}

/** Combine a new pick with the current selection: replace, or add (toggle nothing off). */
export function mergeSelection(current: readonly EntityRef[], picked: readonly EntityRef[], add: boolean): EntityRef[] {
  if (!add) return [...picked];
  const seen = new Set(current.map((r) => `${r.kind}:${r.id}`));
  return [...current, ...picked.filter((r) => !seen.has(`${r.kind}:${r.id}`))];
}

const countCache = new WeakMap<readonly Area[], WeakMap<readonly Meter[], number[]>>();

/**
 * Meters in each area: by explicit `areaId`, else by the first area whose
 * polygon contains the meter (the compile step's rule). Cached per
 * (areas, meters) pair.
 */
export function metersPerArea(p: Project): number[] {
  let inner = countCache.get(p.areas);
  if (!inner) { inner = new WeakMap(); countCache.set(p.areas, inner); }
  const hit = inner.get(p.meters);
  if (hit) return hit;
  const counts = p.areas.map(() => 0);
  const boxes = p.areas.map((a) => bboxOf(a.polygon[0]));
  const byId = indexById(p.areas);
  for (const m of p.meters) {
    if (m.areaId !== undefined) { const i = byId.get(m.areaId); if (i !== undefined) counts[i]++; continue; }
    for (let i = 0; i < p.areas.length; i++) {
      if (inBox(m.lon, m.lat, boxes[i]) && pointInPolygon(m.lon, m.lat, p.areas[i].polygon)) { counts[i]++; break; }
    }
  }
  inner.set(p.meters, counts);
  return counts;
}

/** Bounds of an area, for framing it on the map. */
export function areaBounds(a: Area): [[number, number], [number, number]] {
  const [w, s, e, n] = bboxOf(a.polygon[0]);
  return [[w, s], [e, n]];
}

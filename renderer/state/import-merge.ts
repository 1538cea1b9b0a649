/**
 * Merging an import into the project: a pure updater that appends the
 * imported entities, renames ids that clash with the project's (or repeat
 * within the import) to the first free `id-2`, `id-3`…, and rewrites the
 * references inside the import that pointed at a renamed id (meter →
 * building, feeder → transformer). An imported DEM becomes a file terrain
 * reference. Applied with one `store.edit`, so an import is one undo step.
 */
import type { ImportPayload } from '../../workers/clients/import-client';
import type { Project, TerrainRef } from '../../workers/model';

/** Entity kinds an import can add. */
export type ImportEntityKind = 'meters' | 'buildings' | 'roads' | 'sites' | 'transformers' | 'feeders' | 'areas' | 'terrain';

/** A merged project and what was renamed on the way. */
export interface MergeResult {
  project: Project;
  /** Per kind: how many ids were renamed, with the first few examples [from, to]. */
  renamed: Partial<Record<ImportEntityKind, { count: number; examples: [string, string][] }>>;
  /** Items added per kind. */
  added: Partial<Record<ImportEntityKind, number>>;
  /** Id of the terrain reference added for an imported DEM. */
  terrainRefId: string | null;
}

type WithId = { id: string };

/** Give every item an id not in `taken` (taken grows); returns the items and the renames. */
function dedupe<T extends WithId>(items: readonly T[], taken: Set<string>): { items: T[]; map: Map<string, string> } {
  const map = new Map<string, string>();
  const out = items.map((it) => {
    if (!taken.has(it.id)) { taken.add(it.id); return it; }
    let k = 2;
    while (taken.has(`${it.id}-${k}`)) k++;
    const id = `${it.id}-${k}`;
    taken.add(id);
    if (!map.has(it.id)) map.set(it.id, id);
    return { ...it, id };
  });
  return { items: out, map };
}

const ids = (xs: readonly WithId[]) => new Set(xs.map((x) => x.id));

/** Merge an import into a project (pure). Returns the same project when the payload is empty. */
export function mergeImport(p: Project, payload: ImportPayload): MergeResult {
  const renamed: MergeResult['renamed'] = {};
  const added: MergeResult['added'] = {};
  const note = (kind: ImportEntityKind, before: readonly WithId[], after: readonly WithId[]) => {
    if (after.length) added[kind] = after.length;
    const ex: [string, string][] = [];
    let count = 0;
    after.forEach((x, i) => { if (x.id !== before[i].id) { count++; if (ex.length < 3) ex.push([before[i].id, x.id]); } });
    if (count) renamed[kind] = { count, examples: ex };
  };
  const buildings = dedupe(payload.buildings, ids(p.buildings));
  const transformers = dedupe(payload.transformers, ids(p.grid.transformers));
  const meters = dedupe(payload.meters.map((m) => (m.buildingId !== undefined && buildings.map.has(m.buildingId) ? { ...m, buildingId: buildings.map.get(m.buildingId)! } : m)), ids(p.meters));
  const feeders = dedupe(payload.feeders.map((f) => (transformers.map.has(f.transformerId) ? { ...f, transformerId: transformers.map.get(f.transformerId)! } : f)), ids(p.grid.feeders));
  const roads = dedupe(payload.roads, ids(p.roads));
  const sites = dedupe(payload.sites, ids(p.candidateSites));
  const areas = dedupe(payload.areas, ids(p.areas));
  note('meters', payload.meters, meters.items);
  note('buildings', payload.buildings, buildings.items);
  note('transformers', payload.transformers, transformers.items);
  note('feeders', payload.feeders, feeders.items);
  note('roads', payload.roads, roads.items);
  note('sites', payload.sites, sites.items);
  note('areas', payload.areas, areas.items);
  let terrain = p.terrain;
  let terrainRefId: string | null = null;
  if (payload.dem) {
    const taken = ids(p.terrain);
    let k = 1;
    while (taken.has(`dem-${k}`)) k++;
    terrainRefId = `dem-${k}`;
    const ref: TerrainRef = { id: terrainRefId, format: payload.dem.format, path: payload.dem.fileName };
    if (payload.dem.format === 'geotiff' && payload.dem.crs && payload.dem.crs !== 'unknown' && payload.dem.crs.length <= 100) ref.crs = payload.dem.crs;
    terrain = [...p.terrain, ref];
    added.terrain = 1;
  }
  if (Object.keys(added).length === 0) return { project: p, renamed, added, terrainRefId };
  const cat = <T>(a: T[], b: T[]) => (b.length ? [...a, ...b] : a);
  const grid = transformers.items.length || feeders.items.length ? { transformers: cat(p.grid.transformers, transformers.items), feeders: cat(p.grid.feeders, feeders.items) } : p.grid;
  const project: Project = {
    ...p,
    meters: cat(p.meters, meters.items),
    buildings: cat(p.buildings, buildings.items),
    roads: cat(p.roads, roads.items),
    candidateSites: cat(p.candidateSites, sites.items),
    areas: cat(p.areas, areas.items),
    grid,
    terrain,
  };
  return { project, renamed, added, terrainRefId };
}

/** The named updater (see state/updaters.ts): add an import's entities to the project. */
export const importUpdaters = {
  importEntities(p: Project, payload: ImportPayload): Project {
    return mergeImport(p, payload).project;
  },
};

/** Number of items an import would add. */
export function payloadSize(payload: ImportPayload): number {
  return payload.meters.length + payload.buildings.length + payload.roads.length + payload.sites.length + payload.transformers.length + payload.feeders.length + payload.areas.length + (payload.dem ? 1 : 0);
}

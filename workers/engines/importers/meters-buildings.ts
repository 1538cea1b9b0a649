/**
 * Meters from building footprints: one meter per building (at its centroid),
 * or one per dwelling from the number of levels and units per floor (stacked
 * at the centroid, floor = storey, height = storey · storeyHeightM + 1.5 m).
 * Levels come from `building:levels`/`levels`, else from `height` / storey
 * height; units per floor from `unitsPerFloor`, else `building:flats` / levels.
 */
import type { Feature } from 'geojson';
import type { Building, Meter } from '../../model/types';
import { prop, readGeoJson, ringCentroid, toPolygon } from './geojson-read';
import { describeValue, IssueLog, type ImportResult } from './types';

/** How buildings become meters. */
export interface BuildingMeterOptions {
  /** 'building': one meter per building; 'dwelling': levels × units per floor. Default 'building'. */
  mode?: 'building' | 'dwelling';
  /** Storey height for levels from heights and meter heights, metres (default 3). */
  storeyHeightM?: number;
  /** Units per floor when a building does not say (default 1). */
  defaultUnitsPerFloor?: number;
  /** Meter antenna height above the floor, metres (default 1.5). */
  meterHeightM?: number;
  /** Most dwellings made from one building (default 2000). */
  maxDwellingsPerBuilding?: number;
}

/** Buildings and the meter candidates made from them. */
export interface BuildingImport {
  buildings: Building[];
  meters: Meter[];
}

/** Parse a height such as 12, "12", "12 m", "12.5m"; NaN otherwise. */
export function parseHeightM(v: unknown): number {
  if (typeof v === 'number') return v;
  if (typeof v !== 'string') return NaN;
  const m = /^\s*(\d+(?:\.\d+)?)\s*(m|meters?|metres?)?\s*$/i.exec(v);
  return m ? Number(m[1]) : NaN;
}

/** Building attributes from feature properties (OSM tags or FANplan names); warns on unreadable values. */
export function buildingAttributes(f: Feature, i: number, log: IssueLog, storeyHeightM = 3): { levels?: number; heightM?: number; unitsPerFloor?: number } {
  const out: { levels?: number; heightM?: number; unitsPerFloor?: number } = {};
  const lv = prop(f, ['building:levels', 'levels', 'floors']);
  if (lv !== undefined) {
    const n = Number(lv);
    if (Number.isInteger(n) && n >= 0 && n <= 200) out.levels = n;
    else log.warn({ feature: i, field: 'building:levels' }, `levels ${describeValue(lv)} ignored: not an integer within 0…200`);
  }
  const h = prop(f, ['height', 'heightM', 'height_m']);
  if (h !== undefined) {
    const v = parseHeightM(h);
    if (v >= 0 && v <= 1000) out.heightM = v;
    else log.warn({ feature: i, field: 'height' }, `height ${describeValue(h)} ignored: not a height in metres`);
  }
  if (out.levels === undefined && out.heightM !== undefined) out.levels = Math.max(1, Math.round(out.heightM / storeyHeightM));
  const upf = Number(prop(f, ['unitsPerFloor', 'units_per_floor']));
  const flats = Number(prop(f, ['building:flats', 'flats', 'dwellings']));
  if (Number.isInteger(upf) && upf >= 0 && upf <= 500) out.unitsPerFloor = upf;
  else if (Number.isInteger(flats) && flats > 0 && out.levels) out.unitsPerFloor = Math.min(500, Math.ceil(flats / out.levels));
  return out;
}

/** Make meter candidates from buildings (pure; ids `${building.id}-m${k}`). */
export function metersFromBuildings(buildings: Building[], options: BuildingMeterOptions = {}): Meter[] {
  const storey = options.storeyHeightM ?? 3, mh = options.meterHeightM ?? 1.5;
  const out: Meter[] = [];
  for (const b of buildings) {
    const [lon, lat] = ringCentroid(b.polygon[0]);
    if (options.mode !== 'dwelling') { out.push({ id: `${b.id}-m1`, lon, lat, heightM: mh, floor: 0, indoor: 'outdoor', buildingId: b.id }); continue; }
    const levels = Math.max(1, b.levels ?? 1), units = Math.max(1, b.unitsPerFloor ?? options.defaultUnitsPerFloor ?? 1);
    const n = Math.min(levels * units, options.maxDwellingsPerBuilding ?? 2000);
    for (let k = 0; k < n; k++) {
      const s = Math.floor(k / units);
      out.push({ id: `${b.id}-m${k + 1}`, lon, lat, heightM: Math.round((s * storey + mh) * 100) / 100, floor: s, indoor: n > 1 ? 'indoor' : 'outdoor', buildingId: b.id });
    }
  }
  return out;
}

/** Options of {@link importBuildingsGeoJson}. */
export interface BuildingsGeoJsonOptions extends BuildingMeterOptions {
  fileName?: string;
  crs?: string;
}

/** Import building polygons from GeoJSON and make meter candidates from them. */
export function importBuildingsGeoJson(input: string | unknown, options: BuildingsGeoJsonOptions = {}): ImportResult<BuildingImport> {
  const log = new IssueLog(options.fileName ?? 'buildings.geojson');
  const doc = readGeoJson(input, log, options.crs);
  if (!doc) return log.result({ buildings: [], meters: [] }, {}, options.crs ?? 'unknown');
  const buildings: Building[] = [];
  doc.features.forEach((f, i) => {
    const g = f?.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) { log.error({ feature: i, field: 'geometry' }, `geometry type ${g ? g.type : 'null'} is not a Polygon: buildings need Polygon or MultiPolygon features`); return; }
    const multi: unknown = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    const parts: unknown[] = Array.isArray(multi) ? multi : [];
    const polys = parts.map((p) => toPolygon(doc.crs, p));
    if (polys.some((p) => p === null) || polys.length === 0) { log.error({ feature: i, field: 'geometry.coordinates' }, 'a polygon ring is malformed (needs ≥ 3 valid positions)'); return; }
    if (polys.length > 1) log.warn({ feature: i }, `a MultiPolygon of ${polys.length} parts: the largest part was kept`);
    const polygon = largest(polys as [number, number][][][]);
    const id = String(prop(f, ['id']) ?? f.id ?? `b${i + 1}`);
    buildings.push({ id, polygon, ...buildingAttributes(f, i, log, options.storeyHeightM) });
    for (const [lon, lat] of polygon[0]) log.extend(lon, lat);
  });
  const meters = metersFromBuildings(buildings, options);
  return log.result({ buildings, meters }, { features: doc.features.length, buildings: buildings.length, meters: meters.length }, doc.crs.name);
}

/** The polygon with the largest outer ring (shoelace area in degrees², enough to compare). */
export function largest(polys: [number, number][][][]): [number, number][][] {
  let best = polys[0], bestA = -1;
  for (const p of polys) {
    const r = p[0];
    let a = 0;
    for (let i = 0; i < r.length - 1; i++) a += r[i][0] * r[i + 1][1] - r[i + 1][0] * r[i][1];
    if (Math.abs(a) > bestA) { bestA = Math.abs(a); best = p; }
  }
  return best;
}

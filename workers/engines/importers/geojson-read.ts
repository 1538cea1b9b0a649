/**
 * Shared GeoJSON reading for the importers: parse text, accept a
 * FeatureCollection, a Feature or a bare geometry, honour a legacy `crs`
 * member (or a CRS given by the caller) and convert positions to WGS 84,
 * rounding to 1e-7° (about 1 cm).
 */
import type { Feature, Geometry, Position } from 'geojson';
import { resolveCrs, WGS84, type CrsConverter } from './crs';
import { MAX_IMPORT_ITEMS, type IssueLog } from './types';

/** Features and the CRS of their coordinates. */
export interface GeoJsonInput {
  features: Feature[];
  crs: CrsConverter;
}

/**
 * Parse GeoJSON text or an already parsed object. Logs an error and returns
 * null when the input is not GeoJSON or names an unknown CRS.
 */
export function readGeoJson(input: string | unknown, log: IssueLog, crsOverride?: string): GeoJsonInput | null {
  let doc: unknown = input;
  if (typeof input === 'string') {
    try {
      doc = JSON.parse(input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
    } catch (e) {
      log.error({}, `not valid JSON: ${(e as Error).message}`);
      return null;
    }
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) { log.error({}, 'not a GeoJSON object'); return null; }
  const o = doc as { type?: unknown; features?: unknown; crs?: { properties?: { name?: unknown } } };
  let features: Feature[];
  if (o.type === 'FeatureCollection') {
    if (!Array.isArray(o.features)) { log.error({ field: 'features' }, 'a FeatureCollection needs a "features" array'); return null; }
    features = o.features as Feature[];
  } else if (o.type === 'Feature') features = [doc as Feature];
  else if (typeof o.type === 'string' && GEOMETRY_TYPES.has(o.type)) features = [{ type: 'Feature', geometry: doc as Geometry, properties: {} }];
  else { log.error({ field: 'type' }, `not GeoJSON: type is ${JSON.stringify(o.type ?? null)}, expected FeatureCollection, Feature or a geometry`); return null; }
  if (features.length > MAX_IMPORT_ITEMS) { log.error({ field: 'features' }, `${features.length} features, more than the ${MAX_IMPORT_ITEMS} one import accepts: split the file`); return null; }
  const named = crsOverride ?? (typeof o.crs?.properties?.name === 'string' ? o.crs.properties.name : undefined);
  let crs = WGS84;
  if (named !== undefined) {
    const r = resolveCrs(named);
    if (!r.ok) { log.error({ field: 'crs' }, r.message); return null; }
    crs = r.crs;
    if (crs !== WGS84) log.warn({ field: 'crs' }, `coordinates reprojected from ${crs.name} to WGS 84`);
  }
  return { features, crs };
}

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

const round7 = (v: number) => Math.round(v * 1e7) / 1e7;

/** Convert one position; null when it is malformed or out of range. */
export function toLonLat(crs: CrsConverter, p: Position | unknown): [number, number] | null {
  if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) return null;
  const [lon, lat] = crs.toWgs84(p[0], p[1]);
  if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) return null;
  return [round7(lon), round7(lat)];
}

/** Convert a line; null when any position is bad. */
export function toLine(crs: CrsConverter, line: unknown): [number, number][] | null {
  if (!Array.isArray(line)) return null;
  const out: [number, number][] = [];
  for (const p of line) {
    const q = toLonLat(crs, p);
    if (!q) return null;
    out.push(q);
  }
  return out;
}

/** Convert polygon rings, closing open rings; null when a ring is bad or has fewer than 3 distinct positions. */
export function toPolygon(crs: CrsConverter, rings: unknown): [number, number][][] | null {
  if (!Array.isArray(rings) || rings.length === 0) return null;
  const out: [number, number][][] = [];
  for (const r of rings) {
    const ring = toLine(crs, r);
    if (!ring || ring.length < 3) return null;
    const a = ring[0], b = ring[ring.length - 1];
    if (a[0] !== b[0] || a[1] !== b[1]) ring.push([a[0], a[1]]);
    if (ring.length < 4) return null;
    out.push(ring);
  }
  return out;
}

/** A feature's property by any of several names (case-insensitive). */
export function prop(f: Feature, names: readonly string[]): unknown {
  const p = f.properties;
  if (!p) return undefined;
  for (const n of names) if (p[n] !== undefined && p[n] !== null) return p[n];
  const lower = new Map(Object.keys(p).map((k) => [k.toLowerCase(), k]));
  for (const n of names) { const k = lower.get(n.toLowerCase()); if (k !== undefined && p[k] !== undefined && p[k] !== null) return p[k]; }
  return undefined;
}

/** Area-weighted centroid of a ring (lon/lat treated as planar: fine at building scale); falls back to the vertex mean. */
export function ringCentroid(ring: [number, number][]): [number, number] {
  let a = 0, cx = 0, cy = 0;
  const [ox, oy] = ring[0];
  for (let i = 0; i < ring.length - 1; i++) {
    const x0 = ring[i][0] - ox, y0 = ring[i][1] - oy, x1 = ring[i + 1][0] - ox, y1 = ring[i + 1][1] - oy;
    const c = x0 * y1 - x1 * y0;
    a += c; cx += (x0 + x1) * c; cy += (y0 + y1) * c;
  }
  if (Math.abs(a) < 1e-18) {
    let sx = 0, sy = 0;
    for (let i = 0; i < ring.length - 1; i++) { sx += ring[i][0]; sy += ring[i][1]; }
    return [round7(sx / (ring.length - 1)), round7(sy / (ring.length - 1))];
  }
  return [round7(ox + cx / (3 * a)), round7(oy + cy / (3 * a))];
}

/**
 * The LV grid from GeoJSON: Point features are transformers (properties id,
 * ratingKva, mount, heightM) and LineString features are feeders (properties
 * transformerId, cableType). A feeder without a transformerId is attached to
 * the transformer nearest one of its ends within `snapM` (with a warning).
 */
import type { Feature } from 'geojson';
import type { Feeder, LvGrid, Transformer } from '../../model/types';
import { prop, readGeoJson, toLine, toLonLat } from './geojson-read';
import { describeValue, IssueLog, type ImportResult } from './types';

/** Options of {@link importGridGeoJson}. */
export interface GridGeoJsonOptions {
  fileName?: string;
  crs?: string;
  /** Cable type of feeders that do not name one (default 'lv-overhead-ow-60'). */
  defaultCableType?: string;
  /** Largest distance from a feeder end to a transformer it is attached to, metres (default 50). */
  snapM?: number;
}

const MOUNTS = ['pole', 'pad', 'indoor'] as const;

/** Import transformers and feeders from GeoJSON text or object. */
export function importGridGeoJson(input: string | unknown, options: GridGeoJsonOptions = {}): ImportResult<LvGrid> {
  const log = new IssueLog(options.fileName ?? 'grid.geojson');
  const doc = readGeoJson(input, log, options.crs);
  if (!doc) return log.result({ transformers: [], feeders: [] }, {}, options.crs ?? 'unknown');
  const transformers: Transformer[] = [];
  const usedTransformerIds = new Set<string>();
  const lines: { f: Feature; i: number; line: [number, number][] }[] = [];
  doc.features.forEach((f, i) => {
    const g = f?.geometry;
    if (g?.type === 'Point') {
      const ll = toLonLat(doc.crs, g.coordinates);
      if (!ll) { log.error({ feature: i, field: 'geometry.coordinates' }, 'transformer position is not valid'); return; }
      const t = transformer(f, i, ll, log);
      if (t && usedTransformerIds.has(t.id)) log.error({ feature: i, field: 'id' }, `duplicate transformer id "${t.id}"`);
      else if (t) { transformers.push(t); usedTransformerIds.add(t.id); log.extend(ll[0], ll[1]); }
    } else if (g?.type === 'LineString' || g?.type === 'MultiLineString') {
      const multi: unknown = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
      // A MultiLineString without an array of lines is one malformed line.
      for (const c of Array.isArray(multi) ? multi : [multi]) {
        const line = toLine(doc.crs, c);
        if (!line || line.length < 2) { log.error({ feature: i, field: 'geometry.coordinates' }, 'feeder line needs at least 2 valid positions'); continue; }
        lines.push({ f, i, line });
      }
    } else log.error({ feature: i, field: 'geometry' }, `geometry type ${g ? g.type : 'null'} is neither a Point (transformer) nor a LineString (feeder)`);
  });
  const byId = new Map(transformers.map((t) => [t.id, t]));
  const feeders: Feeder[] = [];
  const usedFeederIds = new Set<string>();
  let defaulted = 0;
  for (const { f, i, line } of lines) {
    let tid = prop(f, ['transformerId', 'transformer_id', 'transformer']);
    if (tid !== undefined && !byId.has(String(tid))) { log.error({ feature: i, field: 'transformerId' }, `unknown transformer ${describeValue(String(tid))}`); continue; }
    if (tid === undefined) {
      const near = nearest(transformers, line, options.snapM ?? 50);
      if (!near) { log.error({ feature: i, field: 'transformerId' }, `no transformerId and no transformer within ${options.snapM ?? 50} m of either end`); continue; }
      log.warn({ feature: i, field: 'transformerId' }, `attached to the nearest transformer "${near.id}"`);
      tid = near.id;
    }
    let cable = prop(f, ['cableType', 'cable_type', 'cable']);
    if (cable === undefined || String(cable).trim() === '') { cable = options.defaultCableType ?? 'lv-overhead-ow-60'; defaulted++; }
    let id = String(prop(f, ['id']) ?? f.id ?? `f${i + 1}`);
    if (usedFeederIds.has(id)) id = `${id}-${feeders.length + 1}`;
    usedFeederIds.add(id);
    feeders.push({ id, transformerId: String(tid), cableType: String(cable).slice(0, 100), line });
    for (const [lon, lat] of line) log.extend(lon, lat);
  }
  if (defaulted) log.warn({ field: 'cableType' }, `${defaulted} feeders had no cableType: used ${options.defaultCableType ?? 'lv-overhead-ow-60'}`);
  return log.result({ transformers, feeders }, { features: doc.features.length, transformers: transformers.length, feeders: feeders.length }, doc.crs.name);
}

function transformer(f: Feature, i: number, [lon, lat]: [number, number], log: IssueLog): Transformer | null {
  const t: Transformer = { id: String(prop(f, ['id']) ?? f.id ?? `t${i + 1}`), lon, lat, heightM: 10, mount: 'pole' };
  const kva = prop(f, ['ratingKva', 'rating_kva', 'kva']);
  if (kva !== undefined) {
    const v = Number(kva);
    if (!(v >= 0)) { log.error({ feature: i, field: 'ratingKva' }, `rating ${describeValue(kva)} is not a non-negative number`); return null; }
    t.ratingKva = v;
  }
  const mount = prop(f, ['mount']);
  if (mount !== undefined) {
    if (!(MOUNTS as readonly unknown[]).includes(mount)) { log.error({ feature: i, field: 'mount' }, `mount ${describeValue(mount)} is not one of ${MOUNTS.join(', ')}`); return null; }
    t.mount = mount as Transformer['mount'];
    if (t.mount !== 'pole') t.heightM = 0;
  }
  const h = prop(f, ['heightM', 'height']);
  if (h !== undefined) {
    const v = Number(h);
    if (!(v >= 0 && v <= 1000)) { log.error({ feature: i, field: 'heightM' }, `height ${describeValue(h)} is not within 0…1000 m`); return null; }
    t.heightM = v;
  }
  return t;
}

function nearest(ts: Transformer[], line: [number, number][], snapM: number): Transformer | undefined {
  let best: Transformer | undefined, bestM = snapM;
  for (const t of ts) for (const [lon, lat] of [line[0], line[line.length - 1]]) {
    const dM = Math.hypot((lon - t.lon) * 111_320 * Math.cos((lat * Math.PI) / 180), (lat - t.lat) * 110_574);
    if (dM <= bestM) { bestM = dM; best = t; }
  }
  return best;
}

/**
 * Meters from GeoJSON Point (and MultiPoint) features. Properties read: id
 * (or the feature id), height/heightM, floor, indoor, transformer/transformerId.
 * Features of other geometry types, bad positions and bad properties become
 * per-feature errors; valid features are kept.
 */
import type { Feature } from 'geojson';
import { INDOOR_CLASSES, type IndoorClass } from '../../model/enums';
import type { Meter } from '../../model/types';
import { prop, readGeoJson, toLonLat } from './geojson-read';
import { describeValue, IssueLog, type ImportResult } from './types';

/** Options of {@link importMetersGeoJson}. */
export interface MetersGeoJsonOptions {
  fileName?: string;
  /** CRS of the coordinates when the file does not say (GeoJSON default: WGS 84). */
  crs?: string;
  /** Prefix of generated ids (default 'm'). */
  idPrefix?: string;
}

/** Import meters from GeoJSON text or object. */
export function importMetersGeoJson(input: string | unknown, options: MetersGeoJsonOptions = {}): ImportResult<Meter[]> {
  const log = new IssueLog(options.fileName ?? 'meters.geojson');
  const doc = readGeoJson(input, log, options.crs);
  if (!doc) return log.result([], {}, options.crs ?? 'unknown');
  const meters: Meter[] = [];
  const seen = new Set<string>();
  const prefix = options.idPrefix ?? 'm';
  doc.features.forEach((f, i) => {
    const g = f?.geometry;
    if (!g || (g.type !== 'Point' && g.type !== 'MultiPoint')) {
      log.error({ feature: i, field: 'geometry' }, `geometry type ${g ? g.type : 'null'} is not a Point: meters need Point features`);
      return;
    }
    const positions = g.type === 'Point' ? [g.coordinates] : g.coordinates;
    if (!Array.isArray(positions) || positions.length === 0) { log.error({ feature: i, field: 'geometry.coordinates' }, 'no coordinates'); return; }
    const base = String(prop(f, ['id', 'meter_id', 'meterId']) ?? f.id ?? `${prefix}${i + 1}`);
    positions.forEach((pos, k) => {
      const ll = toLonLat(doc.crs, pos);
      if (!ll) { log.error({ feature: i, field: 'geometry.coordinates' }, `position ${describePosition(pos)} is not a valid ${doc.crs.name} position`); return; }
      const id = positions.length > 1 ? `${base}-${k + 1}` : base;
      if (seen.has(id)) { log.error({ feature: i, field: 'id' }, `duplicate id "${id}"`); return; }
      const m: Meter = { id, lon: ll[0], lat: ll[1] };
      if (!meterProperties(m, f, i, log)) return;
      seen.add(id);
      meters.push(m);
      log.extend(ll[0], ll[1]);
    });
    if (positions.length > 1) log.warn({ feature: i }, `a MultiPoint of ${positions.length} positions became ${positions.length} meters`);
  });
  return log.result(meters, { features: doc.features.length, meters: meters.length }, doc.crs.name);
}

/** A short description of a bad position; never recurses (positions may be deeply nested or cyclic). */
function describePosition(pos: unknown): string {
  if (Array.isArray(pos) && pos.length <= 4 && pos.every((v) => v === null || typeof v !== 'object')) return describeValue(JSON.stringify(pos));
  return Array.isArray(pos) ? `an array of ${pos.length} items` : describeValue(pos);
}

/** Read the optional meter properties of a feature; false (and an error) when one is invalid. */
export function meterProperties(m: Meter, f: Feature, i: number, log: IssueLog): boolean {
  const h = prop(f, ['heightM', 'height_m', 'height']);
  if (h !== undefined) {
    const v = Number(h);
    if (!(typeof h === 'number' || typeof h === 'string') || !(v >= -100 && v <= 1000)) { log.error({ feature: i, field: 'height' }, `height ${describeValue(h)} is not a number within −100…1000 m`); return false; }
    m.heightM = v;
  }
  const fl = prop(f, ['floor', 'level']);
  if (fl !== undefined) {
    const v = Number(fl);
    if (!Number.isInteger(v) || v < -10 || v > 200) { log.error({ feature: i, field: 'floor' }, `floor ${describeValue(fl)} is not an integer within −10…200`); return false; }
    m.floor = v;
  }
  const ind = prop(f, ['indoor', 'indoor_class']);
  if (ind !== undefined) {
    if (!(INDOOR_CLASSES as readonly unknown[]).includes(ind)) { log.error({ feature: i, field: 'indoor' }, `indoor class ${describeValue(ind)} is not one of ${INDOOR_CLASSES.join(', ')}`); return false; }
    m.indoor = ind as IndoorClass;
  }
  const t = prop(f, ['transformerId', 'transformer_id', 'transformer']);
  if (t !== undefined && String(t).trim()) m.transformerId = String(t).trim();
  return true;
}

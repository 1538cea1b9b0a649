/**
 * Planning areas from polygon features (GeoJSON or Shapefile records), with
 * the area class chosen by an attribute mapping, e.g.
 * `{ attribute: 'landuse', valueToClass: { residential: 'suburban' }, defaultClass: 'rural' }`.
 * A value that already is an area class name maps to itself. MultiPolygons
 * become one area per part.
 */
import type { Feature } from 'geojson';
import { AREA_CLASSES, type AreaClass } from '../../model/enums';
import type { Area } from '../../model/types';
import type { CrsConverter } from './crs';
import { prop, readGeoJson, toPolygon } from './geojson-read';
import { describeValue, IssueLog, type ImportResult } from './types';

/** How a feature attribute selects an area class. */
export interface AreaClassMapping {
  /** Property holding the class value (default 'class'). */
  attribute?: string;
  /** Attribute value → class (exact match, then case-insensitive). */
  valueToClass?: Record<string, AreaClass>;
  /** Class for unmapped or missing values; without it those features are errors. */
  defaultClass?: AreaClass;
  /** Property holding the area name (default: name, NAME, name_en, name_ja_rm, name_ja, …). */
  nameAttribute?: string;
}

/** Options of the area importers. */
export interface AreaImportOptions extends AreaClassMapping {
  fileName?: string;
  /** CRS of the coordinates when the file does not say. */
  crs?: string;
  /** Prefix of area ids (default 'area-'). */
  idPrefix?: string;
}

const NAME_KEYS = ['name', 'NAME', 'Name', 'name_en', 'name:en', 'name_ja_rm', 'name_ja', 'N03_004', 'label'];

/** The class of a feature under a mapping; logs an error or warning as needed. */
function classOf(f: Feature, i: number, m: AreaClassMapping, log: IssueLog): AreaClass | null {
  const attribute = m.attribute ?? 'class';
  const v = f.properties?.[attribute];
  if (v !== undefined && v !== null && String(v).trim() !== '') {
    const s = String(v).trim();
    const map = m.valueToClass ?? {};
    const hit = map[s] ?? Object.entries(map).find(([k]) => k.toLowerCase() === s.toLowerCase())?.[1];
    if (hit) return hit;
    if ((AREA_CLASSES as readonly string[]).includes(s.toLowerCase())) return s.toLowerCase() as AreaClass;
    if (m.defaultClass) { log.warn({ feature: i, field: attribute }, `value ${describeValue(s)} is not mapped to a class: used ${m.defaultClass}`); return m.defaultClass; }
    log.error({ feature: i, field: attribute }, `value ${describeValue(s)} is not mapped to an area class (${AREA_CLASSES.join(', ')}) and there is no default class`);
    return null;
  }
  if (m.defaultClass) return m.defaultClass;
  log.error({ feature: i, field: attribute }, `no "${attribute}" attribute to choose the area class from, and no default class`);
  return null;
}

/** Turn polygon features into areas (pure; used by the GeoJSON and Shapefile importers). */
export function areasFromFeatures(features: Feature[], crs: CrsConverter, options: AreaImportOptions, log: IssueLog): Area[] {
  const areas: Area[] = [];
  const prefix = options.idPrefix ?? 'area-';
  features.forEach((f, i) => {
    const g = f?.geometry;
    if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) { log.error({ feature: i, field: 'geometry' }, g ? `geometry type ${g.type} is not a Polygon: areas need Polygon or MultiPolygon features` : 'no geometry (a null shape)'); return; }
    const cls = classOf(f, i, options, log);
    if (!cls) return;
    const multi: unknown = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
    if (!Array.isArray(multi) || multi.length === 0) { log.error({ feature: i, field: 'geometry.coordinates' }, 'the MultiPolygon has no coordinates'); return; }
    const parts: unknown[] = multi;
    const rawName = options.nameAttribute ? f.properties?.[options.nameAttribute] : prop(f, NAME_KEYS);
    const name = (rawName === undefined || rawName === null ? `${log.file} #${i + 1}` : String(rawName)).slice(0, 200);
    if (parts.length > 1) log.warn({ feature: i }, `a MultiPolygon of ${parts.length} parts became ${parts.length} areas`);
    parts.forEach((coords, k) => {
      const polygon = toPolygon(crs, coords);
      if (!polygon) { log.error({ feature: i, field: 'geometry.coordinates' }, `polygon${parts.length > 1 ? ` part ${k + 1}` : ''} is malformed or cannot be converted from ${crs.name}`); return; }
      const id = `${prefix}${i + 1}${parts.length > 1 ? `-${k + 1}` : ''}`;
      areas.push({ id, name: parts.length > 1 ? `${name} (${k + 1})`.slice(0, 200) : name, class: cls, polygon, medium: 'auto' });
      for (const [lon, lat] of polygon[0]) log.extend(lon, lat);
    });
  });
  return areas;
}

/** Count areas per class (for previews). */
export function countByClass(areas: Area[]): Record<string, number> {
  const out: Record<string, number> = { areas: areas.length };
  for (const a of areas) out[a.class] = (out[a.class] ?? 0) + 1;
  return out;
}

/** Import areas from GeoJSON text or object. */
export function importAreasGeoJson(input: string | unknown, options: AreaImportOptions = {}): ImportResult<Area[]> {
  const log = new IssueLog(options.fileName ?? 'areas.geojson');
  const doc = readGeoJson(input, log, options.crs);
  if (!doc) return log.result([], {}, options.crs ?? 'unknown');
  const areas = areasFromFeatures(doc.features, doc.crs, options, log);
  return log.result(areas, { features: doc.features.length, ...countByClass(areas) }, doc.crs.name);
}

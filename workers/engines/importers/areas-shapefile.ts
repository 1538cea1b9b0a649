/**
 * Planning areas from a Shapefile given as its parts (.shp, .dbf, .prj,
 * .cpg as bytes; no network, no zip needed), parsed with shpjs and
 * reprojected from the .prj's CRS (or a CRS the caller gives) with proj4.
 * Without a .prj, degree-like coordinates are taken as WGS 84 / JGD2011 with
 * a warning; projected coordinates without a CRS are an error.
 */
import type { Feature, Geometry } from 'geojson';
import { parseDbf, parseShp } from 'shpjs';
import type { Area } from '../../model/types';
import { areasFromFeatures, countByClass, type AreaImportOptions } from './areas';
import { resolveCrs, WGS84, type CrsConverter } from './crs';
import { failedImport, IssueLog, type ImportResult } from './types';

/** The files of one Shapefile. */
export interface ShapefileParts {
  shp: ArrayBuffer | Uint8Array;
  dbf?: ArrayBuffer | Uint8Array;
  prj?: ArrayBuffer | Uint8Array | string;
  cpg?: ArrayBuffer | Uint8Array | string;
}

const text = (v: ArrayBuffer | Uint8Array | string) => (typeof v === 'string' ? v : new TextDecoder().decode(v));

/** Import areas from a Shapefile's parts. `fileName` names the .shp in messages. */
export function importAreasShapefile(parts: ShapefileParts, options: AreaImportOptions = {}): ImportResult<Area[]> {
  const file = options.fileName ?? 'areas.shp';
  let geoms: (Geometry | null)[];
  try {
    geoms = parseShp(parts.shp, false);
  } catch (e) {
    return failedImport(file, [], `not a readable .shp file: ${(e as Error).message}`);
  }
  const log = new IssueLog(file);
  let records: Record<string, unknown>[] = [];
  if (parts.dbf) {
    try {
      records = parseDbf(parts.dbf, parts.cpg === undefined ? undefined : text(parts.cpg));
    } catch (e) {
      log.error({ field: '.dbf' }, `the .dbf attribute table is unreadable (${(e as Error).message}); areas have no attributes`);
    }
    if (records.length && records.length !== geoms.length) log.warn({ field: '.dbf' }, `the .dbf has ${records.length} records for ${geoms.length} shapes`);
  } else log.warn({ field: '.dbf' }, 'no .dbf: areas have no attributes (names and classes come from the defaults)');
  const crs = shapefileCrs(parts, geoms, options.crs, log);
  if (!crs) return log.result([], { shapes: geoms.length }, 'unknown');
  const features: Feature[] = geoms.map((g, i) => ({ type: 'Feature', geometry: g as Geometry, properties: records[i] ?? {} }));
  const areas = areasFromFeatures(features, crs, options, log);
  return log.result(areas, { shapes: geoms.length, ...countByClass(areas) }, crs.name);
}

/** The CRS of the shapes: .prj, else the caller's, else degrees by inspection, else null (error logged). */
function shapefileCrs(parts: ShapefileParts, geoms: (Geometry | null)[], given: string | undefined, log: IssueLog): CrsConverter | null {
  const prj = parts.prj === undefined ? undefined : text(parts.prj).trim();
  const source = prj || given;
  if (source) {
    const r = resolveCrs(source);
    if (!r.ok) { log.error({ field: prj ? '.prj' : 'crs' }, r.message); return null; }
    if (prj && given) log.warn({ field: 'crs' }, `the .prj names the CRS; the given ${given} was not used`);
    return r.crs;
  }
  if (allDegrees(geoms)) {
    log.warn({ field: '.prj' }, 'no .prj file: the coordinates look like longitude/latitude and were taken as WGS 84 (JGD2011 agrees within a metre); give the CRS if they are not');
    return WGS84;
  }
  log.error({ field: '.prj' }, 'no .prj file and the coordinates are not longitude/latitude: give the CRS (e.g. EPSG:6677, EPSG:32654) or add the .prj');
  return null;
}

function allDegrees(geoms: (Geometry | null)[]): boolean {
  const b = (geoms.find((g) => g && 'bbox' in g && g.bbox) as { bbox?: number[] } | undefined)?.bbox;
  let ok = true;
  const visit = (c: unknown): void => {
    if (!ok || !Array.isArray(c)) return;
    if (typeof c[0] === 'number') { if (Math.abs(c[0]) > 180 || Math.abs(c[1] as number) > 90) ok = false; return; }
    for (const x of c) visit(x);
  };
  if (b && (Math.abs(b[0]) > 180 || Math.abs(b[1]) > 90)) return false;
  for (const g of geoms) if (g && 'coordinates' in g) visit(g.coordinates);
  return ok;
}

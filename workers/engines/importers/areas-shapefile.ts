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
import { failedImport, IssueLog, MAX_IMPORT_ITEMS, type ImportResult } from './types';

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
  const shpProblem = checkShp(parts.shp, MAX_IMPORT_ITEMS);
  if (shpProblem) return failedImport(file, [], shpProblem);
  let geoms: (Geometry | null)[];
  try {
    geoms = parseShp(parts.shp, false);
  } catch (e) {
    return failedImport(file, [], `not a readable .shp file: ${(e as Error).message}`);
  }
  const log = new IssueLog(file);
  let records: Record<string, unknown>[] = [];
  const dbfProblem = parts.dbf ? checkDbf(parts.dbf) : null;
  if (dbfProblem) log.error({ field: '.dbf' }, `the .dbf attribute table is unreadable (${dbfProblem}); areas have no attributes`);
  else if (parts.dbf) {
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

const viewOf = (b: ArrayBuffer | Uint8Array) => (b instanceof Uint8Array ? new DataView(b.buffer, b.byteOffset, b.byteLength) : new DataView(b));
/** Shape types with parts and points (polyline, polygon, multipatch; plain, M and Z). */
const PART_TYPES = new Set([3, 5, 13, 15, 23, 25, 31]);

/**
 * Walk the .shp record headers before shpjs reads them, so that a corrupt or
 * hostile file cannot make it loop over declared counts the file does not
 * hold (a 2^31-point ring took 68 s in fuzzing): every record must fit in the
 * file, its part and point counts in the record, and there may be at most
 * `limit` records. Returns what is wrong, or null.
 */
function checkShp(shp: ArrayBuffer | Uint8Array, limit: number): string | null {
  const v = viewOf(shp);
  if (v.byteLength < 100) return `not a readable .shp file: ${v.byteLength} bytes is shorter than the 100-byte header`;
  let n = 0;
  for (let at = 100; at + 8 <= v.byteLength; n++) {
    if (n >= limit) return `the .shp has more than ${limit} shapes, the most one import accepts`;
    const len = 2 * v.getInt32(at + 4, false);
    const end = at + 8 + len;
    if (len < 4 || end > v.byteLength) return `not a readable .shp file: record ${n + 1} claims ${len} bytes, past the end of the file`;
    const type = v.getInt32(at + 8, true);
    if (PART_TYPES.has(type)) {
      if (len < 44) return `not a readable .shp file: record ${n + 1} is too short for its shape type`;
      const parts = v.getInt32(at + 44, true), points = v.getInt32(at + 48, true);
      if (parts < 0 || points < 0 || 44 + 4 * parts + 16 * points > len) return `not a readable .shp file: record ${n + 1} claims ${parts} parts and ${points} points, more than it holds`;
    } else if (type === 8 || type === 18 || type === 28) {
      const points = len >= 44 ? v.getInt32(at + 44, true) : -1;
      if (points < 0 || 40 + 16 * points > len) return `not a readable .shp file: record ${n + 1} claims more points than it holds`;
    }
    at = end;
  }
  return null;
}

/** The .dbf header's record count and sizes must fit in the file (else shpjs would read far past it). */
function checkDbf(dbf: ArrayBuffer | Uint8Array): string | null {
  const v = viewOf(dbf);
  if (v.byteLength < 32) return 'shorter than its 32-byte header';
  const records = v.getUint32(4, true), headerBytes = v.getUint16(8, true), recordBytes = v.getUint16(10, true);
  if (headerBytes < 33 || recordBytes < 1 || headerBytes + records * recordBytes > v.byteLength) return `its header claims ${records} records of ${recordBytes} bytes, more than the file holds`;
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

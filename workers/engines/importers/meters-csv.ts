/**
 * Meters from CSV text (papaparse). Detects the delimiter, whether the first
 * line is a header, and lon/lat or x/y columns (x/y are reprojected from the
 * given CRS with proj4). Optional columns: id, height (m above ground), floor,
 * indoor class and transformer id. Each bad row becomes an error naming its
 * line and column; the good rows are kept.
 */
import Papa from 'papaparse';
import { INDOOR_CLASSES, type IndoorClass } from '../../model/enums';
import type { Meter } from '../../model/types';
import { resolveCrs, WGS84, type CrsConverter } from './crs';
import { countUpTo, failedImport, IssueLog, describeValue, MAX_IMPORT_ITEMS, type ImportResult } from './types';

/** Column roles the importer understands. */
export type MeterColumn = 'id' | 'lon' | 'lat' | 'x' | 'y' | 'height' | 'floor' | 'indoor' | 'transformer';

/** Options of {@link importMetersCsv}. */
export interface MetersCsvOptions {
  fileName?: string;
  /** CRS of x/y columns ('EPSG:6677', WKT, proj string); required when the file has x/y but no lon/lat. */
  crs?: string;
  /** Explicit column names per role, overriding detection. */
  columns?: Partial<Record<MeterColumn, string>>;
  /** Prefix of generated ids when the file has no id column (default 'm'). */
  idPrefix?: string;
}

const ALIASES: Record<MeterColumn, string[]> = {
  id: ['id', 'meter_id', 'meterid', 'meter', 'name', 'ref'],
  lon: ['lon', 'lng', 'long', 'longitude', '経度'],
  lat: ['lat', 'latitude', '緯度'],
  x: ['x', 'easting', 'east', 'x_m', 'xm'],
  y: ['y', 'northing', 'north', 'y_m', 'ym'],
  height: ['height', 'heightm', 'height_m', 'antenna_height', 'antenna_height_m', 'z'],
  floor: ['floor', 'level', 'storey', 'story', '階'],
  indoor: ['indoor', 'indoor_class', 'placement', 'location'],
  transformer: ['transformer', 'transformer_id', 'transformerid', 'tx', 'tx_id'],
};

/** Import meters from CSV text. */
export function importMetersCsv(text: string, options: MetersCsvOptions = {}): ImportResult<Meter[]> {
  const file = options.fileName ?? 'meters.csv';
  if (countUpTo(text, '\n', MAX_IMPORT_ITEMS + 1) > MAX_IMPORT_ITEMS + 1) return failedImport(file, [], `the file has more than ${MAX_IMPORT_ITEMS} rows, the most one import accepts: split it`);
  // Empty lines are kept by the parser (and skipped below) so that row index + 1 is the line number.
  const parsed = Papa.parse<string[]>(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, { skipEmptyLines: false });
  const rows = parsed.data;
  const blank = (row: string[]) => row.length === 1 && row[0].trim() === '';
  while (rows.length && blank(rows[rows.length - 1])) rows.pop();
  const top = rows.findIndex((row) => !blank(row));
  if (top < 0) return failedImport(file, [], 'the file has no rows');
  const first = rows[top].map((c) => c.trim().toLowerCase());
  const known = new Set(Object.values(ALIASES).flat());
  const header = options.columns !== undefined || first.some((c) => known.has(c)) || first.every((c) => c !== '' && !Number.isFinite(Number(c)));
  const cols = header ? mapHeader(first, options.columns) : guessHeaderless(rows[top]);
  const log = new IssueLog(file);
  for (const e of parsed.errors.slice(0, 100)) if (e.code !== 'UndetectableDelimiter') log.error({ row: (e.row ?? 0) + 1 }, `CSV: ${e.message}`);
  const geographic = cols.lon !== undefined && cols.lat !== undefined;
  if (!geographic && (cols.x === undefined || cols.y === undefined)) {
    return failedImport(file, [], `no coordinate columns: expected lon/lat (or longitude/latitude) or x/y columns${header ? `; found ${first.join(', ')}` : ''}`);
  }
  let crs: CrsConverter = WGS84;
  if (!geographic) {
    if (!options.crs) return failedImport(file, [], 'the file has x/y columns: give their CRS (e.g. EPSG:6677 for JGD2011 zone IX)');
    const r = resolveCrs(options.crs);
    if (!r.ok) return failedImport(file, [], r.message);
    crs = r.crs;
  }
  const [cx, cy] = geographic ? [cols.lon!, cols.lat!] : [cols.x!, cols.y!];
  const names = header ? rows[top].map((c) => c.trim()) : rows[top].map((_, i) => `column ${i + 1}`);
  const prefix = options.idPrefix ?? 'm';
  const meters: Meter[] = [];
  const seen = new Set<string>();
  let dataRows = 0;
  for (let r = header ? top + 1 : top; r < rows.length; r++) {
    const row = rows[r], line = r + 1;
    if (blank(row)) continue;
    dataRows++;
    const x = num(row[cx]), y = num(row[cy]);
    if (Number.isNaN(x) || Number.isNaN(y)) {
      if (Number.isNaN(x)) log.error({ row: line, field: names[cx] }, `${describeValue(row[cx])} is not a number`);
      if (Number.isNaN(y)) log.error({ row: line, field: names[cy] }, `${describeValue(row[cy])} is not a number`);
      continue;
    }
    const [lon, lat] = crs.toWgs84(x, y);
    if (!(Math.abs(lon) <= 180 && Math.abs(lat) <= 90)) {
      log.error({ row: line, field: names[geographic ? (Math.abs(x) > 180 ? cx : cy) : cx] }, geographic ? `position ${x}, ${y} is outside −180…180°, −90…90° (x/y in metres? give the CRS)` : `position ${x}, ${y} cannot be converted from ${crs.name}`);
      continue;
    }
    const id = cols.id !== undefined && row[cols.id]?.trim() ? row[cols.id].trim() : `${prefix}${line}`;
    if (seen.has(id)) { log.error({ row: line, field: cols.id !== undefined ? names[cols.id] : undefined }, `duplicate id "${id}"`); continue; }
    const m: Meter = { id, lon, lat };
    if (!optionalFields(m, row, cols, names, line, log)) continue;
    seen.add(id);
    meters.push(m);
    log.extend(lon, lat);
  }
  return log.result(meters, { rows: dataRows, meters: meters.length, rejected: dataRows - meters.length }, crs.name);
}

/** Fill height, floor, indoor and transformer from a row; false when one is invalid (error logged). */
function optionalFields(m: Meter, row: string[], cols: Partial<Record<MeterColumn, number>>, names: string[], line: number, log: IssueLog): boolean {
  const cell = (c: number | undefined) => (c === undefined ? '' : (row[c] ?? '').trim());
  const bad = (c: number, message: string) => { log.error({ row: line, field: names[c] }, message); return false; };
  if (cell(cols.height)) {
    const h = num(cell(cols.height));
    if (!(h >= -100 && h <= 1000)) return bad(cols.height!, `height ${describeValue(cell(cols.height))} is not a number within −100…1000 m`);
    m.heightM = h;
  }
  if (cell(cols.floor)) {
    const f = num(cell(cols.floor));
    if (!Number.isInteger(f) || f < -10 || f > 200) return bad(cols.floor!, `floor ${describeValue(cell(cols.floor))} is not an integer within −10…200`);
    m.floor = f;
  }
  if (cell(cols.indoor)) {
    const v = cell(cols.indoor).toLowerCase();
    if (!(INDOOR_CLASSES as readonly string[]).includes(v)) return bad(cols.indoor!, `indoor class ${describeValue(cell(cols.indoor))} is not one of ${INDOOR_CLASSES.join(', ')}`);
    m.indoor = v as IndoorClass;
  }
  if (cell(cols.transformer)) m.transformerId = cell(cols.transformer);
  return true;
}

function num(s: string | undefined): number {
  if (s === undefined) return NaN;
  const t = s.trim();
  return t === '' ? NaN : Number(t);
}

function mapHeader(first: string[], given: Partial<Record<MeterColumn, string>> | undefined): Partial<Record<MeterColumn, number>> {
  const out: Partial<Record<MeterColumn, number>> = {};
  for (const role of Object.keys(ALIASES) as MeterColumn[]) {
    const wanted = given?.[role]?.trim().toLowerCase();
    const i = wanted !== undefined ? first.indexOf(wanted) : first.findIndex((c) => ALIASES[role].includes(c));
    if (i >= 0) out[role] = i;
  }
  return out;
}

/** Without a header: [id,] lon, lat[, height] when the values look like degrees, else [id,] x, y[, height]. */
function guessHeaderless(row: string[]): Partial<Record<MeterColumn, number>> {
  const off = Number.isFinite(Number(row[0])) ? 0 : 1;
  const a = Number(row[off]), b = Number(row[off + 1]);
  const deg = Math.abs(a) <= 180 && Math.abs(b) <= 90;
  const out: Partial<Record<MeterColumn, number>> = deg ? { lon: off, lat: off + 1 } : { x: off, y: off + 1 };
  if (off) out.id = 0;
  if (row.length > off + 2) out.height = off + 2;
  return out;
}

/**
 * The preview-able result every importer returns. Importers never throw on bad
 * input: each bad row or feature becomes an {@link ImportIssue} naming the
 * file, the row or feature and the field, and the valid items are kept, so a
 * partial import can be shown to the user for consent before it is applied.
 */

/** One problem with one row or feature of an input file. */
export interface ImportIssue {
  file: string;
  /** 1-based line number in a text file (the header is line 1). */
  row?: number;
  /** 0-based index of a feature (GeoJSON feature, OSM element, Shapefile record). */
  feature?: number;
  /** The column, property or member at fault. */
  field?: string;
  message: string;
}

/** [west, south, east, north], WGS 84 degrees. */
export type BBox = [number, number, number, number];

/** What an importer found: the valid entities, counts, extent, source CRS, and the problems. */
export interface ImportResult<T> {
  entities: T;
  /** Counts by kind, e.g. { rows: 10, meters: 8, rejected: 2 }. */
  counts: Record<string, number>;
  /** Extent of the valid entities, or null when there are none. */
  bbox: BBox | null;
  /** Source CRS as detected or given, e.g. 'EPSG:4326', 'EPSG:6677'. */
  crs: string;
  /** At most {@link MAX_ISSUES} errors; counts.errors holds the total. */
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

/**
 * Most rows, features or OSM elements one import accepts: twice the largest
 * project the engines are sized for (1M meters). Larger inputs get one
 * structured error before any parsing, so time and memory stay bounded.
 */
export const MAX_IMPORT_ITEMS = 2_000_000;

/** How many times `needle` occurs in `text`, counting no further than `limit` + 1. */
export function countUpTo(text: string, needle: string, limit: number): number {
  let n = 0;
  for (let at = text.indexOf(needle); at >= 0 && n <= limit; at = text.indexOf(needle, at + needle.length)) n++;
  return n;
}

/** Errors and warnings kept per import (the totals are counted beyond this). */
export const MAX_ISSUES = 1000;

/** Collects issues with a cap, and the bbox of accepted positions. */
export class IssueLog {
  readonly errors: ImportIssue[] = [];
  readonly warnings: ImportIssue[] = [];
  errorCount = 0;
  warningCount = 0;
  private w = Infinity;
  private s = Infinity;
  private e = -Infinity;
  private n = -Infinity;

  constructor(readonly file: string) {}

  error(where: Omit<ImportIssue, 'file' | 'message'>, message: string): void {
    this.errorCount++;
    if (this.errors.length < MAX_ISSUES) this.errors.push({ file: this.file, ...where, message });
  }

  warn(where: Omit<ImportIssue, 'file' | 'message'>, message: string): void {
    this.warningCount++;
    if (this.warnings.length < MAX_ISSUES) this.warnings.push({ file: this.file, ...where, message });
  }

  /** Extend the bbox by a position. */
  extend(lon: number, lat: number): void {
    if (lon < this.w) this.w = lon;
    if (lon > this.e) this.e = lon;
    if (lat < this.s) this.s = lat;
    if (lat > this.n) this.n = lat;
  }

  /** Build the result; issues are listed in file order (whole-file issues first). */
  result<T>(entities: T, counts: Record<string, number>, crs: string): ImportResult<T> {
    const bbox: BBox | null = this.w <= this.e ? [this.w, this.s, this.e, this.n] : null;
    const order = (i: ImportIssue) => i.row ?? i.feature ?? -1;
    const sorted = (list: ImportIssue[]) => [...list].sort((a, b) => order(a) - order(b));
    return { entities, counts: { ...counts, errors: this.errorCount, warnings: this.warningCount }, bbox, crs, errors: sorted(this.errors), warnings: sorted(this.warnings) };
  }
}

/** A failed import of a whole file (unreadable, wrong format): no entities, one error. */
export function failedImport<T>(file: string, empty: T, message: string, crs = 'unknown'): ImportResult<T> {
  const log = new IssueLog(file);
  log.error({}, message);
  return log.result(empty, {}, crs);
}

/** Describe a bad value briefly for messages. */
export function describeValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (typeof v === 'string') return v.trim() === '' ? 'an empty value' : `"${v.length > 30 ? v.slice(0, 30) + '…' : v}"`;
  if (typeof v === 'number') return String(v);
  return typeof v;
}

/**
 * The import worker's API: the demo generator, the importers and the model
 * exporters, off the main thread. File bytes come in as transferred
 * ArrayBuffers; everything returned is a plain, structured-cloneable object
 * (DEM heights as a transferred typed array), so the renderer never needs an
 * engine module.
 */
import { transfer } from 'comlink';
import { parseDbf } from 'shpjs';
import { generateDemoProject } from '../engines/demo';
import { areasToCsv, areasToGeoJson, collectorsToCsv, collectorsToGeoJson, geoJsonText, metersToCsv, metersToGeoJson } from '../engines/exporters';
import {
  importAreasGeoJson, importAreasShapefile, importBuildingsGeoJson, importGeoTiff, importGridGeoJson, importHgt, importMetersCsv, importMetersGeoJson, importOsm,
  type AreaClassMapping, type BBox, type ImportIssue, type ImportResult, type TerrainImport,
} from '../engines/importers';
import type { Progress } from '../engines/run-control';
import type { Area, Building, CandidateSite, Collector, Feeder, Meter, Project, Road, Transformer } from '../model';

export type { AreaClassMapping, BBox, ImportIssue } from '../engines/importers';

/** What the user asked to import. */
export type ImportKind = 'meters-csv' | 'meters-geojson' | 'buildings' | 'osm' | 'areas' | 'grid' | 'terrain';

/** One chosen file: its name and content. */
export interface ImportFileData {
  name: string;
  bytes: ArrayBuffer;
}

/** Options of one import. */
export interface ImportOptions {
  /** CRS of x/y coordinates when the file does not name one (CSV x/y, GeoJSON, Shapefile without .prj, GeoTIFF). */
  crs?: string;
  /** Buildings → meters: one per building or one per dwelling. */
  mode?: 'building' | 'dwelling';
  /** Areas: attribute → class mapping. */
  mapping?: AreaClassMapping;
}

/** A parsed DEM, kept by the renderer for the session. */
export interface DemGrid {
  format: 'hgt' | 'geotiff';
  fileName: string;
  cols: number;
  rows: number;
  heights: Int16Array | Float32Array | Float64Array;
  noData: number;
  /** Lowest and highest valid height, metres (NaN when there is none). */
  minM: number;
  maxM: number;
  bbox: BBox | null;
  crs: string;
  /** A coarse copy of the heights for previews (row 0 = north; NaN = void), at most 200 samples a side. */
  thumb: { cols: number; rows: number; heights: Float32Array };
}

/** Entities an import adds to the project (empty arrays for kinds it does not produce). */
export interface ImportPayload {
  meters: Meter[];
  buildings: Building[];
  roads: Road[];
  sites: CandidateSite[];
  transformers: Transformer[];
  feeders: Feeder[];
  areas: Area[];
  dem: DemGrid | null;
}

/** The preview of one import: what would be added, and the problems found. */
export interface ImportPreview {
  kind: ImportKind;
  files: string[];
  payload: ImportPayload;
  counts: Record<string, number>;
  bbox: BBox | null;
  crs: string;
  errors: ImportIssue[];
  warnings: ImportIssue[];
  /** Totals (the lists hold at most the first 1000). */
  errorCount: number;
  warningCount: number;
}

/** One attribute of area features and its distinct values (most frequent first). */
export interface AttributeSummary {
  name: string;
  values: { value: string; count: number }[];
  /** Distinct values in total (the list holds at most 200). */
  distinct: number;
}

/** Model exports the worker writes. */
export type ExportEntity = 'meters' | 'collectors' | 'areas';
export type ExportFormat = 'geojson' | 'csv';

const emptyPayload = (): ImportPayload => ({ meters: [], buildings: [], roads: [], sites: [], transformers: [], feeders: [], areas: [], dem: null });

/** Text of a file: UTF-8, else Shift_JIS (common in Japanese CSV files). */
function decode(bytes: ArrayBuffer): { text: string; sjis: boolean } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), sjis: false };
  } catch {
    return { text: new TextDecoder('shift_jis').decode(bytes), sjis: true };
  }
}

const ext = (name: string) => name.toLowerCase().replace(/^.*?((\.hgt)?\.[a-z0-9]+)$/, '$1');

function preview<T>(kind: ImportKind, files: string[], r: ImportResult<T>, payload: Partial<ImportPayload>): ImportPreview {
  return {
    kind, files, payload: { ...emptyPayload(), ...payload }, counts: r.counts, bbox: r.bbox, crs: r.crs,
    errors: r.errors, warnings: r.warnings, errorCount: r.counts.errors ?? r.errors.length, warningCount: r.counts.warnings ?? r.warnings.length,
  };
}

function failed(kind: ImportKind, files: string[], message: string): ImportPreview {
  return { kind, files, payload: emptyPayload(), counts: {}, bbox: null, crs: 'unknown', errors: [{ file: files.join(', ') || '—', message }], warnings: [], errorCount: 1, warningCount: 0 };
}

function demOf(t: TerrainImport, format: DemGrid['format'], fileName: string, r: ImportResult<TerrainImport>): DemGrid | null {
  const tile = t.tile;
  if (!tile) return null;
  let min = Infinity, max = -Infinity;
  const h = tile.heights;
  for (let i = 0; i < h.length; i++) { const v = h[i]; if (v !== tile.noData && v === v) { if (v < min) min = v; if (v > max) max = v; } }
  const step = Math.max(1, Math.ceil(Math.max(tile.width, tile.height) / 200));
  const tc = Math.ceil(tile.width / step), tr = Math.ceil(tile.height / step);
  const th = new Float32Array(tc * tr);
  for (let y = 0; y < tr; y++) for (let x = 0; x < tc; x++) { const v = h[y * step * tile.width + x * step]; th[y * tc + x] = v === tile.noData || v !== v ? NaN : v; }
  return { format, fileName, cols: tile.width, rows: tile.height, heights: h, noData: tile.noData, minM: min <= max ? min : NaN, maxM: min <= max ? max : NaN, bbox: r.bbox, crs: r.crs, thumb: { cols: tc, rows: tr, heights: th } };
}

async function parse(kind: ImportKind, files: ImportFileData[], o: ImportOptions): Promise<ImportPreview> {
  const names = files.map((f) => f.name);
  const first = files[0];
  if (!first) return failed(kind, names, 'no file was chosen');
  const text = () => {
    const d = decode(first.bytes);
    return d.text;
  };
  switch (kind) {
    case 'meters-csv': {
      const d = decode(first.bytes);
      const r = importMetersCsv(d.text, { fileName: first.name, crs: o.crs || undefined });
      if (d.sjis) r.warnings.unshift({ file: first.name, message: 'the file is not UTF-8: read as Shift_JIS' });
      return preview(kind, names, r, { meters: r.entities });
    }
    case 'meters-geojson': {
      const r = importMetersGeoJson(text(), { fileName: first.name, crs: o.crs || undefined });
      return preview(kind, names, r, { meters: r.entities });
    }
    case 'buildings': {
      const r = importBuildingsGeoJson(text(), { fileName: first.name, crs: o.crs || undefined, mode: o.mode });
      return preview(kind, names, r, { meters: r.entities.meters, buildings: r.entities.buildings });
    }
    case 'osm': {
      const r = importOsm(new Uint8Array(first.bytes), { fileName: first.name, mode: o.mode });
      const e = r.entities;
      return preview(kind, names, r, { meters: e.meters, buildings: e.buildings, roads: e.roads, sites: e.poles, transformers: e.transformers, feeders: e.feeders });
    }
    case 'grid': {
      const r = importGridGeoJson(text(), { fileName: first.name, crs: o.crs || undefined });
      return preview(kind, names, r, { transformers: r.entities.transformers, feeders: r.entities.feeders });
    }
    case 'areas': {
      const opts = { ...o.mapping, crs: o.crs || undefined };
      const shp = files.find((f) => ext(f.name) === '.shp');
      if (!shp) {
        if (files.some((f) => /\.(dbf|prj|cpg|shx)$/i.test(f.name))) return failed(kind, names, 'a Shapefile needs its .shp file: choose the .shp, .dbf and .prj (and .cpg) together');
        const r = importAreasGeoJson(text(), { ...opts, fileName: first.name });
        return preview(kind, names, r, { areas: r.entities });
      }
      const part = (e: string) => files.find((f) => ext(f.name) === e)?.bytes;
      const r = importAreasShapefile({ shp: shp.bytes, dbf: part('.dbf'), prj: part('.prj'), cpg: part('.cpg') }, { ...opts, fileName: shp.name });
      return preview(kind, names, r, { areas: r.entities });
    }
    case 'terrain': {
      const e = ext(first.name);
      if (e === '.tif' || e === '.tiff') {
        const r = await importGeoTiff(first.bytes, { fileName: first.name, crs: o.crs || undefined });
        return preview(kind, names, r, { dem: demOf(r.entities, 'geotiff', first.name, r) });
      }
      if (e !== '.hgt' && e !== '.zip' && e !== '.hgt.zip') return failed(kind, names, `${first.name}: a DEM must be an SRTM .hgt or .hgt.zip file, or a GeoTIFF (.tif)`);
      const r = importHgt(new Uint8Array(first.bytes), first.name);
      return preview(kind, names, r, { dem: demOf(r.entities, 'hgt', first.name, r) });
    }
  }
}

/** Distinct values per attribute of polygon features (GeoJSON, or a Shapefile's .dbf). */
function summarise(records: Record<string, unknown>[]): AttributeSummary[] {
  const by = new Map<string, Map<string, number>>();
  for (const rec of records) for (const [k, v] of Object.entries(rec ?? {})) {
    if (v === null || v === undefined || typeof v === 'object') continue;
    let m = by.get(k);
    if (!m) by.set(k, (m = new Map()));
    const s = String(v).trim();
    m.set(s, (m.get(s) ?? 0) + 1);
  }
  return [...by].map(([name, m]) => ({ name, distinct: m.size, values: [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 200).map(([value, count]) => ({ value, count })) }));
}

function attributes(files: ImportFileData[]): { attributes: AttributeSummary[]; error?: string } {
  try {
    const dbf = files.find((f) => ext(f.name) === '.dbf');
    if (dbf) {
      const cpg = files.find((f) => ext(f.name) === '.cpg');
      return { attributes: summarise(parseDbf(dbf.bytes, cpg ? new TextDecoder().decode(cpg.bytes) : undefined)) };
    }
    if (files.some((f) => ext(f.name) === '.shp')) return { attributes: [] };
    const doc = JSON.parse(decode(files[0].bytes).text) as { features?: { properties?: Record<string, unknown> }[]; properties?: Record<string, unknown> };
    const recs = Array.isArray(doc.features) ? doc.features.map((f) => f?.properties ?? {}) : [doc.properties ?? {}];
    return { attributes: summarise(recs) };
  } catch (e) {
    return { attributes: [], error: (e as Error).message };
  }
}

const transferables = (p: ImportPreview) => (p.payload.dem ? [p.payload.dem.heights.buffer as ArrayBuffer, p.payload.dem.thumb.heights.buffer as ArrayBuffer] : []);

export const importApi = {
  /** Generate the synthetic demo region (deterministic for a seed and meter count). */
  async generateDemo(seed: number, meters: number | undefined, onProgress?: (p: Progress) => void): Promise<Project> {
    return generateDemoProject({ seed, meters, progress: onProgress });
  },
  /** Parse files into a preview; never throws for bad input (the preview carries the errors). */
  async parse(kind: ImportKind, files: ImportFileData[], options: ImportOptions = {}): Promise<ImportPreview> {
    let p: ImportPreview;
    try {
      p = await parse(kind, files, options);
    } catch (e) {
      p = failed(kind, files.map((f) => f.name), `cannot read the file: ${(e as Error).message}`);
    }
    return transfer(p, transferables(p));
  },
  /** Attributes of area features and their values, for the class-mapping step. */
  async areaAttributes(files: ImportFileData[]): Promise<{ attributes: AttributeSummary[]; error?: string }> {
    return attributes(files);
  },
  /** Export meters, collectors or areas as GeoJSON or CSV text. */
  async exportModel(entity: ExportEntity, format: ExportFormat, items: Meter[] | Collector[] | Area[]): Promise<string> {
    if (entity === 'meters') return format === 'csv' ? metersToCsv(items as Meter[]) : geoJsonText(metersToGeoJson(items as Meter[]));
    if (entity === 'collectors') return format === 'csv' ? collectorsToCsv(items as Collector[]) : geoJsonText(collectorsToGeoJson(items as Collector[]));
    return format === 'csv' ? areasToCsv(items as Area[]) : geoJsonText(areasToGeoJson(items as Area[]));
  },
};

export type ImportApi = typeof importApi;

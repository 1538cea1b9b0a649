/**
 * One result export as files: meters with results, collectors, mesh routes
 * or areas (GeoJSON, CSV, KML), the per-area table (CSV), or the coverage
 * raster of one area (GeoTIFF, or PNG + world file). Shared by
 * `fanplan export` and the app's report worker, so both write the same bytes.
 */
import type { FeatureCollection } from 'geojson';
import type { Project } from '../../model';
import { MEDIUM_COLOURS, readSuccessColour } from '../report/svg-map';
import type { RunControl } from '../run-control';
import { areasToCsv, collectorsToCsv } from './csv';
import { areasToGeoJson, collectorsToGeoJson, geoJsonText } from './geojson';
import { rasterToGeoTiff } from './geotiff';
import { featureCollectionToKml } from './kml';
import { metersWithResultsToCsv, metersWithResultsToGeoJson, meshRouteSegments, perAreaToCsv, routesToCsv, routesToGeoJson } from './results';
import { areaRaster, exportRuns, meterResultColumns, rasterToPng } from './run-data';

/** What can be exported, and in which formats (the first is the default). */
export const EXPORT_FORMATS = {
  meters: ['geojson', 'csv', 'kml'], collectors: ['geojson', 'csv', 'kml'], routes: ['geojson', 'csv', 'kml'], areas: ['geojson', 'csv', 'kml'], 'per-area': ['csv'], raster: ['geotiff', 'png'],
} as const;
export type ExportWhat = keyof typeof EXPORT_FORMATS;
export type ResultExportFormat = (typeof EXPORT_FORMATS)[ExportWhat][number];

/** One export request; `areaId` (and optionally `cellM`, default 25, and a star `profileId`) for rasters. */
export interface ResultExportRequest { what: ExportWhat; format: ResultExportFormat; areaId?: string; cellM?: number; profileId?: string }

/** One output file: its extension (with the dot), MIME type and content. */
export interface ExportedFile { extension: string; mimeType: string; data: string | Uint8Array }

/** The files of an export and how many rows (or raster cells) they hold. */
export interface ResultExport { files: ExportedFile[]; count: number; unit: 'rows' | 'cells' }

const MIME: Record<string, string> = { geojson: 'application/geo+json', csv: 'text/csv', kml: 'application/vnd.google-earth.kml+xml', geotiff: 'image/tiff', png: 'image/png' };
const EXT: Record<string, string> = { geojson: '.geojson', csv: '.csv', kml: '.kml', geotiff: '.tif', png: '.png' };

/** Check a request; returns a readable error or null. */
export function exportRequestProblem(r: ResultExportRequest): string | null {
  const formats = EXPORT_FORMATS[r.what] as readonly string[] | undefined;
  if (!formats) return `unknown export "${String(r.what)}" (expected ${Object.keys(EXPORT_FORMATS).join(', ')})`;
  if (!formats.includes(r.format)) return `${r.what} can be exported as ${formats.join(', ')}, not "${r.format}"`;
  if (r.what === 'raster' && !r.areaId) return 'a raster export needs an area';
  return null;
}

/** Run what the export needs and encode it. Throws a readable error for bad requests or a project without mesh routes. */
export function buildResultExport(p: Project, r: ResultExportRequest, control?: RunControl): ResultExport {
  const problem = exportRequestProblem(r);
  if (problem) throw new RangeError(problem);
  const runs = exportRuns(p, { mesh: r.what === 'meters' || r.what === 'routes', plan: r.what === 'meters' || r.what === 'per-area' }, control);
  const one = (data: string | Uint8Array, count: number, unit: ResultExport['unit'] = 'rows'): ResultExport => ({ files: [{ extension: EXT[r.format], mimeType: MIME[r.format], data }], count, unit });
  const vector = (fc: FeatureCollection, csv: () => string, colour?: (f: FeatureCollection['features'][number]) => string | undefined): ResultExport =>
    one(r.format === 'geojson' ? geoJsonText(fc) : r.format === 'csv' ? csv() : featureCollectionToKml(fc, { name: `${p.meta.name} — ${r.what}`, ...(colour ? { colour } : {}) }), fc.features.length);
  switch (r.what) {
    case 'meters': {
      const cols = meterResultColumns(p, runs.mesh, runs.plan), target = p.settings.readSuccessTarget;
      return vector(metersWithResultsToGeoJson(p.meters, cols), () => metersWithResultsToCsv(p.meters, cols), (f) => readSuccessColour(Number(f.properties?.daily_read_success ?? 0), target));
    }
    case 'collectors': return vector(collectorsToGeoJson(p.collectors), () => collectorsToCsv(p.collectors), (f) => MEDIUM_COLOURS[String(f.properties?.medium)]);
    case 'areas': return vector(areasToGeoJson(p.areas), () => areasToCsv(p.areas));
    case 'routes': {
      if (!runs.mesh) throw new RangeError('the project has no mesh profile: no routes to export');
      const seg = meshRouteSegments(p.meters, p.collectors, runs.mesh);
      return vector(routesToGeoJson(seg), () => routesToCsv(seg), () => MEDIUM_COLOURS.mesh);
    }
    case 'per-area': return one(runs.planJson ? perAreaToCsv(runs.planJson) : '', runs.planJson?.areas.length ?? 0);
    case 'raster': {
      const ras = areaRaster(runs.scenario, r.areaId as string, r.cellM ?? 25, r.profileId, control);
      if (r.format === 'geotiff') return one(rasterToGeoTiff(ras), ras.width * ras.height, 'cells');
      const { png, pgw } = rasterToPng(ras);
      return { files: [{ extension: '.png', mimeType: MIME.png, data: png }, { extension: '.pgw', mimeType: 'text/plain', data: pgw }], count: ras.width * ras.height, unit: 'cells' };
    }
  }
}

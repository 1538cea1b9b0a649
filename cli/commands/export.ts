/**
 * `fanplan export FILE.fanplan --what meters|collectors|routes|areas|per-area|raster
 *  --format geojson|csv|kml|geotiff|png --out PATH`: results and model as
 * GIS files. Engines run in-process (a batch tool).
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import {
  areasToCsv, areasToGeoJson, collectorsToCsv, collectorsToGeoJson, featureCollectionToKml, geoJsonText, meshRouteSegments, metersWithResultsToCsv, metersWithResultsToGeoJson, perAreaToCsv, routesToCsv, routesToGeoJson,
} from '../../workers/engines/exporters';
import { MEDIUM_COLOURS, readSuccessColour } from '../../workers/engines/report';
import { formatIssue } from '../../workers/model';
import { numberFlag, parseFlags } from '../args';
import { UsageError, type CliCommand } from '../command';
import { areaRaster, exportRuns, meterResultColumns, rasterToPng } from '../export-data';
import { loadProjectFile } from '../project-io';
import { starRasterToGeoTiff } from '../star-geotiff';
import { thinProject } from '../report-run';

const WHAT = ['meters', 'collectors', 'routes', 'areas', 'per-area', 'raster'] as const;
const FORMATS: Record<(typeof WHAT)[number], string[]> = { meters: ['geojson', 'csv', 'kml'], collectors: ['geojson', 'csv', 'kml'], routes: ['geojson', 'csv', 'kml'], areas: ['geojson', 'csv', 'kml'], 'per-area': ['csv'], raster: ['geotiff', 'png'] };

const USAGE = `Usage: fanplan export FILE.fanplan --what WHAT --format FORMAT --out PATH [--area ID] [--cell 25] [--profile ID] [--meters-limit N]

  --what meters      meters with mesh and plan results (geojson, csv, kml)
         collectors  collectors (geojson, csv, kml)
         routes      mesh parent links as lines (geojson, csv with WKT, kml)
         areas       area polygons (geojson, csv with WKT, kml)
         per-area    the planner's per-area comparison (csv)
         raster      star coverage probability of --area (geotiff: 3 bands, EPSG:4326; png + .pgw world file)
  --area ID          area of the raster; --cell metres (default 25); --profile star profile id
  --meters-limit N   keep at most N meters, evenly thinned (quick runs)`;

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'export meters (with results), collectors, routes, areas, the per-area table or coverage rasters as GeoJSON/CSV/KML/GeoTIFF/PNG',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, { what: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' }, area: { type: 'string' }, cell: { type: 'string' }, profile: { type: 'string' }, 'meters-limit': { type: 'string' } });
    if (positionals.length !== 1) throw new UsageError('expected exactly one project file');
    const what = values.what as (typeof WHAT)[number] | undefined;
    if (!what || !WHAT.includes(what)) throw new UsageError(`--what must be one of ${WHAT.join(', ')}`);
    const format = values.format ?? FORMATS[what][0];
    if (!FORMATS[what].includes(format)) throw new UsageError(`--what ${what} supports --format ${FORMATS[what].join(', ')}`);
    if (!values.out) throw new UsageError('--out is required');
    if (what === 'raster' && !values.area) throw new UsageError('--what raster needs --area ID');
    const r = await loadProjectFile(positionals[0], io.cwd);
    if (!r.ok) { io.stderr(('ioError' in r ? r.ioError : r.error.issues.map(formatIssue).join('\n')) + '\n'); return 1; }
    const p = values['meters-limit'] !== undefined ? thinProject(r.project, numberFlag(values['meters-limit'], 'meters-limit')) : r.project;
    const out = resolve(io.cwd, values.out);
    const write = (data: string | Uint8Array, path = out) => writeFile(path, data);
    const runs = exportRuns(p, { mesh: what === 'meters' || what === 'routes', plan: what === 'meters' || what === 'per-area' });
    let count = 0;
    const vector = async (fc: FeatureCollection, csv: () => string, colour?: (f: FeatureCollection['features'][number]) => string | undefined) => {
      count = fc.features.length;
      if (format === 'geojson') await write(geoJsonText(fc));
      else if (format === 'csv') await write(csv());
      else await write(featureCollectionToKml(fc, { name: `${p.meta.name} — ${what}`, ...(colour ? { colour } : {}) }));
    };
    switch (what) {
      case 'meters': {
        const cols = meterResultColumns(p, runs.mesh, runs.plan);
        const target = p.settings.readSuccessTarget;
        await vector(metersWithResultsToGeoJson(p.meters, cols), () => metersWithResultsToCsv(p.meters, cols), (f) => readSuccessColour(Number(f.properties?.daily_read_success ?? 0), target));
        break;
      }
      case 'collectors': await vector(collectorsToGeoJson(p.collectors), () => collectorsToCsv(p.collectors), (f) => MEDIUM_COLOURS[String(f.properties?.medium)]); break;
      case 'areas': await vector(areasToGeoJson(p.areas), () => areasToCsv(p.areas)); break;
      case 'routes': {
        if (!runs.mesh) { io.stderr('the project has no mesh profile: no routes\n'); return 1; }
        const seg = meshRouteSegments(p.meters, p.collectors, runs.mesh);
        await vector(routesToGeoJson(seg), () => routesToCsv(seg), () => MEDIUM_COLOURS.mesh);
        break;
      }
      case 'per-area': if (runs.planJson) { count = runs.planJson.areas.length; await write(perAreaToCsv(runs.planJson)); } break;
      case 'raster': {
        const ras = areaRaster(runs.scenario, values.area as string, numberFlag(values.cell, 'cell', 25), values.profile);
        count = ras.width * ras.height;
        if (format === 'geotiff') await write(new Uint8Array(starRasterToGeoTiff(ras)));
        else {
          const { png, pgw } = rasterToPng(ras);
          await write(png);
          await write(pgw, out.replace(/\.png$/i, '') + '.pgw');
        }
        break;
      }
    }
    io.stdout(`${p.meta.name}: ${what} (${count} ${what === 'raster' ? 'cells' : 'rows'}) as ${format} → ${values.out}${what === 'raster' && format === 'png' ? ' (+ .pgw world file)' : ''}\n`);
    return 0;
  },
};

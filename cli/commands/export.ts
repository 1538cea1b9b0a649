/**
 * `fanplan export FILE.fanplan --what meters|collectors|routes|areas|per-area|raster
 *  --format geojson|csv|kml|geotiff|png --out PATH`: results and model as
 * GIS files. Engines run in-process (a batch tool).
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildResultExport, EXPORT_FORMATS, type ExportWhat, type ResultExportFormat } from '../../workers/engines/exporters';
import { formatIssue } from '../../workers/model';
import { numberFlag, parseFlags } from '../args';
import { UsageError, type CliCommand } from '../command';
import { loadProjectFile } from '../project-io';
import { thinProject } from '../report-run';

const WHAT = Object.keys(EXPORT_FORMATS) as ExportWhat[];
const FORMATS = EXPORT_FORMATS as Record<ExportWhat, readonly string[]>;

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
    let result;
    try {
      result = buildResultExport(p, { what, format: format as ResultExportFormat, ...(values.area ? { areaId: values.area } : {}), cellM: numberFlag(values.cell, 'cell', 25), ...(values.profile ? { profileId: values.profile } : {}) });
    } catch (e) {
      io.stderr(`${positionals[0]}: ${(e as Error).message}\n`);
      return 1;
    }
    const [main, ...side] = result.files;
    await writeFile(out, main.data);
    for (const f of side) await writeFile(out.replace(/\.png$/i, '') + f.extension, f.data);
    const count = result.count;
    io.stdout(`${p.meta.name}: ${what} (${count} ${what === 'raster' ? 'cells' : 'rows'}) as ${format} → ${values.out}${what === 'raster' && format === 'png' ? ' (+ .pgw world file)' : ''}\n`);
    return 0;
  },
};

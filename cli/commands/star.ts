/**
 * `fanplan star FILE.fanplan`: the wireless star engine in a worker thread.
 *   --out results.csv               per-meter results (CSV; .json for JSON)
 *   --raster AREA_ID --cell 25 --out coverage.tif   coverage GeoTIFF (EPSG:4326)
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { formatIssue } from '../../workers/model';
import { createStarClient, type StarRunOptions } from '../../workers/clients/star-client';
import { UsageError, type CliCommand } from '../command';
import { numberFlag, parseFlags } from '../args';
import { loadProjectFile } from '../project-io';
import { starResultCsv } from '../star-csv';
import { rasterToGeoTiff } from '../../workers/engines/exporters/geotiff';
import { loadStarTerrain } from '../star-terrain';
import { createNodeStarPool } from '../star-pool';

const USAGE = `Usage: fanplan star FILE.fanplan [--profile ID] [--out results.csv|results.json]
       fanplan star FILE.fanplan --raster AREA_ID [--cell 25] --out coverage.tif

  --profile ID      star profile to evaluate (default: the first star profile)
  --sites MODE      auto (collectors of the profile, else hexagonal grid), collectors or hex
  --isd METRES      inter-site distance of the hexagonal grid (default: the profile's)
  --region NAME     LoRaWAN region: AS923-JP (default) or EU868
  --no-dwell        AS923: uplink dwell-time limit off
  --max-mcl DB      cellular: deepest coverage-enhancement level allowed
  --model NAME      one propagation model for every area class
  --terrain FILE    SRTM .hgt or .hgt.zip tile (repeatable): ITM point-to-point over terrain for rural and mountainous areas
  --terrain-cell M  local terrain grid spacing (default 50 m)
  --out PATH        CSV/JSON of per-meter results, or the GeoTIFF with --raster
  --raster AREA_ID  write a coverage GeoTIFF of that area (bands: coverage probability, signal dBm, margin dB)
  --cell METRES     raster cell size (default 25; 10–100 m recommended)
  --refine STEP     raster coarse-to-fine step (default 1 = every cell exact)
  --json            print the summary as JSON`;

export const starCommand: CliCommand = {
  name: 'star',
  summary: 'wireless star coverage and capacity (private 1:N, LTE-M, NB-IoT, LoRaWAN); CSV or GeoTIFF',
  usage: USAGE,
  async run(argv, io) {
    const { values, positionals } = parseFlags(argv, {
      profile: { type: 'string' }, sites: { type: 'string' }, isd: { type: 'string' }, region: { type: 'string' }, 'no-dwell': { type: 'boolean' },
      'max-mcl': { type: 'string' }, model: { type: 'string' }, out: { type: 'string' }, raster: { type: 'string' }, cell: { type: 'string' },
      refine: { type: 'string' }, json: { type: 'boolean' }, terrain: { type: 'string', multiple: true }, 'terrain-cell': { type: 'string' },
    });
    if (positionals.length !== 1) throw new UsageError('expected exactly one project file');
    if (values.sites !== undefined && !['auto', 'collectors', 'hex'].includes(values.sites)) throw new UsageError('--sites must be auto, collectors or hex');
    const r = await loadProjectFile(positionals[0], io.cwd);
    if (!r.ok) {
      io.stderr(('ioError' in r ? r.ioError : r.error.issues.map(formatIssue).join('\n')) + '\n');
      return 1;
    }
    const p = r.project;
    const options: StarRunOptions = {
      ...(values.profile !== undefined ? { profileId: values.profile } : {}),
      ...(values.sites !== undefined ? { sites: values.sites as 'auto' | 'collectors' | 'hex' } : {}),
      ...(values.isd !== undefined ? { interSiteDistanceM: numberFlag(values.isd, 'isd') } : {}),
      ...(values.region !== undefined ? { region: values.region } : {}),
      ...(values['no-dwell'] ? { dwellTime: false } : {}),
      ...(values['max-mcl'] !== undefined ? { maxMclDb: numberFlag(values['max-mcl'], 'max-mcl') } : {}),
      ...(values.model !== undefined ? { model: values.model } : {}),
    };
    const terrainFiles = values.terrain as unknown as string[] | undefined;
    if (terrainFiles?.length) options.terrain = await loadStarTerrain(terrainFiles, p, io.cwd, numberFlag(values['terrain-cell'], 'terrain-cell', 50));
    const pool = createNodeStarPool(1);
    try {
      const client = createStarClient(pool);
      if (values.raster !== undefined) {
        if (!values.out) throw new UsageError('--raster needs --out FILE.tif');
        const cellM = numberFlag(values.cell, 'cell', 25);
        const step = numberFlag(values.refine, 'refine', 1);
        const run = await client.raster(p, 'cli', { ...options, areaId: values.raster, cellM, gridKind: 'lonlat', ...(step > 1 ? { refine: { step, toleranceDb: 3 } } : {}) });
        const ras = run.raster;
        await writeFile(resolve(io.cwd, values.out), rasterToGeoTiff(ras));
        const summary = { area: values.raster, width: ras.width, height: ras.height, bboxLonLat: ras.georef.bboxLonLat, stats: ras.stats, out: values.out, timingsMs: run.timingsMs };
        io.stdout(values.json ? JSON.stringify(summary, null, 2) + '\n'
          : `${ras.width}×${ras.height} cells of ~${cellM} m over area ${values.raster}: ${(100 * ras.stats.coveredFraction).toFixed(1)} % at the target location probability → ${values.out}\n`);
        for (const w of ras.warnings) io.stderr(`warning: ${w}\n`);
        return 0;
      }
      const run = await client.run(p, 'cli', options);
      const res = run.result;
      if (values.out) {
        const text = values.out.endsWith('.json')
          ? JSON.stringify({ profileId: res.profileId, technology: res.technology, summary: res.summary, meters: p.meters.map((m, i) => ({ id: m.id, margin_db: res.meters.marginDb[i], coverage_probability: res.meters.coverageProbability[i], daily_read_success: res.meters.dailyReadSuccess[i] })) })
          : starResultCsv(res, p.meters.map((m) => m.id));
        await writeFile(resolve(io.cwd, values.out), text);
      }
      const s = res.summary;
      if (values.json) io.stdout(JSON.stringify({ profileId: res.profileId, technology: res.technology, siteSource: res.siteSource, sites: res.cells.siteIds.length, cells: res.cells.count, models: res.models, summary: s, warnings: res.warnings, timingsMs: run.timingsMs }, null, 2) + '\n');
      else {
        io.stdout(`${p.meta.name}: ${res.technology} (${res.profileId}), ${res.cells.count} cells from ${res.siteSource}; ${s.meters} meters\n`);
        io.stdout(`mean daily read success ${(100 * s.meanDailyReadSuccess).toFixed(3)} %, ${s.metersMeetingTarget} meters meet their target\n`);
        io.stdout(`reasons: ${Object.entries(s.reasonCounts).filter(([, v]) => v > 0).map(([k, v]) => `${k} ${v}`).join(', ')}; modes: ${Object.entries(s.modeCounts).map(([k, v]) => `${k} ${v}`).join(', ')}\n`);
        if (values.out) io.stdout(`→ ${values.out}\n`);
        for (const w of res.warnings) io.stderr(`warning: ${w}\n`);
      }
      return 0;
    } finally {
      pool.close();
    }
  },
};

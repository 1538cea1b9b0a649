import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fromArrayBuffer } from 'geotiff';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../cli/command';
import { starCommand } from '../../cli/commands/star';
import { STAR_CSV_COLUMNS } from '../../cli/star-csv';
import { parseCsv } from '../../cli/csv';
import { compileProject } from '../../workers/engines/compile/compile-project';
import { computeStarRaster } from '../../workers/engines/star/raster';
import { rasterGridFor } from '../../workers/api/star-api';
import { createEmptyProject, readProjectFile, writeProjectFile } from '../../workers/model';

const fixture = new URL('../../datasets/fixtures/small-town.fanplan', import.meta.url).pathname;
const srtm = new URL('../../../shared/data/geo/N49E011.hgt.zip', import.meta.url).pathname;
const hasSrtm = existsSync(srtm);
if (!hasSrtm) console.warn(`skipping the SRTM terrain case: ${srtm} is absent (../shared/data is optional)`);

async function run(argv: string[], cwd: string) {
  let out = '', err = '';
  const io: CliIo = { stdout: (t) => { out += t; }, stderr: (t) => { err += t; }, cwd };
  const code = await starCommand.run(argv, io);
  return { code, out, err };
}

describe('fanplan star', () => {
  it('writes per-meter results as CSV through a worker thread', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanplan-star-'));
    const r = await run([fixture, '--profile', 'star-nb-iot', '--out', 'results.csv'], dir);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/nb-iot \(star-nb-iot\), \d+ cells from hex; 520 meters/);
    const rows = parseCsv(readFileSync(join(dir, 'results.csv'), 'utf8'));
    expect(rows[0].fields).toEqual([...STAR_CSV_COLUMNS]);
    expect(rows).toHaveLength(521);
    const col = (name: string) => rows[0].fields.indexOf(name);
    for (const row of rows.slice(1)) {
      expect(row.fields[col('site_id')]).toMatch(/^hex_/);
      const cov = Number(row.fields[col('coverage_probability')]), daily = Number(row.fields[col('daily_read_success')]);
      expect(cov).toBeGreaterThanOrEqual(0);
      expect(daily).toBeLessThanOrEqual(cov + 1e-6);
      expect(Number.isFinite(Number(row.fields[col('margin_db')]))).toBe(true);
      expect(['ok', 'no-site-in-range', 'payload-too-long', 'no-coverage', 'low-coverage', 'congestion', 'duty-cycle']).toContain(row.fields[col('reason')]);
    }
    expect(rows[1].fields[0]).toBe('M1');
  });

  it('uses the project collectors (C3, LTE-M) and prints JSON', async () => {
    const r = await run([fixture, '--profile', 'star-lte-m', '--json'], process.cwd());
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out);
    expect(j).toMatchObject({ technology: 'lte-m', siteSource: 'collectors', sites: 1, cells: 1 });
    expect(j.summary.meters).toBe(520);
  });

  it('writes a coverage GeoTIFF that reads back georeferenced (EPSG:4326) with the raster values', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanplan-star-'));
    const r = await run([fixture, '--profile', 'star-lorawan-as923', '--raster', 'A1', '--cell', '25', '--out', 'coverage.tif'], dir);
    expect(r.code).toBe(0);
    const bytes = readFileSync(join(dir, 'coverage.tif'));
    const tiff = await fromArrayBuffer(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    const image = await tiff.getImage();
    const keys = image.getGeoKeys();
    expect(keys?.GeographicTypeGeoKey).toBe(4326);
    expect(keys?.GTModelTypeGeoKey).toBe(2);
    expect(keys?.GTRasterTypeGeoKey).toBe(1);
    expect(image.getSamplesPerPixel()).toBe(3);

    // Recompute the same raster in-process and compare georeference and values.
    const read = readProjectFile(readFileSync(fixture));
    if (!read.ok) throw new Error('fixture unreadable');
    const scenario = compileProject(read.project);
    const grid = rasterGridFor(scenario, { profileId: 'star-lorawan-as923', areaId: 'A1', cellM: 25, gridKind: 'lonlat' });
    if (grid.kind !== 'lonlat') throw new Error('expected a lon/lat grid');
    const ras = computeStarRaster(scenario, { profileId: 'star-lorawan-as923', grid });
    expect(image.getWidth()).toBe(ras.width);
    expect(image.getHeight()).toBe(ras.height);
    const [w, s, e, n] = image.getBoundingBox();
    expect(w).toBeCloseTo(grid.westDeg, 9);
    expect(n).toBeCloseTo(grid.northDeg, 9);
    expect(e).toBeCloseTo(grid.westDeg + ras.width * grid.dLonDeg, 9);
    expect(s).toBeCloseTo(grid.northDeg - ras.height * grid.dLatDeg, 9);
    const [rx, ry] = image.getResolution();
    expect(rx).toBeCloseTo(grid.dLonDeg, 12);
    expect(ry).toBeCloseTo(-grid.dLatDeg, 12);
    // The file covers area A1 (139.4677786…139.474863 E, 35.7538197…35.7577855 N) to within one cell.
    expect(w).toBeLessThanOrEqual(139.4677786 + 1e-9);
    expect(e).toBeGreaterThanOrEqual(139.474863 - grid.dLonDeg);
    expect(n).toBeGreaterThanOrEqual(35.7577855 - 1e-9);
    const bands = await image.readRasters();
    const cov = bands[0] as Float32Array, sig = bands[1] as Float32Array;
    for (let i = 0; i < ras.width * ras.height; i++) {
      expect(cov[i]).toBe(ras.coverageProbability[i]);
      expect(sig[i]).toBe(ras.bestSignalDbm[i]);
    }
  });

  it.skipIf(!hasSrtm)('runs ITM point-to-point over real SRTM terrain (north of Bayreuth, ../shared/data)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fanplan-star-'));
    const p = createEmptyProject('bayreuth');
    const meters = Array.from({ length: 144 }, (_, i) => ({ id: `m${i}`, lon: 11.50 + (i % 12) * 0.01, lat: 49.90 + Math.floor(i / 12) * 0.008 }));
    const areas = [{ id: 'R', name: 'rural', class: 'rural' as const, medium: 'auto' as const, polygon: [[[11.49, 49.89], [11.63, 49.89], [11.63, 49.99], [11.49, 49.99], [11.49, 49.89]]] as [number, number][][] }];
    const collectors = [{ id: 'BS', lon: 11.56, lat: 49.94, heightM: 30, medium: 'star' as const, profileId: 'star-nb-iot' }];
    writeFileSync(join(dir, 'b.fanplan'), writeProjectFile({ ...p, meters, areas, collectors }));
    const flat = JSON.parse((await run(['b.fanplan', '--profile', 'star-nb-iot', '--json'], dir)).out);
    const hilly = await run(['b.fanplan', '--profile', 'star-nb-iot', '--json', '--terrain', srtm, '--out', 'r.csv'], dir);
    expect(hilly.code).toBe(0);
    const j = JSON.parse(hilly.out);
    expect(flat.models).toContain('itm-area');
    expect(j.models).toContain('itm-p2p');
    const rows = parseCsv(readFileSync(join(dir, 'r.csv'), 'utf8')).slice(1);
    const cl = rows.map((r) => Number(r.fields[4]));
    expect(cl.every((v) => Number.isFinite(v) && v > 30 && v < 250)).toBe(true); // ≥ free space at 20 m (57 dB) − 15 dBi
    expect(j.summary.meanDailyReadSuccess).not.toBe(flat.summary.meanDailyReadSuccess);
  });

  it('reports usage errors', async () => {
    await expect(run([], process.cwd())).rejects.toThrow(/exactly one project file/);
    await expect(run([fixture, '--raster', 'A1'], process.cwd())).rejects.toThrow(/--raster needs --out/);
    // Engine errors propagate; cli/main.ts turns them into exit code 1.
    await expect(run([fixture, '--profile', 'nope'], process.cwd())).rejects.toThrow(/no star profile with id nope/);
    const missing = await run(['nope.fanplan'], process.cwd());
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/cannot read the file/);
  });
});

import { kml as kmlToGeoJson } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { fromArrayBuffer } from 'geotiff';
import Papa from 'papaparse';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { exportCommand } from '../../cli/commands/export';
import { generateDemoProject } from '../../workers/engines/demo';
import { writeProjectFile, type Project } from '../../workers/model';
import { geoJsonProblems } from '../engines/exporters/geojson-validate';
import { readPng } from '../engines/exporters/png-read';

function io() {
  const o = { out: '', err: '' };
  return { o, io: { stdout: (t: string) => { o.out += t; }, stderr: (t: string) => { o.err += t; }, cwd: process.cwd() } };
}

let dir = '', file = '', project: Project;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'fanplan-export-'));
  file = join(dir, 'demo.fanplan');
  project = generateDemoProject({ seed: 1, meters: 600 });
  writeFileSync(file, writeProjectFile(project));
});

async function run(...args: string[]): Promise<string> {
  const { o, io: cio } = io();
  const code = await exportCommand.run([file, ...args], cio);
  expect(code, o.err).toBe(0);
  return o.out;
}

const parseKml = (text: string) => kmlToGeoJson(new DOMParser().parseFromString(text, 'text/xml') as unknown as Document) as FeatureCollection;

describe('fanplan export', () => {
  it('meters with results as GeoJSON (valid), CSV and KML (reads back to the same features)', async () => {
    await run('--what', 'meters', '--format', 'geojson', '--out', join(dir, 'm.geojson'));
    const fc = JSON.parse(readFileSync(join(dir, 'm.geojson'), 'utf8')) as FeatureCollection;
    expect(geoJsonProblems(fc)).toEqual([]);
    expect(fc.features).toHaveLength(project.meters.length);
    expect(Object.keys(fc.features[0].properties ?? {})).toEqual(expect.arrayContaining(['id', 'mesh_collector_id', 'mesh_hops', 'mesh_daily_read_success', 'mesh_reason', 'recommended_medium', 'daily_read_success']));
    expect(fc.features.every((f) => ['mesh', 'star', 'plc', null].includes(f.properties?.recommended_medium))).toBe(true);
    await run('--what', 'meters', '--format', 'csv', '--out', join(dir, 'm.csv'));
    const csv = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'm.csv'), 'utf8'), { header: true, skipEmptyLines: true });
    expect(csv.data).toHaveLength(project.meters.length);
    expect(csv.data.map((r) => r.id)).toEqual(fc.features.map((f) => f.id));
    await run('--what', 'meters', '--format', 'kml', '--out', join(dir, 'm.kml'));
    const back = parseKml(readFileSync(join(dir, 'm.kml'), 'utf8'));
    expect(back.features.map((f) => f.geometry)).toEqual(fc.features.map((f) => f.geometry));
    expect(back.features.map((f) => f.properties?.id)).toEqual(fc.features.map((f) => f.id));
  }, 60_000);

  it('routes, collectors and areas in all three vector formats', async () => {
    for (const what of ['routes', 'collectors', 'areas']) {
      await run('--what', what, '--format', 'geojson', '--out', join(dir, `${what}.geojson`));
      const fc = JSON.parse(readFileSync(join(dir, `${what}.geojson`), 'utf8')) as FeatureCollection;
      expect(geoJsonProblems(fc), what).toEqual([]);
      expect(fc.features.length, what).toBeGreaterThan(0);
      expect(new Set(fc.features.map((f) => f.geometry.type))).toEqual(new Set([{ routes: 'LineString', collectors: 'Point', areas: 'Polygon' }[what]]));
      await run('--what', what, '--format', 'kml', '--out', join(dir, `${what}.kml`));
      expect(parseKml(readFileSync(join(dir, `${what}.kml`), 'utf8')).features.map((f) => f.geometry), what).toEqual(fc.features.map((f) => f.geometry));
      await run('--what', what, '--format', 'csv', '--out', join(dir, `${what}.csv`));
      expect(Papa.parse(readFileSync(join(dir, `${what}.csv`), 'utf8'), { header: true, skipEmptyLines: true }).data).toHaveLength(fc.features.length);
    }
  }, 60_000);

  it('the per-area table as CSV, one recommended option per area', async () => {
    await run('--what', 'per-area', '--out', join(dir, 'areas.csv'));
    const rows = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'areas.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    const areas = new Set(rows.map((r) => r.area_id));
    expect(areas.size).toBe(project.areas.length);
    expect(rows.filter((r) => r.recommended === 'yes')).toHaveLength(project.areas.length);
  }, 60_000);

  it('a coverage raster as GeoTIFF (EPSG:4326, origin and pixel size) and as PNG + world file with the same georeference', async () => {
    const area = project.areas.find((a) => a.class === 'suburban') ?? project.areas[0];
    const out = await run('--what', 'raster', '--format', 'geotiff', '--area', area.id, '--cell', '100', '--out', join(dir, 'cov.tif'));
    expect(out).toMatch(/cells/);
    const buf = readFileSync(join(dir, 'cov.tif'));
    const tiff = await fromArrayBuffer(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
    const img = await tiff.getImage();
    expect(img.getGeoKeys()?.GeographicTypeGeoKey).toBe(4326);
    const [west, north] = img.getOrigin();
    const [dLon, dLat] = img.getResolution();
    const ring = area.polygon[0];
    const lons = ring.map((p) => p[0]), lats = ring.map((p) => p[1]);
    expect(west).toBeLessThanOrEqual(Math.min(...lons) + 1e-9);
    expect(north).toBeGreaterThanOrEqual(Math.max(...lats) - 1e-9);
    expect(west).toBeGreaterThan(Math.min(...lons) - 0.01);
    expect(dLat).toBeLessThan(0);
    expect(-dLat * 111_320).toBeCloseTo(100, -1); // 100 m cells
    const [bw, south, east, bn] = img.getBoundingBox();
    expect(bw).toBeCloseTo(west, 12);
    expect(bn).toBeCloseTo(north, 12);
    expect(east).toBeGreaterThanOrEqual(Math.max(...lons) - 1e-9);
    expect(south).toBeLessThanOrEqual(Math.min(...lats) + 1e-9);
    const [band] = (await img.readRasters({ samples: [0] })) as unknown as Float32Array[];
    expect(Array.from(band).some((v) => v > 0 && v <= 1)).toBe(true);

    await run('--what', 'raster', '--format', 'png', '--area', area.id, '--cell', '100', '--out', join(dir, 'cov.png'));
    const png = readPng(readFileSync(join(dir, 'cov.png')));
    expect([png.width, png.height]).toEqual([img.getWidth(), img.getHeight()]);
    expect(png.colourType).toBe(6);
    expect(new Set(Array.from(png.pixels.filter((_, i) => i % 4 === 3))).size).toBeGreaterThan(0);
    const pgw = readFileSync(join(dir, 'cov.pgw'), 'utf8').trim().split('\n').map(Number);
    expect(pgw[0]).toBeCloseTo(dLon, 12);
    expect(pgw[1]).toBe(0);
    expect(pgw[2]).toBe(0);
    expect(pgw[3]).toBeCloseTo(dLat, 12);
    expect(pgw[4]).toBeCloseTo(west + dLon / 2, 10); // centre of the top-left pixel
    expect(pgw[5]).toBeCloseTo(north + dLat / 2, 10);
  }, 60_000);

  it('rejects unsupported combinations', async () => {
    const { io: cio } = io();
    await expect(exportCommand.run([file, '--what', 'per-area', '--format', 'kml', '--out', 'x'], cio)).rejects.toThrow(/supports --format csv/);
    await expect(exportCommand.run([file, '--what', 'raster', '--format', 'png', '--out', 'x.png'], cio)).rejects.toThrow(/--area/);
    await expect(exportCommand.run([file, '--what', 'everything', '--out', 'x'], cio)).rejects.toThrow(/--what/);
  });
});

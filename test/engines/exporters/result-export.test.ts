/**
 * Whole result exports (workers/engines/exporters/result-export.ts), shared
 * by `fanplan export` and the report worker: request checks with readable
 * errors, the same GeoTIFF bytes as the CLI's writer, PNG + world file, and
 * a project without a mesh profile.
 */
import { describe, expect, it } from 'vitest';
import { fromArrayBuffer } from 'geotiff';
import { generateDemoProject } from '../../../workers/engines/demo';
import { areaRaster, buildResultExport, exportRequestProblem, exportRuns, rasterToGeoTiff } from '../../../workers/engines/exporters';
import { readPng } from './png-read';

describe('result exports', () => {
  it('explains bad requests', () => {
    expect(exportRequestProblem({ what: 'raster', format: 'png' })).toBe('a raster export needs an area');
    expect(exportRequestProblem({ what: 'per-area', format: 'geojson' as 'csv' })).toBe('per-area can be exported as csv, not "geojson"');
    expect(exportRequestProblem({ what: 'nope' as 'areas', format: 'csv' })).toMatch(/^unknown export "nope"/);
    expect(exportRequestProblem({ what: 'meters', format: 'kml' })).toBeNull();
  });

  it('writes a GeoTIFF that reads back georeferenced, and a PNG whose size matches the raster with a 6-line world file', async () => {
    const p = generateDemoProject({ seed: 6, meters: 500 });
    const ras = areaRaster(exportRuns(p, {}).scenario, p.areas[0].id, 120);
    const bytes = rasterToGeoTiff(ras);
    const img = await (await fromArrayBuffer(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)).getImage();
    expect([img.getWidth(), img.getHeight(), img.getSamplesPerPixel()]).toEqual([ras.width, ras.height, 3]);
    const g = ras.georef.grid as { westDeg: number; northDeg: number };
    expect(img.getOrigin()[0]).toBeCloseTo(g.westDeg, 9);
    expect(img.getOrigin()[1]).toBeCloseTo(g.northDeg, 9);
    const out = buildResultExport(p, { what: 'raster', format: 'png', areaId: p.areas[0].id, cellM: 120 });
    expect(out.unit).toBe('cells');
    const png = readPng(out.files[0].data as Uint8Array);
    expect(png.width * png.height).toBe(out.count);
    expect(out.files[1]).toMatchObject({ extension: '.pgw', mimeType: 'text/plain' });
    expect((out.files[1].data as string).trim().split('\n')).toHaveLength(6);
    expect(() => buildResultExport(p, { what: 'raster', format: 'geotiff', areaId: 'no-such-area' })).toThrow('no area with id no-such-area');
    expect(() => buildResultExport(p, { what: 'raster', format: 'geotiff', areaId: p.areas[0].id, cellM: 0 })).toThrow(/cell size must be within 1…1000 m/);
  });

  it('refuses routes for a project without a mesh profile, and exports collectors as KML', () => {
    const p = generateDemoProject({ seed: 6, meters: 500 });
    const noMesh = { ...p, profiles: p.profiles.filter((x) => x.medium !== 'mesh'), collectors: p.collectors.filter((c) => c.medium !== 'mesh') };
    expect(() => buildResultExport(noMesh, { what: 'routes', format: 'geojson' })).toThrow('the project has no mesh profile: no routes to export');
    const kml = buildResultExport(p, { what: 'collectors', format: 'kml' });
    expect(kml.files[0].mimeType).toBe('application/vnd.google-earth.kml+xml');
    expect((kml.files[0].data as string).match(/<Placemark>/g)).toHaveLength(p.collectors.length);
  });
});

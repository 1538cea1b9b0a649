import { zipSync } from 'fflate';
import { writeArrayBuffer } from 'geotiff';
import { describe, expect, it } from 'vitest';
import { importGeoTiff, importHgt } from '../../../workers/engines/importers/terrain';
import { geoBytes, HAVE_GEO, SKIP_GEO } from './shared-geo';

/** An SRTM3 tile (1201², int16 big-endian) of height 100 + col/10 m, with voids at the given cells. */
function syntheticHgt(voids: [number, number][] = []): Uint8Array {
  const n = 1201;
  const bytes = new Uint8Array(n * n * 2);
  const v = new DataView(bytes.buffer);
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) v.setInt16(2 * (r * n + c), 100 + Math.floor(c / 10), false);
  for (const [r, c] of voids) v.setInt16(2 * (r * n + c), -32768, false);
  return bytes;
}

/** A small float32 GeoTIFF in EPSG:4326 (or another code) with the given heights, row 0 north. */
function syntheticTiff(values: number[], width: number, code = 4326, tie: [number, number] = [139, 36], step = 0.01): ArrayBuffer {
  return writeArrayBuffer(Float32Array.from(values), {
    width, height: values.length / width, ModelPixelScale: [step, step, 0], ModelTiepoint: [0, 0, 0, tie[0], tie[1], 0],
    ...(code === 4326 ? { GeographicTypeGeoKey: 4326, GTModelTypeGeoKey: 2 } : { ProjectedCSTypeGeoKey: code, GTModelTypeGeoKey: 1 }), GTRasterTypeGeoKey: 1,
  });
}

describe('SRTM .hgt import', () => {
  it('reads a tile with bilinear sampling and never returns a void as a height', () => {
    const r = importHgt(syntheticHgt([[600, 600], [600, 601]]), 'N35E139.hgt');
    expect(r.errors).toEqual([]);
    expect(r.bbox).toEqual([139, 35, 140, 36]);
    expect(r.counts).toMatchObject({ samples: 1201 * 1201, voids: 2 });
    expect(r.warnings[0].message).toMatch(/2 void samples/);
    const tile = r.entities.tile!;
    expect(tile.sample(139 + 59.5 / 1200, 35.9)).toBeCloseTo(105.5, 6); // halfway between columns 59 and 60 (heights 105, 106)
    const nearVoid = tile.sampleDetailed(139 + 600.5 / 1200, 36 - 600 / 1200);
    expect(nearVoid.filled).toBe(true);
    expect(nearVoid.heightM).toBeGreaterThan(150);
    expect(nearVoid.heightM).toBeLessThan(170);
  });

  it('reports a truncated zip, a wrong-sized file and a bad name clearly', () => {
    const zip = zipSync({ 'N35E139.hgt': syntheticHgt() });
    const ok = importHgt(zip, 'N35E139.hgt.zip');
    expect(ok.errors).toEqual([]);
    const cut = importHgt(zip.slice(0, zip.length - 200), 'N35E139.hgt.zip');
    expect(cut.entities.tile).toBeNull();
    expect(cut.errors).toEqual([{ file: 'N35E139.hgt.zip', message: expect.stringMatching(/\.zip archive is corrupt or truncated/) }]);
    expect(importHgt(new Uint8Array(1000), 'N35E139.hgt').errors[0].message).toMatch(/neither SRTM3/);
    expect(importHgt(syntheticHgt(), 'terrain.hgt').errors[0].message).toMatch(/not an SRTM tile name/);
  });
});

describe('GeoTIFF import', () => {
  it('reads a float32 DEM, counting NaN and nodata voids and never sampling them', async () => {
    const values = [10, 20, 30, NaN, 10, 20, 30, 40, 10, 20, 30, 40];
    const r = await importGeoTiff(syntheticTiff(values, 4), { fileName: 'nan.tif' });
    expect(r.errors).toEqual([]);
    expect(r.counts).toMatchObject({ samples: 12, voids: 1 });
    expect(r.warnings[0]).toMatchObject({ file: 'nan.tif', field: 'heights' });
    const tile = r.entities.tile!;
    // pixel centres: lon 139.005 + 0.01·col, lat 35.995 − 0.01·row
    expect(tile.sample(139.01, 35.985)).toBeCloseTo(15, 4);
    const next = tile.sampleDetailed(139.03, 35.99);
    expect(next.filled).toBe(true);
    expect(Number.isNaN(next.heightM)).toBe(false);
    const all = await importGeoTiff(syntheticTiff([NaN, NaN, NaN, NaN], 2), { fileName: 'void.tif' });
    expect(all.errors[0].message).toMatch(/every sample is a void/);
  });

  it('reads a projected (UTM) DEM and samples it by lon/lat', async () => {
    const r = await importGeoTiff(syntheticTiff([1, 2, 3, 4], 2, 32653, [500000, 3850000], 100), { fileName: 'utm.tif' });
    expect(r.errors).toEqual([]);
    expect(r.crs).toBe('EPSG:32653');
    expect(r.bbox![0]).toBeCloseTo(135, 2);
    const tile = r.entities.tile!;
    const [w, s, e, n] = r.bbox!;
    expect(tile.sample((w + e) / 2, (s + n) / 2)).toBeCloseTo(2.5, 1);
  });

  it('reports files that are not GeoTIFFs or lack a CRS', async () => {
    expect((await importGeoTiff(new Uint8Array([1, 2, 3, 4]), { fileName: 'x.tif' })).errors[0].message).toMatch(/not a readable GeoTIFF/);
    const plain = writeArrayBuffer(Float32Array.from([1, 2, 3, 4]), { width: 2, height: 2, GeographicTypeGeoKey: 32767, GTModelTypeGeoKey: 2 }); // user-defined CRS
    expect((await importGeoTiff(plain, { fileName: 'plain.tif' })).errors[0].message).toMatch(/names no EPSG CRS/);
  });
});

describe.skipIf(!HAVE_GEO)(HAVE_GEO ? 'Osaka SRTM1 GeoTIFF (../shared/data/geo/osaka)' : `Osaka SRTM1 GeoTIFF (../shared/data/geo/osaka) — ${SKIP_GEO}`, () => {
  it('checks out at known points: Osaka Bay near 0 m, the Rokko summit area above 850 m', async () => {
    const r = await importGeoTiff(geoBytes('osaka/osaka-srtm1.tif'), { fileName: 'osaka-srtm1.tif' });
    expect(r.errors).toEqual([]);
    expect(r.crs).toBe('EPSG:6668');
    const tile = r.entities.tile!;
    for (const [lon, lat] of [[135.35, 34.6], [135.40, 34.55], [135.30, 34.62]]) expect(Math.abs(tile.sample(lon, lat))).toBeLessThan(5);
    let rokko = -Infinity; // Mt Rokko summit 931 m at 34.778 N, 135.264 E
    for (let i = -5; i <= 5; i++) for (let j = -5; j <= 5; j++) rokko = Math.max(rokko, tile.sample(135.2636 + i * 0.0005, 34.7781 + j * 0.0005));
    expect(rokko).toBeGreaterThan(850);
    expect(rokko).toBeLessThan(940);
    expect(tile.sample(135.5, 34.69)).toBeLessThan(60); // central Osaka on the plain
    expect(r.entities.heightM(135.5, 34.69)).toBe(tile.sample(135.5, 34.69));
  });
});


/**
 * Fuzzing the binary importers (RELIABILITY.md §2): Shapefile areas (shpjs),
 * SRTM .hgt and .hgt.zip (fflate unzip) and GeoTIFF DEMs (geotiff). Byte
 * flips, truncation, poisoned length and size fields, zip bombs (declared
 * and lying) and 10^7-record files must give a structured ImportResult.
 */
import { zipSync } from 'fflate';
import fc from 'fast-check';
import { writeArrayBuffer } from 'geotiff';
import { afterAll, describe, expect, it } from 'vitest';
import { importAreasShapefile, importGeoTiff, importHgt } from '../../workers/engines/importers';
import { MAX_HGT_BYTES } from '../../workers/engines/importers/terrain';
import { expectStructured, mutatedBytes, Tally } from './fuzz-kit';
import { polygonShp } from '../fixtures/importers/shapefile';

/** Runs per fuzzer (FANPLAN_FUZZ_RUNS overrides, for longer local runs); recorded in RELIABILITY.md. */
export const BINARY_RUNS = Number(process.env.FANPLAN_FUZZ_RUNS) || 150;
const tally = new Tally();
afterAll(() => tally.print('binary importers fuzzed:'));

/** A dBase III table with one character column NAME. */
function dbf(names: string[]): Uint8Array {
  const rec = 1 + 10;
  const v = new DataView(new ArrayBuffer(32 + 32 + 1 + names.length * rec + 1));
  const b = new Uint8Array(v.buffer);
  v.setUint8(0, 3);
  v.setUint32(4, names.length, true);
  v.setUint16(8, 65, true);
  v.setUint16(10, rec, true);
  b.set(new TextEncoder().encode('NAME'), 32);
  b[32 + 11] = 'C'.charCodeAt(0);
  b[32 + 16] = 10;
  b[64] = 0x0d;
  names.forEach((n, i) => { b[65 + i * rec] = 0x20; b.set(new TextEncoder().encode(n.padEnd(10).slice(0, 10)), 66 + i * rec); });
  b[b.length - 1] = 0x1a;
  return b;
}

const WGS_PRJ = 'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const SHP_SEEDS = [polygonShp([[135.5, 34.7, 0.01], [135.6, 34.7, 0.01]]), polygonShp([[500000, 3850000, 1000]])];

describe('Shapefile areas', () => {
  it('mutated .shp/.dbf/.prj give a structured result', () => {
    fc.assert(fc.property(mutatedBytes(SHP_SEEDS), fc.option(mutatedBytes([dbf(['Kita', 'Chuo'])])), fc.constantFrom(undefined, WGS_PRJ, 'GARBAGE', 'PROJCS["x"]', 'EPSG:99999'), (shp, d, prj) => {
      const r = tally.run('Shapefile', () => importAreasShapefile({ shp, dbf: d ?? undefined, prj }, { fileName: 'a.shp', defaultClass: 'rural' }));
      expectStructured(r, 'a.shp');
    }), { numRuns: BINARY_RUNS });
  });

  it('10^7 records, NaN/Infinity coordinates and absurd lengths give structured errors', () => {
    const nulls = new DataView(new ArrayBuffer(100 + 10_000_000 * 12));
    nulls.setInt32(0, 9994, false);
    nulls.setInt32(24, nulls.byteLength / 2, false);
    nulls.setInt32(32, 5, true);
    for (let k = 0, o = 100; k < 10_000_000; k++, o += 12) nulls.setInt32(o + 4, 2, false);
    const huge = tally.run('Shapefile', () => importAreasShapefile({ shp: new Uint8Array(nulls.buffer) }, { fileName: 'a.shp' }));
    expectStructured(huge, 'a.shp');
    expect(huge.errors[0].message).toMatch(/more than 2000000 shapes/);
    for (const bad of [NaN, Infinity, -Infinity, 1e308]) {
      const shp = polygonShp([[bad, 34.7, 0.01], [135.5, bad, 0.01]]);
      expectStructured(tally.run('Shapefile', () => importAreasShapefile({ shp }, { fileName: 'a.shp' })), 'a.shp');
    }
    const lying = polygonShp([[135.5, 34.7, 0.01]]);
    new DataView(lying.buffer).setInt32(100 + 48, 0x7fffffff, true); // a ring with 2^31 points
    expectStructured(tally.run('Shapefile', () => importAreasShapefile({ shp: lying }, { fileName: 'a.shp' })), 'a.shp');
  });
});

/** An SRTM3 tile of height 100 + col/10 m. */
function hgt(): Uint8Array {
  const n = 1201;
  const v = new DataView(new ArrayBuffer(n * n * 2));
  for (let i = 0; i < n * n; i++) v.setInt16(2 * i, 100 + Math.floor((i % n) / 10), false);
  return new Uint8Array(v.buffer);
}

/** Set the uncompressed size of the (single) entry in a zip's local header and central directory. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const z = zip.slice();
  const v = new DataView(z.buffer);
  v.setUint32(22, size, true);
  let cd = z.length - 22;
  while (!(z[cd] === 0x50 && z[cd + 1] === 0x4b && z[cd + 2] === 1 && z[cd + 3] === 2)) cd--;
  v.setUint32(cd + 24, size, true);
  return z;
}

describe('SRTM .hgt and .hgt.zip', () => {
  const tile = hgt();
  const zip = zipSync({ 'N35E139.hgt': tile }, { level: 1 });

  it('mutated tiles and archives give a structured result', () => {
    fc.assert(fc.property(mutatedBytes([tile, zip, zip.slice(0, 400)]), fc.constantFrom('N35E139.hgt', 'N35E139.hgt.zip', 'X.hgt', 'S91W181.hgt'), (bytes, name) => {
      expectStructured(tally.run('SRTM .hgt/.zip', () => importHgt(bytes, name)), name);
    }), { numRuns: BINARY_RUNS });
  });

  it('zip bombs: a declared 4 GB entry is refused unread; a lying one is cut at its declared size', () => {
    const declared = tally.run('SRTM .hgt/.zip', () => importHgt(declareSize(zip, 0xfffffff0), 'N35E139.hgt.zip'));
    expectStructured(declared, 'N35E139.hgt.zip');
    expect(declared.errors[0].message).toMatch(/would unpack to 4294967280 bytes, more than an SRTM1 tile/);
    // 16 MiB of zeros declared as an SRTM3 tile: fflate inflates into a buffer of the declared size, no more.
    const bomb = declareSize(zipSync({ 'N35E139.hgt': new Uint8Array(16 * 1024 * 1024) }, { level: 1 }), 1201 * 1201 * 2);
    const before = process.memoryUsage().arrayBuffers;
    const lying = tally.run('SRTM .hgt/.zip', () => importHgt(bomb, 'N35E139.hgt.zip'));
    expectStructured(lying, 'N35E139.hgt.zip');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(MAX_HGT_BYTES * 4);
    const many = zipSync(Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`d/${i}.hgt`, new Uint8Array(8)])));
    expectStructured(tally.run('SRTM .hgt/.zip', () => importHgt(many, 'N35E139.hgt.zip')), 'N35E139.hgt.zip');
  });
});

describe('GeoTIFF DEMs', () => {
  const tif = new Uint8Array(writeArrayBuffer(Float32Array.from({ length: 64 }, (_, i) => 100 + i), {
    width: 8, height: 8, ModelPixelScale: [0.01, 0.01, 0], ModelTiepoint: [0, 0, 0, 139, 36, 0], GeographicTypeGeoKey: 4326, GTModelTypeGeoKey: 2, GTRasterTypeGeoKey: 1,
  }));
  const special = new Uint8Array(writeArrayBuffer(Float32Array.from([NaN, Infinity, -Infinity, 1e38, NaN, 0, -0, 5]), {
    width: 4, height: 2, ModelPixelScale: [NaN, 0, 0], ModelTiepoint: [0, 0, 0, Infinity, 36, 0], ProjectedCSTypeGeoKey: 32653, GTModelTypeGeoKey: 1,
  }));

  it('mutated files, NaN/Infinity samples and transforms, and wrong CRSs give a structured result', async () => {
    await fc.assert(fc.asyncProperty(mutatedBytes([tif, special]), fc.constantFrom(undefined, 'EPSG:4326', 'EPSG:32653', 'EPSG:99999', 'nonsense'), async (bytes, crs) => {
      expectStructured(await tally.runAsync('GeoTIFF', () => importGeoTiff(bytes, { fileName: 'd.tif', crs })), 'd.tif');
    }), { numRuns: BINARY_RUNS });
  });

  it('a raster declaring 2^31 × 2^31 samples is refused before decoding', async () => {
    const v = new DataView(tif.slice().buffer);
    const le = tif[0] === 0x49; // 'II' little-endian, 'MM' big-endian
    // Patch ImageWidth (256) and ImageLength (257) in the first IFD to LONG 2^31 − 1.
    const ifd = v.getUint32(4, le);
    let patched = 0;
    for (let k = 0, n = v.getUint16(ifd, le); k < n; k++) {
      const e = ifd + 2 + 12 * k, tag = v.getUint16(e, le);
      if (tag === 256 || tag === 257) { v.setUint16(e + 2, 4, le); v.setUint32(e + 4, 1, le); v.setUint32(e + 8, 0x7fffffff, le); patched++; }
    }
    expect(patched).toBe(2);
    const r = await tally.runAsync('GeoTIFF', () => importGeoTiff(new Uint8Array(v.buffer), { fileName: 'd.tif' }));
    expectStructured(r, 'd.tif');
    expect(r.errors[0].message).toMatch(/2147483647×2147483647, more than the 67108864 samples/);
  });
});

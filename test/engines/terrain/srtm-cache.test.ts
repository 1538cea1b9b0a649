import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { GridDemTile } from '../../../workers/engines/terrain/dem-tile';
import { parseSrtmName, readHgt, readHgtOrZip, srtmTileName } from '../../../workers/engines/terrain/srtm';
import { DemMosaic, DemTileCache } from '../../../workers/engines/terrain/tile-cache';
import { SHARED_DATA, SKIP_MESSAGE, sharedPath } from '../propagation/shared-data';

/** A synthetic SRTM3 tile: height = row + col, big-endian, with one void. */
function syntheticHgt(): Uint8Array {
  const n = 1201;
  const bytes = new Uint8Array(n * n * 2);
  const view = new DataView(bytes.buffer);
  for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) view.setInt16(2 * (r * n + c), r + c, false);
  view.setInt16(2 * (600 * n + 600), -32768, false);
  return bytes;
}

describe('SRTM .hgt reader', () => {
  it('parses names and corners', () => {
    expect(parseSrtmName('N49E011.hgt')).toEqual({ lat: 49, lon: 11 });
    expect(parseSrtmName('dir/s12w077.hgt')).toEqual({ lat: -12, lon: -77 });
    expect(srtmTileName(11.5, 49.2)).toBe('N49E011');
    expect(srtmTileName(-76.1, -11.5)).toBe('S12W077');
    expect(() => parseSrtmName('foo.hgt')).toThrow();
  });

  it('reads big-endian int16 rows north to south and samples them; the void is bridged, never returned', () => {
    const tile = readHgt(syntheticHgt(), 'N35E139.hgt');
    expect(tile.id).toBe('N35E139');
    expect(tile.bounds).toEqual({ west: 139, south: 35, east: 140, north: 36 });
    expect(tile.sample(139, 36)).toBe(0); // NW corner: row 0, col 0
    expect(tile.sample(140, 35)).toBeCloseTo(2400, 9); // SE corner: row 1200, col 1200
    expect(tile.sample(139 + 0.5, 36 - 0.25)).toBeCloseTo(300 + 600, 6);
    const atVoid = tile.sampleDetailed(139 + 600 / 1200, 36 - 600 / 1200);
    expect(atVoid.filled).toBe(true);
    expect(atVoid.heightM).toBeGreaterThan(1190);
    expect(atVoid.heightM).toBeLessThan(1210);
    expect(() => readHgt(new Uint8Array(1000), 'N35E139.hgt')).toThrow(/neither/);
  });

  it('unzips .hgt.zip bytes', () => {
    const zip = zipSync({ 'N35E139.hgt': syntheticHgt() });
    expect(readHgtOrZip(zip, 'N35E139.hgt.zip').sample(139, 36)).toBe(0);
  });

  it.skipIf(!SHARED_DATA)(`reads the real N49E011 SRTM3 tile ${SHARED_DATA ? '' : `(${SKIP_MESSAGE})`}`, () => {
    const tile = readHgtOrZip(new Uint8Array(readFileSync(sharedPath('geo/N49E011.hgt.zip'))), 'N49E011.hgt.zip');
    expect(tile.width).toBe(1201);
    const bayreuth = tile.sample(11.58, 49.95); // Bayreuth lies at about 340–360 m
    expect(bayreuth).toBeGreaterThan(300);
    expect(bayreuth).toBeLessThan(500);
    for (let i = 0; i < 200; i++) {
      const h = tile.sample(11 + (i * 0.6180339) % 1, 49 + (i * 0.4142135) % 1);
      expect(h === h && h > -100 && h < 1200).toBe(true);
    }
  });
});

describe('tile cache', () => {
  const tile = (id: string, bytes: number) => new GridDemTile(id, 2, bytes / 8, new Float32Array(bytes / 4), { kind: 'latlon', west: 0, north: 1, dLonDeg: 1, dLatDeg: 1 / (bytes / 8 - 1) });

  it('evicts least recently used tiles by bytes', () => {
    const cache = new DemTileCache(100);
    cache.set('a', tile('a', 40));
    cache.set('b', tile('b', 40));
    expect(cache.get('a')?.id).toBe('a'); // a is now most recent
    cache.set('c', tile('c', 40)); // 120 > 100: evict b (least recent)
    expect(cache.has('b')).toBe(false);
    expect(cache.has('a') && cache.has('c')).toBe(true);
    expect(cache.bytes).toBe(80);
    cache.set('big', tile('big', 160)); // larger than the budget: kept alone
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(160);
    expect(cache.delete('big')).toBe(true);
    expect(cache.bytes).toBe(0);
  });

  it('loads tiles on demand through a mosaic and samples NaN where there is none', () => {
    const cache = new DemTileCache(1e9);
    let loads = 0;
    const mosaic = new DemMosaic(cache, srtmTileName, (key) => {
      loads++;
      return key === 'N35E139' ? readHgt(syntheticHgt(), key) : null;
    });
    expect(mosaic.sample(139.5, 35.75)).toBeCloseTo(900, 6);
    expect(mosaic.sample(139.6, 35.7)).toBeGreaterThan(0);
    expect(loads).toBe(1);
    expect(mosaic.sample(141.5, 35.5)).toBeNaN();
  });
});

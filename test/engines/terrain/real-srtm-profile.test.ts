import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readHgtOrZip, srtmTileName } from '../../../workers/engines/terrain/srtm';
import { DemMosaic, DemTileCache } from '../../../workers/engines/terrain/tile-cache';
import { pathProfile } from '../../../workers/engines/terrain/profile';
import { defaultPropagationRegistry } from '../../../workers/engines/propagation/registry';
import { freeSpaceLossDb } from '../../../workers/engines/propagation/free-space';
import { SHARED_DATA, SKIP_MESSAGE, sharedPath } from '../propagation/shared-data';

describe.skipIf(!SHARED_DATA)(`profiles over the real Bayreuth SRTM3 tiles ${SHARED_DATA ? '' : `(${SKIP_MESSAGE})`}`, () => {
  it('crosses the N49/N50 tile edge through the cached mosaic with continuous, finite heights', () => {
    const files: Record<string, string> = { N49E011: 'geo/N49E011.hgt.zip', N50E011: 'geo/N50E011.hgt.zip' };
    const cache = new DemTileCache(64 * 1024 * 1024);
    const mosaic = new DemMosaic(cache, srtmTileName, (key) =>
      files[key] ? readHgtOrZip(new Uint8Array(readFileSync(sharedPath(files[key]))), `${key}.hgt.zip`) : null);
    // Edge rows are shared: both tiles give the same height on the 50°N line.
    const south = readHgtOrZip(new Uint8Array(readFileSync(sharedPath(files.N49E011))), 'N49E011.hgt.zip');
    const north = readHgtOrZip(new Uint8Array(readFileSync(sharedPath(files.N50E011))), 'N50E011.hgt.zip');
    expect(south.sample(11.5712, 50)).toBeCloseTo(north.sample(11.5712, 50), 6);
    const r = pathProfile(mosaic, { lonDeg: 11.55, latDeg: 49.9 }, { lonDeg: 11.6, latDeg: 50.1 }, { spacingM: 90 });
    if (!r.ok) throw new Error(r.error);
    expect(cache.size).toBe(2);
    const z = Array.from(r.pfl.subarray(2));
    expect(z.length).toBe(r.pfl[0] + 1);
    expect(z.every((h) => Number.isFinite(h) && h > 250 && h < 900)).toBe(true);
    // No step larger than a steep 90 m slope anywhere, including at the tile edge.
    for (let i = 1; i < z.length; i++) expect(Math.abs(z[i] - z[i - 1])).toBeLessThan(60);
    // The PFL feeds ITM point-to-point directly (920 MHz, 10 m collector, 1.5 m meter).
    const itm = defaultPropagationRegistry().evaluate('itm-p2p', { freqMHz: 920, distanceKm: r.distanceM / 1000, txHeightM: 10, rxHeightM: 1.5, profile: r.pfl });
    expect(itm.ok).toBe(true);
    if (itm.ok) expect(itm.lossDb).toBeGreaterThan(freeSpaceLossDb(920, r.distanceM / 1000));
  });
});

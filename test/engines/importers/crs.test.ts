import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveCrs } from '../../../workers/engines/importers/crs';
import { createLocalProjection } from '../../../workers/engines/geo/local-projection';

const codes = [4326, 4612, 6668, 3857, ...Array.from({ length: 19 }, (_, i) => 2443 + i), ...Array.from({ length: 19 }, (_, i) => 6669 + i),
  ...[51, 52, 53, 54, 55].flatMap((z) => [3046 + z, 6637 + z]), ...[51, 52, 53, 54, 55, 56].map((z) => 32600 + z)];

describe('CRS resolution', () => {
  it('knows the common Japanese EPSG codes', () => {
    for (const c of codes) expect(resolveCrs(`EPSG:${c}`).ok, `EPSG:${c}`).toBe(true);
    expect(resolveCrs('urn:ogc:def:crs:OGC:1.3:CRS84').ok).toBe(true);
    const bad = resolveCrs('EPSG:99999');
    expect(bad.ok ? '' : bad.message).toMatch(/EPSG:99999 is not known/);
  });

  it('puts each plane rectangular origin at its published latitude and longitude', () => {
    const origins: [number, number, number][] = [[6669, 33, 129.5], [6677, 36, 139 + 50 / 60], [6679, 44, 140.25], [6680, 44, 142.25], [6687, 26, 154]];
    for (const [code, lat, lon] of origins) {
      const r = resolveCrs(`EPSG:${code}`);
      if (!r.ok) throw new Error(r.message);
      const [x, y] = r.crs.toWgs84(0, 0);
      expect(x).toBeCloseTo(lon, 9);
      expect(y).toBeCloseTo(lat, 9);
      expect(r.crs.geographic).toBe(false);
    }
  });

  it('agrees with our own Transverse Mercator for UTM 54N, and round-trips', () => {
    const r = resolveCrs('EPSG:32654');
    if (!r.ok) throw new Error(r.message);
    const equator = createLocalProjection(141, 0);
    fc.assert(fc.property(fc.double({ min: 138, max: 144, noNaN: true }), fc.double({ min: 24, max: 46, noNaN: true }), (lon, lat) => {
      const [e, n] = r.crs.fromWgs84(lon, lat);
      const [x, y] = equator.toLocal(lon, lat);
      expect(e).toBeCloseTo(500000 + 0.9996 * x, 2);
      expect(n).toBeCloseTo(0.9996 * y, 2);
      const [lon2, lat2] = r.crs.toWgs84(e, n);
      expect(lon2).toBeCloseTo(lon, 8);
      expect(lat2).toBeCloseTo(lat, 8);
    }), { numRuns: 200 });
  });

  it('reads WKT from a .prj and says why a bad one fails', () => {
    const jgd = resolveCrs('GEOGCS["JGD2011",DATUM["D_Japanese_Geodetic_Datum_2011",SPHEROID["GRS_1980",6378137,298.257222101]],PRIMEM["Greenwich",0],UNIT["Degree",0.017453292519943295]]');
    expect(jgd.ok && jgd.crs.name).toBe('WKT: JGD2011');
    expect(jgd.ok && jgd.crs.geographic).toBe(true);
    expect(jgd.ok && jgd.crs.toWgs84(135.5, 34.7)).toEqual([135.5, 34.7]);
    const bad = resolveCrs('PROJCS["broken"');
    expect(bad.ok).toBe(false);
  });
});

import fc from 'fast-check';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { createLocalProjection } from '../../../workers/engines/geo/local-projection';

// Independent reference: PROJ's tmerc as implemented by proj4js, same origin and ellipsoid.
const reference = (lon0: number, lat0: number) => proj4('EPSG:4326', `+proj=tmerc +lat_0=${lat0} +lon_0=${lon0} +k=1 +x_0=0 +y_0=0 +ellps=GRS80 +units=m +no_defs`);

const origin = fc.record({ lon0: fc.double({ min: 122, max: 154, noNaN: true }), lat0: fc.double({ min: 20, max: 46, noNaN: true }) });
// Offsets up to ±50 km in each direction (about ±0.55° of longitude at 46°N).
const offset = fc.record({ dx: fc.double({ min: -0.55, max: 0.55, noNaN: true }), dy: fc.double({ min: -0.45, max: 0.45, noNaN: true }) });

describe('local Transverse Mercator projection', () => {
  it('agrees with proj4 tmerc within 1 mm over ±50 km', () => {
    fc.assert(fc.property(origin, offset, ({ lon0, lat0 }, { dx, dy }) => {
      const p = createLocalProjection(lon0, lat0);
      const [x, y] = p.toLocal(lon0 + dx, lat0 + dy);
      const [rx, ry] = reference(lon0, lat0).forward([lon0 + dx, lat0 + dy]);
      expect(Math.hypot(x - rx, y - ry)).toBeLessThan(1e-3);
    }), { numRuns: 300 });
  });

  it('round-trips positions within 1 cm over 50 km', () => {
    fc.assert(fc.property(origin, offset, ({ lon0, lat0 }, { dx, dy }) => {
      const p = createLocalProjection(lon0, lat0);
      const [x, y] = p.toLocal(lon0 + dx, lat0 + dy);
      const [lon, lat] = p.toLonLat(x, y);
      const [x2, y2] = p.toLocal(lon, lat);
      expect(Math.hypot(x2 - x, y2 - y)).toBeLessThan(0.01);
      // 1 cm is about 9e-8 degrees of latitude.
      expect(Math.abs(lat - (lat0 + dy))).toBeLessThan(9e-8);
    }), { numRuns: 300 });
  });

  it('maps the origin to (0, 0) and north to +y, east to +x', () => {
    const p = createLocalProjection(139.7, 35.7);
    const [x0, y0] = p.toLocal(139.7, 35.7);
    expect(Math.abs(x0) + Math.abs(y0)).toBeLessThan(1e-9);
    const [, yn] = p.toLocal(139.7, 35.71);
    const [xe] = p.toLocal(139.71, 35.7);
    // 0.01° = 1.745329e-4 rad. At φ = 35.7° on GRS80 (a = 6378137, e² = 0.00669438, sin²φ = 0.340474):
    //   W² = 1 − e² sin²φ = 0.9977207;  N = a / W = 6385421.6;  M = a (1 − e²) / W³ = 6357170.
    //   north: M Δφ = 6357170 × 1.745329e-4 = 1109.53 m;  east (on the central parallel): N cos φ Δλ = 6385421.6 × 0.812084 × 1.745329e-4 = 905.04 m.
    expect(yn).toBeCloseTo(1109.53, 1);
    expect(xe).toBeCloseTo(905.04, 1);
  });

  it('rejects a nonsense origin', () => {
    expect(() => createLocalProjection(NaN, 35)).toThrow(RangeError);
    expect(() => createLocalProjection(139, 90)).toThrow(RangeError);
  });
});

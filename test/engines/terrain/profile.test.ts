import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GridDemTile } from '../../../workers/engines/terrain/dem-tile';
import { greatCircleDistanceM } from '../../../workers/engines/terrain/geodesy';
import { earthBulgeM, pathProfile } from '../../../workers/engines/terrain/profile';

const flat = (z: number) => ({ sample: () => z });

describe('path profiles (PFL)', () => {
  it('has n + 3 entries, equal spacing ≤ the request, and n·spacing = great-circle distance', () => {
    fc.assert(fc.property(
      fc.double({ min: 139, max: 140, noNaN: true }), fc.double({ min: 35, max: 36, noNaN: true }),
      fc.double({ min: 139, max: 140, noNaN: true }), fc.double({ min: 35, max: 36, noNaN: true }), fc.double({ min: 10, max: 500, noNaN: true }),
      (lon1, lat1, lon2, lat2, spacing) => {
        const d = greatCircleDistanceM(lon1, lat1, lon2, lat2);
        fc.pre(d > 1);
        const r = pathProfile(flat(5), { lonDeg: lon1, latDeg: lat1 }, { lonDeg: lon2, latDeg: lat2 }, { spacingM: spacing });
        if (!r.ok) return false;
        const n = r.pfl[0];
        expect(r.pfl.length).toBe(n + 3);
        expect(r.pfl[1]).toBeLessThanOrEqual(spacing + 1e-9);
        expect(n * r.pfl[1]).toBeCloseTo(d, 6);
        expect(n).toBe(Math.max(1, Math.ceil(d / spacing - 1e-9)));
        return Array.from(r.pfl.subarray(2)).every((z) => z === 5);
      }));
  });

  it('samples the terrain at the end points and along a meridian', () => {
    // Plane over lat: z = 1000·(lat − 35)
    const z = new Float64Array(3 * 101);
    for (let r = 0; r <= 100; r++) for (let c = 0; c < 3; c++) z[r * 3 + c] = 1000 * (1 - r / 100);
    const tile = new GridDemTile('t', 3, 101, z, { kind: 'latlon', west: 139, north: 36, dLonDeg: 0.5, dLatDeg: 0.01 });
    const r = pathProfile(tile, { lonDeg: 139.5, latDeg: 35.1 }, { lonDeg: 139.5, latDeg: 35.9 }, { spacingM: 1000 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pfl[2]).toBeCloseTo(100, 6);
    expect(r.pfl[r.pfl.length - 1]).toBeCloseTo(900, 6);
    const n = r.pfl[0];
    for (let i = 0; i <= n; i++) expect(r.pfl[2 + i]).toBeCloseTo(100 + (800 * i) / n, 3);
  });

  it('adds the earth bulge x·(d − x)/(2kR) with the curvature option', () => {
    const from = { lonDeg: 139, latDeg: 35 };
    const to = { lonDeg: 139.5, latDeg: 35 };
    const raw = pathProfile(flat(0), from, to, { spacingM: 100 });
    const curved = pathProfile(flat(0), from, to, { spacingM: 100, curvature: { kFactor: 4 / 3 } });
    if (!raw.ok || !curved.ok) throw new Error('profile failed');
    const n = curved.pfl[0];
    const mid = Math.floor(n / 2);
    const d = curved.distanceM;
    // ~45.6 km path: bulge at mid-path = (d/2)²/(2·(4/3)·6 371 008.8) ≈ 30.6 m
    expect(curved.pfl[2 + mid]).toBeCloseTo(earthBulgeM(mid * curved.pfl[1], d, 4 / 3), 9);
    expect(curved.pfl[2 + mid]).toBeGreaterThan(30);
    expect(curved.pfl[2]).toBe(0);
    expect(curved.pfl[2 + n]).toBe(0);
    expect(raw.pfl[2 + mid]).toBe(0);
  });

  it('fills voids along the path and never emits NaN; errors when there is no data', () => {
    const holey = { sample: (lon: number) => (lon > 139.2 && lon < 139.3 ? NaN : lon > 139.45 ? NaN : 10 * (lon - 139)) };
    const r = pathProfile(holey, { lonDeg: 139, latDeg: 35 }, { lonDeg: 139.5, latDeg: 35 }, { spacingM: 200 });
    if (!r.ok) throw new Error(r.error);
    expect(r.filledPoints).toBeGreaterThan(0);
    expect(Array.from(r.pfl).every((v) => Number.isFinite(v))).toBe(true);
    expect(pathProfile({ sample: () => NaN }, { lonDeg: 0, latDeg: 0 }, { lonDeg: 0.1, latDeg: 0 }, { spacingM: 100 }).ok).toBe(false);
  });

  it('rejects nonsense', () => {
    const p = { lonDeg: 139, latDeg: 35 };
    expect(pathProfile(flat(0), p, p, { spacingM: 10 }).ok).toBe(false);
    expect(pathProfile(flat(0), p, { lonDeg: 139.1, latDeg: 35 }, { spacingM: 0 }).ok).toBe(false);
    expect(pathProfile(flat(0), p, { lonDeg: NaN, latDeg: 35 }, { spacingM: 10 }).ok).toBe(false);
    expect(pathProfile(flat(0), p, { lonDeg: 139.1, latDeg: 35 }, { spacingM: 10, curvature: { kFactor: 0 } }).ok).toBe(false);
  });
});

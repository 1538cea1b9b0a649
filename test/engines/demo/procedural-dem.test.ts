import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terrainRefSchema } from '../../../workers/model';
import { createProceduralTerrain, materialiseProceduralDem, type ProceduralDemParams } from '../../../workers/engines/demo/procedural-dem';

const params: ProceduralDemParams = {
  seed: 5, west: 139.0, east: 139.4, south: 35.7, north: 35.85, cellSizeM: 90,
  baseHeightM: 100, mountainLon: 139.25, reliefM: 600, valleySpacingM: 3000,
};

describe('procedural DEM terrain reference', () => {
  it('is a backward-compatible terrain ref format, validated', () => {
    expect(terrainRefSchema.safeParse({ id: 'a', format: 'hgt', path: 'N35E139.hgt' }).success).toBe(true);
    expect(terrainRefSchema.safeParse({ id: 'b', format: 'geotiff', path: 'dem.tif', crs: 'EPSG:6668' }).success).toBe(true);
    expect(terrainRefSchema.safeParse({ id: 'c', format: 'procedural', procedural: params }).success).toBe(true);
    const swapped = terrainRefSchema.safeParse({ id: 'd', format: 'procedural', procedural: { ...params, east: 138 } });
    expect(swapped.success ? '' : swapped.error.issues[0].message).toMatch(/east must exceed west/);
    const missing = terrainRefSchema.safeParse({ id: 'e', format: 'procedural' });
    expect(missing.success ? [] : missing.error.issues.map((i) => i.path.join('.'))).toContain('procedural');
    expect(terrainRefSchema.safeParse({ id: 'f', format: 'procedural', procedural: params, path: 'x' }).success).toBe(false);
    expect(terrainRefSchema.safeParse({ id: 'g', format: 'hgt' }).success).toBe(false);
  });
});

describe('procedural DEM', () => {
  it('materialises deterministically, matching the analytic heights at grid nodes', () => {
    const a = materialiseProceduralDem(params), b = materialiseProceduralDem(params);
    expect(a.tile.heights).toEqual(b.tile.heights);
    const terrain = createProceduralTerrain(params);
    const { dLonDeg, dLatDeg } = a.tile.georef as { dLonDeg: number; dLatDeg: number };
    for (const [i, j] of [[0, 0], [100, 50], [300, 100]]) {
      const lon = params.west + i * dLonDeg, lat = params.north - j * dLatDeg;
      expect(a.heightM(lon, lat)).toBeCloseTo(terrain.heightM(lon, lat), 2);
    }
    expect(Number.isNaN(a.heightM(140, 35.8))).toBe(true); // off the grid
  });

  it('has flat-ish valley floors and ridges reliefM above them west of the mountain edge', () => {
    const t = createProceduralTerrain(params);
    const x = -8000; // well inside the mountains
    const floor = t.heightAtLocalM(x, t.valleyCentreYM(0, x));
    const ridge = Math.max(...Array.from({ length: 61 }, (_, k) => t.heightAtLocalM(x, t.valleyCentreYM(0, x) + (k / 60) * params.valleySpacingM)));
    expect(ridge - floor).toBeGreaterThan(params.reliefM * 0.8);
    expect(ridge - floor).toBeLessThan(params.reliefM * 1.3);
    fc.assert(fc.property(fc.double({ min: 500, max: 20_000, noNaN: true }), fc.double({ min: -3000, max: 3000, noNaN: true }), (xe, y) => {
      const h = t.heightAtLocalM(xe, y); // the plain east of the edge stays low and gentle
      expect(h).toBeGreaterThan(params.baseHeightM - 10);
      expect(h).toBeLessThan(params.baseHeightM + 0.005 * Math.max(0, t.xEastM - xe) + 10);
    }), { numRuns: 200 });
  });

  it('refuses grids that would be too large', () => {
    expect(() => materialiseProceduralDem({ ...params, cellSizeM: 1 }, 1_000_000)).toThrow(/use a larger cellSizeM/);
  });
});

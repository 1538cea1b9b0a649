import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { GridDemTile } from '../../../workers/engines/terrain/dem-tile';
import { bilinearSample } from '../../../workers/engines/terrain/sampling';

/** A w×h tile of the plane z = a + b·col + c·row over 1°×1° at (10°E, 50°N north edge). */
function planeTile(w: number, h: number, a: number, b: number, c: number): GridDemTile {
  const z = new Float32Array(w * h);
  for (let r = 0; r < h; r++) for (let col = 0; col < w; col++) z[r * w + col] = a + b * col + c * r;
  return new GridDemTile('plane', w, h, z, { kind: 'latlon', west: 10, north: 50, dLonDeg: 1 / (w - 1), dLatDeg: 1 / (h - 1) }, -32768);
}

describe('bilinear sampling', () => {
  it('is exact on planes anywhere inside the grid', () => {
    const tile = planeTile(11, 9, 100, 3, -2);
    fc.assert(fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (u, v) => {
      const lon = 10 + u;
      const lat = 50 - v;
      const expected = 100 + 3 * (u * 10) - 2 * (v * 8);
      expect(tile.sample(lon, lat)).toBeCloseTo(expected, 3);
    }));
  });

  it('reproduces grid nodes and handles an affine georeference', () => {
    const z = Float64Array.from([1, 2, 3, 4, 5, 6]); // 3×2
    // x = 135 + 0.5·col, y = 35 − 0.25·row
    const tile = new GridDemTile('aff', 3, 2, z, { kind: 'affine', transform: [135, 0.5, 0, 35, 0, -0.25] });
    expect(tile.sample(135.5, 35)).toBe(2);
    expect(tile.sample(136, 34.75)).toBe(6);
    expect(tile.sample(135.25, 34.875)).toBeCloseTo((1 + 2 + 4 + 5) / 4, 12);
    expect(tile.bounds).toEqual({ west: 135, east: 136, south: 34.75, north: 35 });
    expect(tile.sample(137, 35)).toBeNaN();
  });

  it('never returns a void as a height; fills from valid neighbours and flags it', () => {
    const V = -32768;
    const grid = Int16Array.from([10, V, 30, 40, V, 60, V, V, V]); // 3×3
    const one = bilinearSample(grid, 3, 3, 0.5, 0.5, V); // neighbours 10, V, 40, V
    expect(one).toEqual({ heightM: (10 * 0.25 + 40 * 0.25) / 0.5, filled: true, void: false });
    const all = Int16Array.from(new Array(16).fill(V));
    expect(bilinearSample(all, 4, 4, 1.5, 1.5, V)).toEqual({ heightM: NaN, filled: false, void: true });
    fc.assert(fc.property(fc.array(fc.constantFrom(V, 0, 50, 100, 2000), { minLength: 25, maxLength: 25 }), fc.double({ min: 0, max: 4, noNaN: true }), fc.double({ min: 0, max: 4, noNaN: true }), (vals, c, r) => {
      const s = bilinearSample(Int16Array.from(vals), 5, 5, c, r, V);
      if (s.void) return Number.isNaN(s.heightM);
      return s.heightM >= 0 && s.heightM <= 2000;
    }));
  });

  it('treats NaN in float grids as void, and uses the ring search when all four corners are void', () => {
    const g = new Float32Array(25).fill(NaN);
    g[0] = 7;
    const s = bilinearSample(g, 5, 5, 1.5, 1.5, -32768);
    expect(s.heightM).toBeCloseTo(7, 12);
    expect(s.filled && !s.void).toBe(true);
  });
});

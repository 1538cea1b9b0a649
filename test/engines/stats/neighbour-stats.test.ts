import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neighbourStats } from '../../../workers/engines/stats/neighbour-stats';
import { quantileSorted } from '../../../workers/engines/stats/quantile';

/** Independent brute-force reference: O(n²) distances. */
function brute(xs: number[], ys: number[], r: number) {
  return xs.map((x, i) => {
    let count = 0, best = Infinity;
    xs.forEach((x2, j) => {
      if (i === j) return;
      const d = Math.hypot(x2 - x, ys[j] - ys[i]);
      if (d <= r) count++;
      best = Math.min(best, d);
    });
    return { count, best };
  });
}

describe('neighbour statistics', () => {
  it('matches a brute-force O(n²) computation on random point sets', () => {
    const pt = fc.tuple(fc.double({ min: -2000, max: 2000, noNaN: true }), fc.double({ min: -2000, max: 2000, noNaN: true }));
    fc.assert(fc.property(fc.array(pt, { minLength: 2, maxLength: 120 }), fc.double({ min: 10, max: 800, noNaN: true }), (pts, r) => {
      const xs = pts.map((p) => p[0]), ys = pts.map((p) => p[1]);
      const got = neighbourStats({ xM: Float64Array.from(xs), yM: Float64Array.from(ys) }, { radiusM: r, maxSearchM: 1e5 });
      const want = brute(xs, ys, r);
      want.forEach((w, i) => {
        expect(got.neighbourCount[i]).toBe(w.count);
        expect(got.nearestM[i]).toBeCloseTo(w.best, 2);
      });
      expect(got.summary.isolated).toBe(want.filter((w) => w.count === 0).length);
    }), { numRuns: 80 });
  });

  it('on a 50 m square grid every interior meter has 4 neighbours within 60 m', () => {
    const xs: number[] = [], ys: number[] = [];
    for (let i = 0; i < 20; i++) for (let j = 0; j < 20; j++) { xs.push(i * 50); ys.push(j * 50); }
    const s = neighbourStats({ xM: Float64Array.from(xs), yM: Float64Array.from(ys), areaIndex: new Int32Array(400), areaCount: 1 }, { radiusM: 60 });
    // corners 2, edges 3, interior 4: (4·2 + 72·3 + 324·4) / 400 = 3.8
    expect(s.summary.meanNeighbours).toBeCloseTo(3.8, 10);
    expect(s.summary.medianNearestM).toBeCloseTo(50, 5);
    expect(s.perArea[0].meters).toBe(400);
    expect(s.histogram[4]).toBe(324);
  });

  it('rejects a nonsense radius', () => {
    expect(() => neighbourStats({ xM: new Float64Array(2), yM: new Float64Array(2) }, { radiusM: NaN })).toThrow(RangeError);
  });

  it('quantiles interpolate linearly (R type 7)', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([10, 20, 30, 40, 50], 0.95)).toBeCloseTo(48, 10);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });
});

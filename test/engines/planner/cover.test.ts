import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baselineCover, coverageOf, extendEconomically, greedyCover, improveCover, solveCover, type CoverProblem } from '../../../workers/engines/planner';

/** Exhaustive minimum: every subset of the sites. */
function bruteForce(p: CoverProblem): { cost: number; covered: number } {
  const n = p.covers.length;
  const all = coverageOf(p, Array.from({ length: n }, (_, i) => i));
  const req = Math.min(p.required, all);
  let best = Infinity;
  for (let mask = 0; mask < 1 << n; mask++) {
    const s: number[] = [];
    let c = 0;
    for (let j = 0; j < n; j++) if (mask & (1 << j)) { s.push(j); c += p.siteCost[j]; }
    if (c < best && coverageOf(p, s) >= req) best = c;
  }
  return { cost: best, covered: req };
}

/** Random instance: meters on a line, sites covering windows (like radio ranges), integer costs. */
const instance = (maxSites: number) => fc.record({
  meters: fc.integer({ min: 5, max: 60 }),
  sites: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), reach: fc.integer({ min: 1, max: 15 }), cost: fc.integer({ min: 1, max: 20 }), cluster: fc.integer({ min: 0, max: 4 }) }), { minLength: 1, maxLength: maxSites }),
  share: fc.double({ min: 0.3, max: 1, noNaN: true }),
}).map(({ meters, sites, share }): CoverProblem => ({
  meterCount: meters,
  siteCost: sites.map((s) => s.cost),
  covers: sites.map((s) => {
    const c = Math.floor(s.at * meters);
    const out: number[] = [];
    for (let m = Math.max(0, c - s.reach); m <= Math.min(meters - 1, c + s.reach); m++) out.push(m);
    return Int32Array.from(out);
  }),
  required: Math.ceil(share * meters),
  cluster: Int32Array.from(sites, (s) => s.cluster),
}));

describe('least-cost cover (placement core)', () => {
  it('matches exhaustive search on instances of up to 12 candidate sites', () => {
    fc.assert(fc.property(instance(12), (p) => {
      const sol = solveCover(p);
      const bf = bruteForce(p);
      expect(sol.covered).toBeGreaterThanOrEqual(bf.covered);
      expect(sol.cost).toBeCloseTo(bf.cost, 9);
    }), { numRuns: 150 });
  });

  it('greedy + swap (forced for any size) is feasible and never costlier than the one-site-per-cluster baseline when that is feasible', () => {
    fc.assert(fc.property(instance(40), (p) => {
      const sol = solveCover(p, { exactMaxSites: 0 });
      const all = coverageOf(p, Array.from({ length: p.covers.length }, (_, i) => i));
      expect(sol.covered).toBeGreaterThanOrEqual(Math.min(p.required, all));
      const base = baselineCover(p);
      if (coverageOf(p, base) >= Math.min(p.required, all)) expect(sol.cost).toBeLessThanOrEqual(base.reduce((a, j) => a + p.siteCost[j], 0) + 1e-9);
    }), { numRuns: 200 });
  });

  it('local improvement never raises cost nor loses required coverage', () => {
    fc.assert(fc.property(instance(30), (p) => {
      const g = greedyCover(p);
      const req = Math.min(p.required, coverageOf(p, g));
      const imp = improveCover(p, g);
      const cost = (s: number[]) => s.reduce((a, j) => a + p.siteCost[j], 0);
      expect(cost(imp)).toBeLessThanOrEqual(cost(g) + 1e-9);
      expect(coverageOf(p, imp)).toBeGreaterThanOrEqual(req);
    }), { numRuns: 200 });
  });

  it('hand case: two cheap sites beat one expensive site covering everything', () => {
    const p: CoverProblem = { meterCount: 4, siteCost: [10, 3, 3], covers: [Int32Array.from([0, 1, 2, 3]), Int32Array.from([0, 1]), Int32Array.from([2, 3])], required: 4 };
    expect(solveCover(p).sites).toEqual([1, 2]);
    expect(solveCover(p, { exactMaxSites: 0 }).cost).toBe(6);
  });
});

describe('economic extension', () => {
  it('adds a site only while the meters it newly covers are worth more than it costs', () => {
    const p: CoverProblem = { meterCount: 6, siteCost: [5, 4, 30], covers: [Int32Array.from([0, 1, 2]), Int32Array.from([3, 4]), Int32Array.from([5])], required: 3 };
    // value 3 per meter: site 1 (2 new meters → 6 > 4) is added, site 2 (1 meter → 3 < 30) is not
    expect(extendEconomically(p, [0], 3)).toEqual([0, 1]);
    expect(extendEconomically(p, [0], 0)).toEqual([0]);
    expect(extendEconomically(p, [0], 31)).toEqual([0, 1, 2]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { makeReceivers, prepareStar } from '../../../workers/engines/star/setup';
import { defaultSector } from '../../../workers/engines/star/antenna';
import type { StarSiteInput } from '../../../workers/engines/star/sites';
import { gridProject, scenarioOf } from './helpers';

const scenario = scenarioOf(gridProject({ n: 4, areaClass: 'suburban' }));
const classes = [0, 3, 4]; // dense-residential (Extended Hata urban), suburban, rural (ITM area mode)

// noBias: spread positions uniformly (fast-check otherwise favours 0 and the bounds, stacking sites on a few points).
const coord = (r: number) => fc.noBias(fc.integer({ min: -r, max: r }));
const siteArb = fc.record({
  x: coord(8000), y: coord(8000),
  h: fc.constantFrom(15, 30, 45), sectors: fc.constantFrom(0, 1, 3), az: fc.double({ min: 0, max: 359, noNaN: true }),
});
const rxArb = fc.record({
  x: coord(9000), y: coord(9000),
  h: fc.constantFrom(1.5, 6), cls: fc.constantFrom(...classes), indoor: fc.constantFrom(0, 1, 3), floor: fc.integer({ min: 0, max: 12 }),
});

describe('best server', () => {
  it('is the minimum coupling-loss cell, with the next two as alternates (property test against brute force)', () => {
    fc.assert(fc.property(fc.array(siteArb, { minLength: 1, maxLength: 40, size: 'max' }), fc.array(rxArb, { minLength: 1, maxLength: 15, size: 'max' }), fc.constantFrom(3000, 12000, 30000), fc.constantFrom(100, 700, 2500, undefined), (sites, rxs, maxRangeM, initialSearchRadiusM) => {
      const siteList: StarSiteInput[] = sites.map((s, i) => ({
        id: `s${i}`, xM: s.x, yM: s.y, heightM: s.h,
        sectors: s.sectors ? Array.from({ length: s.sectors }, (_, k) => defaultSector((s.az + k * 120) % 360)) : undefined,
      }));
      const setup = prepareStar(scenario, { profileId: 'star-nb-iot', siteList, maxRangeM, initialSearchRadiusM });
      const { rx } = makeReceivers(setup, Float64Array.from(rxs, (r) => r.x), Float64Array.from(rxs, (r) => r.y), Float32Array.from(rxs, (r) => r.h),
        (i) => rxs[i].cls, (i) => rxs[i].indoor, (i) => rxs[i].floor);
      const best = setup.evaluator.bestServers(rx, 3);
      const cells = setup.cells;
      for (let i = 0; i < rx.count; i++) {
        const brute: { c: number; v: number }[] = [];
        for (let c = 0; c < cells.count; c++) {
          if (Math.hypot(rx.xM[i] - cells.xM[c], rx.yM[i] - cells.yM[c]) > maxRangeM) continue;
          const v = setup.evaluator.pair(rx, i, c);
          if (Number.isFinite(v)) brute.push({ c, v });
        }
        brute.sort((a, b) => a.v - b.v);
        for (let j = 0; j < 3; j++) {
          if (j >= brute.length) { expect(best.cell[i * 3 + j]).toBe(-1); continue; }
          expect(best.couplingLossDb[i * 3 + j]).toBeCloseTo(brute[j].v, 3);
          const got = best.cell[i * 3 + j];
          if (got !== brute[j].c) expect(setup.evaluator.pair(rx, i, got)).toBeCloseTo(brute[j].v, 3);
        }
      }
    }), { numRuns: 60 });
  });

  it('finds the nearest site of an omni hexagonal grid in a uniform area', () => {
    const setup = prepareStar(scenario, { profileId: 'star-lte-m', sites: 'hex', interSiteDistanceM: 2000 });
    const xs = Float64Array.from({ length: 200 }, (_, i) => -1900 + (i % 20) * 190), ys = Float64Array.from({ length: 200 }, (_, i) => -1900 + Math.floor(i / 20) * 190);
    const { rx } = makeReceivers(setup, xs, ys, new Float32Array(200).fill(1.5), () => 3, () => 0, () => 0);
    const best = setup.evaluator.bestServers(rx, 1);
    for (let i = 0; i < 200; i++) {
      let nearest = -1, dn = Infinity;
      for (let c = 0; c < setup.cells.count; c++) {
        const d = Math.hypot(xs[i] - setup.cells.xM[c], ys[i] - setup.cells.yM[c]);
        if (d < dn - 1e-6) { dn = d; nearest = c; }
      }
      const got = best.cell[i];
      expect(Math.hypot(xs[i] - setup.cells.xM[got], ys[i] - setup.cells.yM[got])).toBeCloseTo(Math.hypot(xs[i] - setup.cells.xM[nearest], ys[i] - setup.cells.yM[nearest]), 6);
    }
  });
});

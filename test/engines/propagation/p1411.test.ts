import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { P1411_TABLE4, p1411BelowRooftopLoss, p1411LowHeightLoss, type P1411Environment } from '../../../workers/engines/propagation/p1411';
import { p1411Independent } from './independent';

const lossOf = (r: ReturnType<typeof p1411BelowRooftopLoss>) => {
  if (!r.ok) throw new Error(r.error);
  return r.lossDb;
};
const at = (fMHz: number, dKm: number, env: P1411Environment, los: boolean, p = 50) =>
  lossOf(p1411BelowRooftopLoss({ freqMHz: fMHz, distanceKm: dKm, environment: env, lineOfSight: los, locationPercent: p }));
const ENVS: P1411Environment[] = ['urban-high-rise', 'urban-low-rise', 'residential'];

describe('ITU-R P.1411 §4.1.1 site-general below rooftop', () => {
  it('worked examples at 920 MHz and 2.4 GHz, 100 m', () => {
    // LoS, 920 MHz, median: 10·2.12·log 100 + 29.2 + 10·2.11·log 0.92 = 42.4 + 29.2 + 21.1·(−0.0362122) = 71.6 − 0.764077 = 70.835923
    expect(at(920, 0.1, 'urban-high-rise', true)).toBeCloseTo(70.835923, 5);
    // LoS, 2.4 GHz, p = 90 %: 42.4 + 29.2 + 21.1·0.3802112 (= 8.022457) + 5.06·Φ⁻¹(0.9) (= 5.06·1.2815516 = 6.484651) = 86.107108
    expect(at(2400, 0.1, 'urban-low-rise', true, 90)).toBeCloseTo(86.107108, 5);
    // NLoS high-rise, 920 MHz, p = 50 %: median = 40·2 + 10.2 + 23.6·(−0.0362122) = 89.345393
    //   Lfs = 20·log(4π·100·0.92e9/299792458) = 71.723540; A = 89.345393 − 71.723540 = 17.621853 (z = 0)
    //   L = 10·log(10^1.7621853 + 1) + 71.723540 = 10·log(58.834275) + 71.723540 = 17.696304 + 71.723540 = 89.419844
    expect(at(920, 0.1, 'urban-high-rise', false)).toBeCloseTo(89.419844, 5);
  });

  it('agrees with the independent implementation (all rows, LoS/NLoS, any percentage)', () => {
    fc.assert(fc.property(
      fc.double({ min: 800, max: 6000, noNaN: true }), fc.double({ min: 0.005, max: 1, noNaN: true }), fc.constantFrom(...ENVS), fc.boolean(), fc.double({ min: 1, max: 99, noNaN: true }),
      (f, d, env, los, p) => {
        const row = los ? P1411_TABLE4.los : P1411_TABLE4[env];
        const expected = p1411Independent(f / 1000, d * 1000, { alpha: row.alpha, beta: row.beta, gamma: row.gamma, sigma: row.sigmaDb }, los, p);
        expect(at(f, d, env, los, p)).toBeCloseTo(expected, 6);
      }), { numRuns: 60 });
  });

  it('loss rises with distance, frequency and location percentage', () => {
    fc.assert(fc.property(
      fc.double({ min: 800, max: 5000, noNaN: true }), fc.double({ min: 0.01, max: 0.6, noNaN: true }), fc.constantFrom(...ENVS), fc.boolean(), fc.double({ min: 1, max: 98, noNaN: true }),
      (f, d, env, los, p) => {
        const base = at(f, d, env, los, p);
        expect(at(f, d * 1.1, env, los, p)).toBeGreaterThan(base);
        expect(at(f * 1.1, d, env, los, p)).toBeGreaterThan(base);
        expect(at(f, d, env, los, p + 1)).toBeGreaterThan(base);
      }));
  });

  it('NLoS never falls below free space at low percentages', () => {
    const lfs = 20 * Math.log10((4 * Math.PI * 30 * 0.92e9) / 299792458);
    expect(at(920, 0.03, 'residential', false, 0.1)).toBeGreaterThan(lfs);
  });

  it('warns out of range (low-rise NLoS below 10 GHz, distance) and errors on nonsense', () => {
    const r = p1411BelowRooftopLoss({ freqMHz: 920, distanceKm: 1, environment: 'urban-low-rise', lineOfSight: false });
    expect(r.ok && r.warnings.length).toBe(2);
    const ok = p1411BelowRooftopLoss({ freqMHz: 920, distanceKm: 0.2, environment: 'urban-high-rise', lineOfSight: false });
    expect(ok.ok && ok.warnings).toEqual([]);
    for (const bad of [{ distanceKm: NaN }, { distanceKm: -0.1 }, { freqMHz: 0 }, { locationPercent: 100 }, { locationPercent: 0 }]) {
      expect(p1411BelowRooftopLoss({ freqMHz: 920, distanceKm: 0.1, environment: 'urban-high-rise', lineOfSight: true, ...bad }).ok).toBe(false);
    }
  });
});

describe('ITU-R P.1411 §4.3.1 street-level terminals', () => {
  it('worked examples: 900 MHz suburban', () => {
    // p = 50 %, d = 50 m: d_LoS = 79.2 − 70·0.5 = 44.2 m, so 44.2 < d < 64.2 m is the transition.
    //   L_LoS(44.2) = 32.45 + 20·log 900 + 20·log 0.0442 + 1.5624·7·(√(−2·ln 0.5) − 1.1774) = 32.45 + 59.084850 − 27.091... + 0.000...
    //   (√(2·ln 2) = 1.1774100 so the LoS correction is ≈ 0.0001 dB)
    //   L_NLoS(64.2) = 9.5 + 45·log 900 + 40·log 0.0642 + 0 + 0 = 9.5 + 132.940913 − 47.699... 
    //   L = L_LoS + (L_NLoS − L_LoS)·(50 − 44.2)/20; the ITU-R SG3 reference implementation (tl_p1411_lowheight.m) gives 73.23008876 dB
    const r = p1411LowHeightLoss({ freqMHz: 900, distanceKm: 0.05, environment: 'suburban', locationPercent: 50 });
    expect(r.ok && r.lossDb).toBeCloseTo(73.230089, 5);
    // d = 10 m < d_LoS: pure LoS at p = 50: 32.45 + 59.084850 + 20·log 0.01 (= −40) + 0.0001 = 51.534950
    const los = p1411LowHeightLoss({ freqMHz: 900, distanceKm: 0.01, environment: 'urban', locationPercent: 50 });
    expect(los.ok && los.lossDb).toBeCloseTo(51.53496, 4);
    // d = 500 m ≫ d_LoS + w: NLoS, urban (+6.8 dB): 9.5 + 132.940913 + 40·log 0.5 (= −12.041200) + 6.8 = 137.199713
    const nlos = p1411LowHeightLoss({ freqMHz: 900, distanceKm: 0.5, environment: 'urban', locationPercent: 50 });
    expect(nlos.ok && nlos.lossDb).toBeCloseTo(137.199713, 5);
  });

  it('rises with distance and errors on nonsense', () => {
    fc.assert(fc.property(fc.double({ min: 300, max: 3000, noNaN: true }), fc.double({ min: 0.001, max: 2.9, noNaN: true }), fc.double({ min: 1, max: 99, noNaN: true }), (f, d, p) => {
      const a = p1411LowHeightLoss({ freqMHz: f, distanceKm: d, environment: 'urban', locationPercent: p });
      const b = p1411LowHeightLoss({ freqMHz: f, distanceKm: d + 0.01, environment: 'urban', locationPercent: p });
      return a.ok && b.ok && b.lossDb >= a.lossDb;
    }));
    expect(p1411LowHeightLoss({ freqMHz: 900, distanceKm: -1, environment: 'urban' }).ok).toBe(false);
    const w = p1411LowHeightLoss({ freqMHz: 5000, distanceKm: 0.1, environment: 'urban' });
    expect(w.ok && w.warnings.length).toBe(1);
  });
});

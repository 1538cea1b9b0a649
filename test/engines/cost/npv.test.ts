import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annuityFactor, discountFactor, layoutCost, npv, npvConstant, type ProfilePrices } from '../../../workers/engines/cost';

describe('NPV convention: CAPEX at year 0, OPEX at the end of years 1…H, discount factor (1+r)^−t', () => {
  it('hand-computed: CAPEX 1000, OPEX 100/yr, r = 10 %, H = 3', () => {
    // 1000 + 100/1.1 + 100/1.21 + 100/1.331 = 1000 + 90.909091 + 82.644628 + 75.131480 = 1248.685199
    expect(npv(1000, [100, 100, 100], 0.1)).toBeCloseTo(1248.685199, 5);
    // annuity factor (1 − 1.1^−3)/0.1 = (1 − 0.751315)/0.1 = 2.486852
    expect(annuityFactor(0.1, 3)).toBeCloseTo(2.486852, 6);
    expect(npvConstant(1000, 100, 0.1, 3)).toBeCloseTo(1248.685199, 5);
  });

  it('hand-computed: uneven OPEX 50, 60, 70 at r = 5 %', () => {
    // total 162.509448
    // 0 + 50/1.05 + 60/1.1025 + 70/1.157625 = 47.619048 + 54.421769 + 60.468632
    expect(npv(0, [50, 60, 70], 0.05)).toBeCloseTo(162.509448, 5);
  });

  it('hand-computed: the defaults, r = 3.5 %, H = 15: A = (1 − 1.035^−15)/0.035 = 11.517411', () => {
    expect(annuityFactor(0.035, 15)).toBeCloseTo(11.517411, 5);
    expect(discountFactor(0.035, 15)).toBeCloseTo(0.596891, 6);
  });

  it('r = 0 is the plain sum, and a constant OPEX equals the explicit series', () => {
    expect(npv(10, [1, 2, 3], 0)).toBe(16);
    expect(annuityFactor(0, 7)).toBe(7);
    fc.assert(fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: 1e5, noNaN: true }), fc.double({ min: 0, max: 0.2, noNaN: true }), fc.integer({ min: 1, max: 40 }), (c, o, r, h) => {
      const a = npv(c, new Array<number>(h).fill(o), r), b = npvConstant(c, o, r, h);
      return Math.abs(a - b) <= 1e-9 * Math.max(1, a);
    }));
  });

  it('a higher discount rate never raises the NPV of a non-negative OPEX stream', () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 1e5, noNaN: true }), { minLength: 1, maxLength: 30 }), fc.double({ min: 0, max: 0.2, noNaN: true }), fc.double({ min: 0, max: 0.1, noNaN: true }), (opex, r, dr) => npv(0, opex, r + dr) <= npv(0, opex, r) + 1e-9));
  });
});

describe('layout cost', () => {
  const prices: ProfilePrices = { meterModule: 3000, collector: 300000, collectorInstall: 100000, backhaulSetup: 20000, repeater: 50000, feePerMeterPerMonth: 10, feePerCollectorPerMonth: 1000, maintenanceRateOfCapex: 0.02, failureRatePerYear: 0.01, publicNetwork: false };
  const a = { currency: 'JPY', horizonYears: 2, discountRate: 0.1, manualReadCost: 4000, billingReadsPerYear: 12 };

  it('hand-computed: 100 meters, 2 collectors (site factors 1 and 1.5), 1 repeater, 1.5 meters-worth of missed reads', () => {
    const c = layoutCost({ meters: 100, siteCostFactors: [1, 1.5], repeaters: 1, missedReadShare: 1.5 }, prices, a);
    // CAPEX = 100·3000 + 2·(300000 + 20000) + 100000·(1 + 1.5) + 1·50000 = 300000 + 640000 + 250000 + 50000 = 1,240,000
    expect(c.capex).toBe(1_240_000);
    // OPEX/yr = fees 100·10·12 = 12000; backhaul 2·1000·12 = 24000; maintenance 0.02·1,240,000 = 24800;
    // replacement 0.01·(300000 + 2·300000) = 9000; manual reads 1.5·12·4000 = 72000 → 141,800
    expect(c.opexPerYear).toBeCloseTo(141_800, 6);
    // TCO = 1,240,000 + 141,800·(1/1.1 + 1/1.21) = 1,240,000 + 141,800·1.735537 = 1,486,099.17
    expect(c.tco).toBeCloseTo(1_486_099.17, 1);
    expect(c.tcoPerMeter).toBeCloseTo(14_860.99, 1);
    expect(c.breakdown.manualReadsPerYear).toBe(18);
  });
});

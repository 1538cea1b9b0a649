import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cost231HataLoss, hataLoss, type HataEnvironment } from '../../../workers/engines/propagation/hata';
import { seamcatHataLoss, seamcatHataSigmaDb, type SeamcatEnvironment } from '../../../workers/engines/propagation/seamcat-hata';
import { cost231Independent, hataIndependent, seamcatIndependent } from './independent';

const lossOf = (r: ReturnType<typeof hataLoss>) => {
  if (!r.ok) throw new Error(r.error);
  return r.lossDb;
};
const ENVS: HataEnvironment[] = ['urban-small', 'urban-large', 'suburban', 'open'];

describe('Okumura–Hata', () => {
  const base = { freqMHz: 900, distanceKm: 5, baseHeightM: 30, mobileHeightM: 1.5 };
  it('worked example: 900 MHz, 5 km, hb 30 m, hm 1.5 m', () => {
    // log f = 2.9542425, log hb = 1.4771213, log d = 0.6989700
    // a(hm) small city = (1.1·2.9542425 − 0.7)·1.5 − (1.56·2.9542425 − 0.8) = 3.8245001 − 3.8086183 = 0.0158818
    // Lu = 69.55 + 26.16·2.9542425 − 13.82·1.4771213 − 0.0158818 + (44.9 − 6.55·1.4771213)·0.6989700
    //    = 69.55 + 77.282984 − 20.413816 − 0.015882 + 35.224856·0.69897 (= 24.621119) = 151.024405
    expect(lossOf(hataLoss(base, 'urban-small'))).toBeCloseTo(151.0244, 3);
    // large city (f > 300): a = 3.2·(log 17.625)² − 4.97 = 3.2·1.2461291² − 4.97 = −0.0009193 → 151.024405 + 0.015882 + 0.000919 = 151.041206
    expect(lossOf(hataLoss(base, 'urban-large'))).toBeCloseTo(151.0412, 3);
    // suburban: 151.024405 − 2·(log(900/28) = 1.5070947)² − 5.4 = 151.024405 − 4.542669 − 5.4 = 141.081736
    expect(lossOf(hataLoss(base, 'suburban'))).toBeCloseTo(141.0817, 3);
    // open: 151.024405 − 4.78·2.9542425² + 18.33·2.9542425 − 40.94 = 151.024405 − 41.717683 + 54.151265 − 40.94 = 122.517987
    expect(lossOf(hataLoss(base, 'open'))).toBeCloseTo(122.5180, 3);
  });

  it('COST-231 worked example: 1800 MHz, 2 km, hb 30 m, hm 1.5 m', () => {
    // log f = 3.2552725; a(hm) = (1.1·3.2552725 − 0.7)·1.5 − (1.56·3.2552725 − 0.8) = 4.3211996 − 4.2782251 = 0.0429745
    // L = 46.3 + 33.9·3.2552725 − 13.82·1.4771213 − 0.0429745 + 35.224856·log 2 (0.30103)
    //   = 46.3 + 110.353738 − 20.413816 − 0.042975 + 10.603738 = 146.800685 ; metropolitan + 3 dB
    const q = { freqMHz: 1800, distanceKm: 2, baseHeightM: 30, mobileHeightM: 1.5 };
    expect(lossOf(cost231HataLoss(q))).toBeCloseTo(146.8007, 3);
    expect(lossOf(cost231HataLoss(q, true))).toBeCloseTo(149.8007, 3);
  });

  it('agrees with the independent implementation across the validity range', () => {
    fc.assert(fc.property(
      fc.double({ min: 150, max: 1500, noNaN: true }), fc.double({ min: 1, max: 20, noNaN: true }),
      fc.double({ min: 30, max: 200, noNaN: true }), fc.double({ min: 1, max: 10, noNaN: true }), fc.constantFrom(...ENVS),
      (f, d, hb, hm, env) => {
        expect(lossOf(hataLoss({ freqMHz: f, distanceKm: d, baseHeightM: hb, mobileHeightM: hm }, env))).toBeCloseTo(hataIndependent(f, d, hb, hm, env), 9);
      }));
    fc.assert(fc.property(fc.double({ min: 1500, max: 2000, noNaN: true }), fc.double({ min: 1, max: 20, noNaN: true }), fc.boolean(), (f, d, metro) => {
      expect(lossOf(cost231HataLoss({ freqMHz: f, distanceKm: d, baseHeightM: 40, mobileHeightM: 2 }, metro))).toBeCloseTo(cost231Independent(f, d, 40, 2, metro ? 3 : 0), 9);
    }));
  });

  it('never falls with distance and rises with frequency in range; no warnings in range', () => {
    fc.assert(fc.property(
      fc.double({ min: 150, max: 1400, noNaN: true }), fc.double({ min: 1, max: 19, noNaN: true }), fc.double({ min: 30, max: 200, noNaN: true }), fc.constantFrom(...ENVS),
      (f, d, hb, env) => {
        const q = { freqMHz: f, distanceKm: d, baseHeightM: hb, mobileHeightM: 1.5 };
        const r = hataLoss(q, env);
        expect(r.ok && r.warnings.filter((w) => w.includes('validity range'))).toEqual([]);
        expect(lossOf(hataLoss({ ...q, distanceKm: d + 1 }, env))).toBeGreaterThanOrEqual(lossOf(r));
        expect(lossOf(hataLoss({ ...q, freqMHz: f + 100 }, env))).toBeGreaterThan(lossOf(r));
      }));
  });

  it('errors on NaN or non-positive inputs, warns out of range', () => {
    const q = { freqMHz: 920, distanceKm: 1, baseHeightM: 30, mobileHeightM: 1.5 };
    for (const bad of [{ distanceKm: NaN }, { distanceKm: -1 }, { distanceKm: 0 }, { baseHeightM: 0 }, { freqMHz: Infinity }]) {
      expect(hataLoss({ ...q, ...bad }, 'urban-small').ok).toBe(false);
      expect(cost231HataLoss({ ...q, ...bad }).ok).toBe(false);
    }
    const r = hataLoss({ ...q, distanceKm: 0.2, baseHeightM: 10 }, 'urban-small');
    expect(r.ok && r.warnings.length).toBe(2);
    const c = cost231HataLoss(q);
    expect(c.ok && c.warnings.some((w) => w.includes('freqMHz'))).toBe(true);
  });
});

describe('SEAMCAT Extended Hata', () => {
  const at = (d: number, env: SeamcatEnvironment = 'urban', f = 920) => lossOf(seamcatHataLoss({ freqMHz: f, distanceKm: d, txHeightM: 30, rxHeightM: 1.5, environment: env }));

  it('worked examples in each distance branch (920 MHz, 30 m / 1.5 m, urban)', () => {
    // d < 0.04 km: 32.4 + 20·log 920 + 10·log(0.02² + 28.5²/10⁶) = 32.4 + 59.275757 + 10·log(0.00121225) (= −29.164082) = 62.511675
    expect(at(0.02)).toBeCloseTo(62.5117, 3);
    // d ≥ 0.1 km, 2 km: a(Hm) = (1.1·2.9637878 − 0.7)·1.5 − (1.56·2.9637878 − 0.8) + max(0, 20·log 0.15) = 3.8402499 − 3.8235090 + 0 = 0.0167409; b(30) = 0
    //   L = 69.6 + 26.2·2.9637878 − 13.82·1.4771213 + 35.224856·0.30103 − 0.0167409 = 69.6 + 77.651240 − 20.413816 + 10.603738 − 0.016741 = 137.424421
    expect(at(2)).toBeCloseTo(137.4244, 3);
    // 0.04 ≤ d < 0.1: L(0.04) = 32.4 + 59.275757 + 10·log(0.00241225) = 65.499980; L(0.1) = 69.6 + 77.651240 − 20.413816 − 35.224856 − 0.016741 = 91.595827
    //   d = 0.06: 65.499980 + (log 0.06 − log 0.04)/(log 0.1 − log 0.04)·(91.595827 − 65.499980) = 65.499980 + 0.4425071·26.095847 = 77.047589
    expect(at(0.06)).toBeCloseTo(77.0476, 3);
    // d > 20 km, 30 km: α = 1 + (0.14 + 1.87e−4·920 + 1.07e−3·30)·(log 1.5)^0.8 = 1 + 0.34414·0.249224 = 1.085768
    //   (log 30)^α = 1.4771213^1.085768 = 1.527417; L = 69.6 + 77.651240 − 20.413816 + 35.224856·1.527417 − 0.016741 = 180.6237
    expect(at(30)).toBeCloseTo(180.624, 2);
  });

  it('agrees with the independent implementation (all branches, environments, 30–3000 MHz)', () => {
    fc.assert(fc.property(
      fc.double({ min: 31, max: 3000, noNaN: true }), fc.double({ min: 0.005, max: 100, noNaN: true }),
      fc.double({ min: 0.5, max: 300, noNaN: true }), fc.double({ min: 0.5, max: 300, noNaN: true }), fc.constantFrom<SeamcatEnvironment>('urban', 'suburban', 'open'),
      (f, d, h1, h2, env) => {
        const r = seamcatHataLoss({ freqMHz: f, distanceKm: d, txHeightM: h1, rxHeightM: h2, environment: env });
        expect(lossOf(r)).toBeCloseTo(seamcatIndependent(f, d, h1, h2, env), 8);
      }));
  });

  it('is continuous at 0.04 km and 0.1 km and never below free space', () => {
    for (const env of ['urban', 'suburban', 'open'] as const) {
      expect(at(0.04 - 1e-9, env)).toBeCloseTo(at(0.04, env), 5);
      expect(at(0.1 - 1e-9, env)).toBeCloseTo(at(0.1, env), 5);
    }
  });

  it('never falls with distance in 0.1–100 km', () => {
    fc.assert(fc.property(fc.double({ min: 0.001, max: 99, noNaN: true }), fc.constantFrom<SeamcatEnvironment>('urban', 'suburban', 'open'), (d, env) => {
      expect(at(d + 0.5, env)).toBeGreaterThanOrEqual(at(d, env) - 1e-9);
    }));
  });

  it('uses 1 m for a lower antenna under 1 m (with a warning) and errors on nonsense', () => {
    const r = seamcatHataLoss({ freqMHz: 920, distanceKm: 1, txHeightM: 30, rxHeightM: 0.5, environment: 'urban' });
    expect(r.ok && r.warnings.some((w) => w.includes('1 m'))).toBe(true);
    expect(seamcatHataLoss({ freqMHz: 920, distanceKm: -1, txHeightM: 30, rxHeightM: 1.5, environment: 'urban' }).ok).toBe(false);
    expect(seamcatHataLoss({ freqMHz: NaN, distanceKm: 1, txHeightM: 30, rxHeightM: 1.5, environment: 'urban' }).ok).toBe(false);
  });

  it('path-loss variation sigma follows ECC Report 252 Table 81', () => {
    expect(seamcatHataSigmaDb(0.03, 'above-roof')).toBe(3.5);
    expect(seamcatHataSigmaDb(0.07, 'above-roof')).toBeCloseTo(3.5 + (8.5 / 0.06) * 0.03, 10);
    expect(seamcatHataSigmaDb(0.15, 'below-roof')).toBe(17);
    expect(seamcatHataSigmaDb(0.4, 'above-roof')).toBeCloseTo(10.5, 10);
    expect(seamcatHataSigmaDb(5, 'below-roof')).toBe(9);
  });
});

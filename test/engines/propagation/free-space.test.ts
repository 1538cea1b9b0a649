import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { freeSpaceLoss } from '../../../workers/engines/propagation/free-space';
import { logDistanceLoss } from '../../../workers/engines/propagation/log-distance';

/** Independent form: Lbf = 32.4 + 10·log10((f·d)²) with natural logs. */
const independent = (fMHz: number, dKm: number) => 32.4 + (10 / Math.LN10) * Math.log(fMHz * fMHz * dKm * dKm);

const loss = (fMHz: number, dKm: number) => {
  const r = freeSpaceLoss({ freqMHz: fMHz, distanceKm: dKm });
  if (!r.ok) throw new Error(r.error);
  return r.lossDb;
};

describe('ITU-R P.525 free space', () => {
  it('worked example: 920 MHz over 1 km', () => {
    // 32.4 + 20·log10(920) + 20·log10(1) = 32.4 + 20·2.9637878 + 0 = 32.4 + 59.275757 = 91.675757 dB
    expect(loss(920, 1)).toBeCloseTo(91.675757, 5);
    // 2.4 GHz over 100 m: 32.4 + 20·3.3802112 + 20·(−1) = 32.4 + 67.604225 − 20 = 80.004225 dB
    expect(loss(2400, 0.1)).toBeCloseTo(80.004225, 5);
  });

  it('agrees with an independent implementation', () => {
    fc.assert(fc.property(fc.double({ min: 1, max: 1e5, noNaN: true }), fc.double({ min: 1e-3, max: 1e4, noNaN: true }), (f, d) => {
      expect(loss(f, d)).toBeCloseTo(independent(f, d), 9);
    }));
  });

  it('is monotone in distance and frequency (6 dB per doubling)', () => {
    fc.assert(fc.property(fc.double({ min: 1, max: 1e4, noNaN: true }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), (f, d) => {
      expect(loss(f, d * 2) - loss(f, d)).toBeCloseTo(6.0206, 3);
      expect(loss(f * 1.1, d)).toBeGreaterThan(loss(f, d));
    }));
  });

  it('errors on NaN, zero and negative distance; warns in the near field', () => {
    for (const d of [NaN, 0, -1, Infinity]) expect(freeSpaceLoss({ freqMHz: 920, distanceKm: d }).ok).toBe(false);
    expect(freeSpaceLoss({ freqMHz: -920, distanceKm: 1 }).ok).toBe(false);
    const near = freeSpaceLoss({ freqMHz: 920, distanceKm: 0.001 });
    expect(near.ok && near.warnings.length).toBe(1);
  });
});

describe('log-distance', () => {
  it('worked example: n = 3.5, d0 = 100 m, L0 = 80 dB at 1 km', () => {
    // 80 + 10·3.5·log10(1000/100) = 80 + 35·1 = 115 dB
    const r = logDistanceLoss({ freqMHz: 920, distanceKm: 1, exponent: 3.5, referenceDistanceM: 100, interceptDb: 80 });
    expect(r.ok && r.lossDb).toBeCloseTo(115, 10);
  });

  it('defaults the intercept to free space at d0, so n = 2 is free space', () => {
    fc.assert(fc.property(fc.double({ min: 0.01, max: 50, noNaN: true }), (d) => {
      const r = logDistanceLoss({ freqMHz: 920, distanceKm: d, exponent: 2, referenceDistanceM: 1 });
      expect(r.ok && r.lossDb).toBeCloseTo(loss(920, d), 8);
    }));
  });

  it('errors on nonsense, warns below d0 and for odd exponents', () => {
    expect(logDistanceLoss({ freqMHz: 920, distanceKm: -1, exponent: 3, referenceDistanceM: 1 }).ok).toBe(false);
    expect(logDistanceLoss({ freqMHz: 920, distanceKm: 1, exponent: NaN, referenceDistanceM: 1 }).ok).toBe(false);
    const r = logDistanceLoss({ freqMHz: 920, distanceKm: 0.01, exponent: 9, referenceDistanceM: 100 });
    expect(r.ok && r.warnings.length).toBe(2);
  });
});

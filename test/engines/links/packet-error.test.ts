import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPrng } from '../../../workers/engines/geo/prng';
import { gammaAtSensitivity, packetErrorRate } from '../../../workers/engines/links/packet-error';
import { PdrTable, shadowedPdr } from '../../../workers/engines/links/shadowed-pdr';

const cal = { referencePer: 0.1, referenceBytes: 250 };
const g0 = gammaAtSensitivity(cal);

describe('FSK packet error rate', () => {
  it('is the calibration PER at zero margin for the reference length', () => {
    expect(packetErrorRate(0, 250, g0)).toBeCloseTo(0.1, 12);
  });

  it('matches a hand computation', () => {
    // BER₀ = 1 − 0.9^(1/2000) = 1 − e^(ln 0.9 / 2000) = 1 − e^(−5.268026e-5) = 5.267887e-5
    // γ₀ = −2 ln(2·BER₀) = −2 ln(1.0535774e-4) = −2 × (−9.1581489) = 18.31630
    expect(g0).toBeCloseTo(18.3163, 4);
    // +3 dB: γ = 18.31630 × 10^0.3 = 18.31630 × 1.995262 = 36.54582; BER = ½ e^(−18.27291) = 5.79624e-9
    // PER(77 B = 616 bits) = 1 − (1 − 5.79624e-9)^616 = 3.57048e-6
    expect(packetErrorRate(3, 77, g0)).toBeCloseTo(3.57048e-6, 10);
  });

  it('falls with margin and rises with packet length (property)', () => {
    fc.assert(fc.property(fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: 0.01, max: 10, noNaN: true }), fc.integer({ min: 1, max: 2000 }), (m, dm, bytes) => {
      expect(packetErrorRate(m + dm, bytes, g0)).toBeLessThanOrEqual(packetErrorRate(m, bytes, g0));
      expect(packetErrorRate(m, bytes + 1, g0)).toBeGreaterThanOrEqual(packetErrorRate(m, bytes, g0));
    }));
  });
});

describe('PDR under log-normal shadowing', () => {
  it('equals 1 − PER without shadowing', () => {
    for (const m of [-3, 0, 2, 10]) expect(shadowedPdr(m, 0, 77, g0)).toBeCloseTo(1 - packetErrorRate(m, 77, g0), 12);
  });

  it('agrees with a seeded Monte-Carlo average within 0.005', () => {
    const rng = createPrng(11);
    for (const [m, sigma] of [[0, 6], [8, 6.6], [15, 8.3], [-5, 10]]) {
      let s = 0;
      const n = 200_000;
      for (let i = 0; i < n; i++) s += 1 - packetErrorRate(m + sigma * rng.normal(), 77, g0);
      expect(Math.abs(shadowedPdr(m, sigma, 77, g0) - s / n)).toBeLessThan(0.005);
    }
  });

  it('is about Φ(m/σ) when the PER curve is steep compared to σ (availability)', () => {
    // the PER curve spans ~2 dB; with σ = 8 dB the PDR is close to the probability the link is up
    expect(shadowedPdr(8, 8, 77, g0)).toBeGreaterThan(0.8);
    expect(shadowedPdr(8, 8, 77, g0)).toBeLessThan(0.95);
  });

  it('the lookup table (a discrete convolution) is within 1e-3 of direct integration', () => {
    for (const sigma of [0, 4, 6.6, 10.8]) {
      const t = new PdrTable(sigma, 77, g0);
      for (let m = -30; m <= 30; m += 0.37) expect(Math.abs(t.at(m) - shadowedPdr(m, sigma, 77, g0))).toBeLessThan(1e-3);
    }
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inverseComplementaryNormal, inverseNormalCdf, normalCdf } from '../../../workers/engines/propagation/normal';

describe('inverse normal CDF (AS 241)', () => {
  it('matches tabulated quantiles to 1e-12', () => {
    // Standard normal quantiles (Abramowitz & Stegun Table 26.5; R qnorm to 16 digits).
    const table: [number, number][] = [
      [0.5, 0], [0.9, 1.2815515655446004], [0.95, 1.6448536269514722], [0.975, 1.959963984540054],
      [0.99, 2.3263478740408408], [0.999, 3.090232306167813], [1e-10, -6.361340902404056], [0.3, -0.5244005127080407],
    ];
    for (const [p, z] of table) expect(inverseNormalCdf(p)).toBeCloseTo(z, 12);
  });

  it('gives the DOMAIN-PARAMETERS §4 fade-margin z values', () => {
    expect(inverseNormalCdf(0.9)).toBeCloseTo(1.282, 3);
    expect(inverseNormalCdf(0.95)).toBeCloseTo(1.645, 3);
    expect(inverseNormalCdf(0.99)).toBeCloseTo(2.326, 3);
  });

  it('is odd around 0.5, increasing, and inverts the CDF', () => {
    fc.assert(fc.property(fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }), (p) => {
      const z = inverseNormalCdf(p);
      const q = 1 - p; // exact mirror of the representable 1 − p
      expect(inverseNormalCdf(q)).toBeCloseTo(-inverseNormalCdf(1 - q), 9);
      expect(normalCdf(z)).toBeCloseTo(p, 6);
      expect(inverseNormalCdf(Math.min(p * 1.001, 1 - 1e-12))).toBeGreaterThanOrEqual(z);
    }));
  });

  it('handles the ends and invalid input', () => {
    expect(inverseNormalCdf(0)).toBe(-Infinity);
    expect(inverseNormalCdf(1)).toBe(Infinity);
    expect(inverseNormalCdf(-0.1)).toBeNaN();
    expect(inverseNormalCdf(NaN)).toBeNaN();
    expect(inverseComplementaryNormal(0.05)).toBeCloseTo(1.6448536269514722, 12);
  });
});

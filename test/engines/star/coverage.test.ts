import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverageProbability } from '../../../workers/engines/star/coverage';

/** Upper Gaussian tail Q(x) = ∫_x^∞ φ(t) dt by composite Simpson over [|x|, |x| + 12], Q(x) = 1 − Q(−x) for x < 0 (independent of the engine's erfc). */
function gaussianTail(x: number): number {
  if (x < 0) return 1 - gaussianTail(-x);
  const a = x, b = x + 12, n = 4000, h = (b - a) / n;
  const f = (t: number) => Math.exp(-t * t / 2) / Math.sqrt(2 * Math.PI);
  let s = f(a) + f(b);
  for (let i = 1; i < n; i++) s += (i % 2 ? 4 : 2) * f(a + i * h);
  return (s * h) / 3;
}

describe('coverage probability', () => {
  it('equals the Gaussian tail Q(−M/σ)', () => {
    fc.assert(fc.property(fc.double({ min: -40, max: 40, noNaN: true }), fc.double({ min: 0.5, max: 15, noNaN: true }), (m, sigma) => {
      expect(Math.abs(coverageProbability(m, sigma) - gaussianTail(-m / sigma))).toBeLessThan(2e-7); // propagation/normal.ts erfc fit: |ε| < 1.2e−7
    }), { numRuns: 200 });
  });

  it('gives the DOMAIN-PARAMETERS §4 fade-margin points: z·σ ↦ 90/95/99 %', () => {
    expect(coverageProbability(1.282 * 8, 8)).toBeCloseTo(0.9, 3);
    expect(coverageProbability(1.645 * 6.6, 6.6)).toBeCloseTo(0.95, 3);
    expect(coverageProbability(2.326 * 8, 8)).toBeCloseTo(0.99, 3);
    expect(coverageProbability(0, 7)).toBeCloseTo(0.5, 6);
  });

  it('is a step at σ = 0 and zero for an unusable link', () => {
    expect(coverageProbability(0.1, 0)).toBe(1);
    expect(coverageProbability(-0.1, 0)).toBe(0);
    expect(coverageProbability(NaN, 8)).toBe(0);
  });
});

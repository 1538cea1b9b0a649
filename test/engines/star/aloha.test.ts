import { describe, expect, it } from 'vitest';
import { createPrng } from '../../../workers/engines/geo/prng';
import { CaptureLoad, pureAlohaSuccess, pureAlohaThroughput } from '../../../workers/engines/star/aloha';
import { erlangB } from '../../../workers/engines/star/erlang';

/**
 * Seeded Monte-Carlo of unslotted ALOHA: `transmitters` sources with fixed
 * received powers send packets of length 1 as independent Poisson processes;
 * a packet is lost when a packet of another source overlaps it (starts within
 * ±1) and is not at least `captureDb` weaker. Returns the success fraction.
 */
function simulate(seed: number, packets: number, offeredLoad: number, powersDbm: number[], captureDb: number): number {
  const rng = createPrng(seed);
  const horizon = packets / offeredLoad;
  const start = new Float64Array(packets), src = new Int32Array(packets);
  for (let i = 0; i < packets; i++) { start[i] = rng.next() * horizon; src[i] = rng.int(powersDbm.length); }
  const order = Array.from({ length: packets }, (_, i) => i).sort((a, b) => start[a] - start[b]);
  let ok = 0;
  for (let oi = 0; oi < packets; oi++) {
    const i = order[oi];
    let lost = false;
    for (const dir of [-1, 1]) {
      for (let oj = oi + dir; oj >= 0 && oj < packets && Math.abs(start[order[oj]] - start[i]) < 1; oj += dir) {
        const j = order[oj];
        if (src[j] !== src[i] && powersDbm[src[i]] - powersDbm[src[j]] < captureDb) { lost = true; break; }
      }
      if (lost) break;
    }
    if (!lost) ok++;
  }
  return ok / packets;
}

describe('pure ALOHA', () => {
  it('has the textbook throughput maximum 1/(2e) at G = 0.5', () => {
    expect(pureAlohaThroughput(0.5)).toBeCloseTo(1 / (2 * Math.E), 12);
    expect(pureAlohaSuccess(0)).toBe(1);
    expect(() => pureAlohaSuccess(-1)).toThrow();
  });

  for (const g of [0.1, 0.3, 0.5]) {
    it(`e^{−2G} agrees with a seeded Monte-Carlo simulation within 1 % at G = ${g}`, () => {
      // Many distinct sources, equal powers, no capture: plain pure ALOHA.
      const sim = simulate(42, 200_000, g, Array.from({ length: 5000 }, () => -120), Infinity);
      expect(Math.abs(sim / pureAlohaSuccess(g) - 1)).toBeLessThan(0.01);
    });
  }

  it('with 6 dB capture, e^{−2·G(P > P₀ − 6 dB)} agrees with the simulation within 1 %', () => {
    const rng = createPrng(7);
    const m = 400, g = 0.5;
    const powers = Array.from({ length: m }, () => rng.uniform(-135, -95));
    const loads = powers.map(() => g / m);
    const cap = new CaptureLoad(powers, loads);
    expect(cap.total).toBeCloseTo(g, 12);
    const model = powers.reduce((s, p) => s + cap.success(p, g / m, 6), 0) / m;
    const sim = simulate(11, 300_000, g, powers, 6);
    expect(model).toBeGreaterThan(pureAlohaSuccess(g));
    expect(Math.abs(sim / model - 1)).toBeLessThan(0.01);
  });

  it('counts only the load received above a threshold', () => {
    const cap = new CaptureLoad([-100, -110, -120], [0.1, 0.2, 0.3]);
    expect(cap.loadAbove(-105)).toBeCloseTo(0.1, 12);
    expect(cap.loadAbove(-115)).toBeCloseTo(0.3, 12);
    expect(cap.loadAbove(-200)).toBeCloseTo(0.6, 12);
    expect(cap.loadAbove(-100)).toBe(0);
  });
});

describe('Erlang B', () => {
  it('matches closed forms and the textbook table', () => {
    expect(erlangB(1, 3)).toBeCloseTo(3 / 4, 12);
    // B(5, 2 E): 1 → 2/3 → 0.4 → 0.2105 → 0.0952 → 0.0367
    expect(erlangB(5, 2)).toBeCloseTo(0.0367, 4);
    expect(erlangB(0, 1)).toBe(1);
    expect(erlangB(12, 0)).toBe(0);
    expect(() => erlangB(1.5, 1)).toThrow();
  });
});

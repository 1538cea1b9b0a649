import { describe, expect, it } from 'vitest';
import { createPrng } from '../../../workers/engines/geo/prng';

describe('seeded PRNG', () => {
  it('repeats exactly for a seed and differs between seeds', () => {
    const a = createPrng(42), b = createPrng(42), c = createPrng(43);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });

  it('is uniform on [0, 1) and normal() has mean 0, sd 1 (n = 200k, 5-sigma bounds)', () => {
    const r = createPrng(7);
    const n = 200_000;
    let s = 0, s2 = 0, min = 1, max = 0;
    for (let i = 0; i < n; i++) { const u = r.next(); s += u; min = Math.min(min, u); max = Math.max(max, u); }
    expect(Math.abs(s / n - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    s = 0;
    for (let i = 0; i < n; i++) { const z = r.normal(); s += z; s2 += z * z; }
    expect(Math.abs(s / n)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(s2 / n - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
  });

  it('forks independent, reproducible streams', () => {
    const f1 = createPrng(1).fork('area-A'), f2 = createPrng(1).fork('area-A'), f3 = createPrng(1).fork('area-B');
    const v = f1.next();
    expect(f2.next()).toBe(v);
    expect(f3.next()).not.toBe(v);
    expect(createPrng(9).int(10)).toBeLessThan(10);
  });
});

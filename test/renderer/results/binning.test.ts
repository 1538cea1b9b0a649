import { describe, expect, it } from 'vitest';
import { histogram, integerEdges, linearEdges, quantile, sortedFinite } from '../../../renderer/results/binning';

describe('histogram binning', () => {
  it('counts values into half-open bins, the last bin closed, skipping NaN and out-of-range values', () => {
    const edges = linearEdges(0, 1, 4);
    expect(edges).toEqual([0, 0.25, 0.5, 0.75, 1]);
    const counts = histogram(Float32Array.from([0, 0.25, 0.3, 0.74, 0.75, 1, NaN, -0.1, 1.2]), edges);
    expect(Array.from(counts)).toEqual([1, 2, 1, 2]);
  });

  it('honours a meter filter', () => {
    const v = [0.1, 0.9, 0.95];
    expect(Array.from(histogram(v, [0, 0.5, 1], (i) => i !== 1))).toEqual([1, 1]);
  });

  it('bins integers one per value', () => {
    const edges = integerEdges(1, 3);
    expect(edges).toEqual([0.5, 1.5, 2.5, 3.5]);
    expect(Array.from(histogram([1, 1, 2, 3, 3, 3, NaN], edges))).toEqual([2, 1, 3]);
  });

  it('sorts finite samples and interpolates quantiles', () => {
    const s = sortedFinite([3, NaN, 1, Infinity, 2, 4]);
    expect(Array.from(s)).toEqual([1, 2, 3, 4]);
    expect(quantile(s, 0)).toBe(1);
    expect(quantile(s, 1)).toBe(4);
    expect(quantile(s, 0.5)).toBeCloseTo(2.5);
    expect(quantile(new Float64Array(0), 0.05)).toBeNaN();
  });
});

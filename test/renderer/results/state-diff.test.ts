import { describe, expect, it } from 'vitest';
import { changedIndices } from '../../../renderer/map/results/state-diff';

describe('feature-state diff', () => {
  it('finds changed meters, treating NaN as equal to NaN', () => {
    const a = Float32Array.from([1, NaN, 0.5, NaN, 2]);
    const b = Float32Array.from([1, NaN, 0.25, 3, NaN]);
    expect(changedIndices(a, b)).toEqual([2, 3, 4]);
    expect(changedIndices(b, b)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkMemory, DEFAULT_BUDGET_BYTES, estimateStarSites, memoryBudgetBytes, predictRunBytes } from '../../../renderer/results/memory-check';

const GIB = 1024 ** 3;

describe('memory predictor', () => {
  it('follows the benchmark calibration per medium', () => {
    expect(predictRunBytes(1e6, ['mesh']) / GIB).toBeCloseTo(2.9, 6);
    expect(predictRunBytes(1e6, ['plc'])).toBeCloseTo(1.45e9, 0);
    // star: best server at 500 sites plus compiling
    expect(predictRunBytes(1e6, ['star'], 500) / GIB).toBeCloseTo(0.54, 6);
    expect(predictRunBytes(1e6, ['star'], 1000) / GIB).toBeCloseTo(0.81, 6);
    expect(predictRunBytes(2e6, ['mesh']) / GIB).toBeCloseTo(5.8, 6);
  });

  it('adds media up (the mesh worker keeps its state), counts a medium once, and is zero for no meters', () => {
    expect(predictRunBytes(1e6, ['mesh', 'plc'])).toBeCloseTo(2.9 * GIB + 1.45e9, 0);
    expect(predictRunBytes(1e6, ['mesh', 'mesh'])).toBe(predictRunBytes(1e6, ['mesh']));
    expect(predictRunBytes(0, ['mesh', 'star', 'plc'])).toBe(0);
    expect(predictRunBytes(-5, ['mesh'])).toBe(0);
  });

  it('takes the heap limit, else half the device memory, else 4 GiB', () => {
    expect(memoryBudgetBytes({ jsHeapSizeLimit: 3 * GIB, deviceMemoryGiB: 8 })).toBe(3 * GIB);
    expect(memoryBudgetBytes({ deviceMemoryGiB: 8 })).toBe(4 * GIB);
    expect(memoryBudgetBytes({ deviceMemoryGiB: 2 })).toBe(GIB);
    expect(memoryBudgetBytes({})).toBe(DEFAULT_BUDGET_BYTES);
    expect(memoryBudgetBytes({ jsHeapSizeLimit: 0 })).toBe(DEFAULT_BUDGET_BYTES);
  });

  it('flags a 2M-meter mesh run on a 4 GiB heap and passes the 30k demo', () => {
    expect(checkMemory(predictRunBytes(2e6, ['mesh']), 4 * GIB).exceeds).toBe(true);
    expect(checkMemory(predictRunBytes(30_000, ['mesh', 'star', 'plc']), 4 * GIB).exceeds).toBe(false);
  });

  it('estimates star sites from collectors, else a hexagonal grid', () => {
    expect(estimateStarSites(12, 100, 3000)).toBe(12);
    // hex cell of 1 km spacing ≈ 0.866 km²: 100 km² → 116 sites
    expect(estimateStarSites(0, 100, 1000)).toBe(116);
    expect(estimateStarSites(0, 100, undefined)).toBe(500);
  });
});

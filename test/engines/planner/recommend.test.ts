import { describe, expect, it } from 'vitest';
import { defaultCostPreset, pricesFor } from '../../../workers/engines/cost';
import { fallbackParts, fallbackSuccess, priceOption, recommend, singleMediumChoice, singlePart, total, type PlanOption } from '../../../workers/engines/planner';
import type { Medium } from '../../../workers/model';

const preset = defaultCostPreset();
const a = { currency: 'JPY', horizonYears: 15, discountRate: 0.035, manualReadCost: 4000, billingReadsPerYear: 12 };
const priceOf = (id: string, m: Medium) => pricesFor(preset, id, m);

function opt(medium: Medium, profile: string, success: number[], collectors: number): PlanOption {
  const s = Float32Array.from(success);
  return priceOption({ medium, profile, vendor: 'v', meters: s.length, available: true, detail: { success: s, sites: [], parts: [singlePart(profile, medium, s, new Array<number>(collectors).fill(1))] } }, 0.995, priceOf, a);
}

describe('recommendation', () => {
  const mesh = opt('mesh', 'mesh-wisun-jp', new Array(200).fill(1), 1);
  const lte = opt('star', 'star-lte-m', new Array(200).fill(1), 0);
  const plc = opt('plc', 'plc-g3-cenelec-a', new Array(200).fill(1), 10);
  const weak = opt('mesh', 'mesh-wisun-jp', [...new Array(150).fill(1), ...new Array(50).fill(0)], 1);

  it('picks the cheapest option that meets the target', () => {
    expect(mesh.tco).toBeLessThan(lte.tco);
    expect(recommend([lte, plc, mesh], 'auto')?.index).toBe(2);
  });

  it('respects a forced medium, even when another is cheaper', () => {
    expect(recommend([lte, plc, mesh], 'plc')?.index).toBe(1);
    expect(singleMediumChoice([lte, plc, mesh], 'star')?.index).toBe(0);
  });

  it('when nothing meets the target, takes the highest read success', () => {
    const c = recommend([weak, opt('star', 'star-lte-m', [...new Array(190).fill(1), ...new Array(10).fill(0)], 0)], 'auto');
    expect(c?.index).toBe(1);
    expect(c?.reason).toMatch(/no option meets the target/);
  });

  it('mesh first with cellular for the orphans: success and cost parts add up', () => {
    const m = Float32Array.from([1, 1, 0, 0.5]), s = Float32Array.from([0.9, 1, 1, 0.2]);
    const fb = fallbackSuccess(m, s, 0.995);
    expect(Array.from(fb.secondary)).toEqual([0, 0, 1, 0]);
    expect(Array.from(fb.success)).toEqual([1, 1, 1, 0.5]);
    const parts = fallbackParts('mesh-wisun-jp', 'mesh', 'star-lte-m', fb.success, fb.secondary, [1]);
    expect(parts.map((p) => p.input.meters)).toEqual([3, 1]);
    expect(parts[0].input.missedReadShare).toBeCloseTo(0.5, 9);
    expect(parts[1].input.siteCostFactors).toHaveLength(0);
    // manual reads make the orphans expensive: the fallback beats pure mesh with 50 unreachable meters
    const weakFb = fallbackSuccess(weak.detail.success, new Float32Array(200).fill(1), 0.995);
    const fbOpt = priceOption({ medium: 'mesh+star', profile: 'mesh-wisun-jp+star-lte-m', vendor: 'v', meters: 200, available: true, detail: { success: weakFb.success, sites: [], secondary: weakFb.secondary, parts: fallbackParts('mesh-wisun-jp', 'mesh', 'star-lte-m', weakFb.success, weakFb.secondary, [1]) } }, 0.995, priceOf, a);
    expect(fbOpt.meetsTarget).toBe(true);
    expect(fbOpt.tco).toBeLessThan(weak.tco);
    expect(recommend([weak, fbOpt], 'mesh')?.index).toBe(1);
  });

  it('totals weight read success by meters', () => {
    const t = total([mesh, weak])!;
    expect(t.meters).toBe(400);
    expect(t.readSuccessMean).toBeCloseTo(350 / 400, 6);
    expect(t.tco).toBeCloseTo(mesh.tco + weak.tco, 6);
  });
});
